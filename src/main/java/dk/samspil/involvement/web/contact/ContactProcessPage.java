package dk.samspil.involvement.web.contact;

import dk.samspil.involvement.Addendum;
import dk.samspil.involvement.AnswerState;
import dk.samspil.involvement.FeedbackVerdict;
import dk.samspil.involvement.FileSummary;
import dk.samspil.involvement.ProcessStatus;
import dk.samspil.involvement.ProcessType;
import java.time.LocalDate;
import java.util.List;

/**
 * A process as the contact person of an invited council reads it: every council's answer, the
 * contributions that are not public included (the municipality has received them).
 */
public record ContactProcessPage(
    Long id,
    String title,
    String summary,
    ProcessStatus status,
    ProcessType type,
    LocalDate deadline,
    String department,
    boolean wholeMunicipality,
    List<String> areas,
    List<Answer> answers) {

  /**
   * One invited council's answer.
   *
   * @param hers whether the council is one of hers
   * @param text the contribution's text, or null if the council has not contributed
   * @param isPublic whether the council let the public read the contribution
   * @param hiddenReason why the municipality hid the contribution from the public, or null
   */
  public record Answer(
      String councilSlug,
      String councilName,
      boolean hers,
      AnswerState state,
      LocalDate answeredOn,
      String text,
      List<Addendum> addenda,
      List<FileSummary> attachments,
      boolean isPublic,
      String hiddenReason,
      String declineReason,
      FeedbackVerdict verdict,
      String feedbackText) {

    /** A contribution the public cannot read: not marked public by the council, or hidden. */
    public boolean withheld() {
      return text != null && (!isPublic || hiddenReason != null);
    }
  }
}
