package dk.samspil.proposal.web.council;

import dk.samspil.proposal.Assessment;
import dk.samspil.proposal.ProposalComment;
import dk.samspil.proposal.ProposalQuestion;
import dk.samspil.proposal.ReturnReason;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The forms of the handling page and of the proposer's answer. Every field has a name of its own on
 * the page, so that one page shows the errors of whichever form was sent. Choices are bound as text
 * and checked by the controller against those offered.
 */
public final class CouncilForms {

  static final int TEXT_MAX = 4000;

  private CouncilForms() {}

  record CommentForm(
      @NotBlank(message = "{proposal.council.comment.blank}")
          @Size(max = ProposalComment.MAX, message = "{proposal.council.comment.too-long}")
          String kommentar) {}

  record QuestionForm(
      @NotBlank(message = "{proposal.council.question.blank}")
          @Size(
              max = ProposalQuestion.QUESTION_MAX,
              message = "{proposal.council.question.too-long}")
          String spoergsmaal) {}

  record ForwardForm(
      String vurdering,
      @NotBlank(message = "{proposal.council.forward.text.blank}")
          @Size(max = TEXT_MAX, message = "{proposal.council.text.too-long}")
          String vurderingTekst) {

    /** The assessment chosen, or null when none of those offered. */
    Assessment assessment() {
      for (Assessment assessment : Assessment.values()) {
        if (assessment.name().equals(vurdering)) {
          return assessment;
        }
      }
      return null;
    }
  }

  record ReturnForm(
      String grund,
      @NotBlank(message = "{proposal.council.return.text.blank}")
          @Size(max = TEXT_MAX, message = "{proposal.council.text.too-long}")
          String returTekst) {

    /** The reason chosen, or null when none of those offered. */
    ReturnReason reason() {
      for (ReturnReason reason : ReturnReason.values()) {
        if (reason.name().equals(grund)) {
          return reason;
        }
      }
      return null;
    }
  }

  record MoveForm(
      String omraade,
      @Size(max = TEXT_MAX, message = "{proposal.council.text.too-long}") String flytTekst) {

    /** The area chosen, or null. */
    Long areaId() {
      try {
        return omraade == null || omraade.isBlank() ? null : Long.valueOf(omraade.strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }

  record TakeUpForm(
      @Size(max = TEXT_MAX, message = "{proposal.council.text.too-long}") String overtagTekst) {}

  record AnswerForm(
      String token,
      @NotBlank(message = "{proposal.council.answer.blank}")
          @Size(max = ProposalQuestion.ANSWER_MAX, message = "{proposal.council.answer.too-long}")
          String svar) {}

  record ContactForm(String token) {}

  /** What the person typed into the page's forms, shown again with an error; empty otherwise. */
  public record Inputs(
      String kommentar,
      String spoergsmaal,
      String vurdering,
      String vurderingTekst,
      String grund,
      String returTekst,
      String omraade,
      String flytTekst,
      String overtagTekst) {

    static Inputs none() {
      return new Inputs("", "", "", "", "", "", "", "", "");
    }

    static Inputs of(CommentForm form) {
      return none().with(0, form.kommentar());
    }

    static Inputs of(QuestionForm form) {
      return none().with(1, form.spoergsmaal());
    }

    static Inputs of(ForwardForm form) {
      return none().with(2, form.vurdering()).with(3, form.vurderingTekst());
    }

    static Inputs of(ReturnForm form) {
      return none().with(4, form.grund()).with(5, form.returTekst());
    }

    static Inputs of(MoveForm form) {
      return none().with(6, form.omraade()).with(7, form.flytTekst());
    }

    static Inputs of(TakeUpForm form) {
      return none().with(8, form.overtagTekst());
    }

    private Inputs with(int index, String value) {
      String[] values = {
        kommentar,
        spoergsmaal,
        vurdering,
        vurderingTekst,
        grund,
        returTekst,
        omraade,
        flytTekst,
        overtagTekst
      };
      values[index] = value == null ? "" : value;
      return new Inputs(
          values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7],
          values[8]);
    }
  }
}
