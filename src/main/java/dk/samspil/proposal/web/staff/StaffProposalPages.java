package dk.samspil.proposal.web.staff;

import dk.samspil.proposal.ProposalKind;
import dk.samspil.proposal.ProposalState;
import dk.samspil.shared.FormErrors;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The department employees' pages of proposals, as their templates show them. */
public final class StaffProposalPages {

  private StaffProposalPages() {}

  /**
   * The proposals at the employee's department (an administrator's: at every department).
   *
   * @param department the employee's department's name; null for an administrator without one
   */
  public record ListPage(String department, boolean everyDepartment, List<Row> rows) {}

  /**
   * One proposal in the list.
   *
   * @param overdue whether the answer deadline has passed without an answer
   */
  public record Row(
      Long id,
      String title,
      ProposalState state,
      String department,
      String from,
      LocalDate answerDeadline,
      boolean overdue) {

    public String link() {
      return "/medarbejder/forslag/" + id;
    }
  }

  /** A step of the trail: what, when, who did it (if anyone we know), and its words. */
  public record TrailStep(String labelKey, Instant at, String where, String by, String text) {}

  /** A choice in a list: its value and its label. */
  public record Option(String value, String label) {}

  /** What the person typed in the page's forms, shown again after an error. */
  public record Inputs(
      String behandler,
      String svar,
      String svartekst,
      String inddragelse,
      String forvaltning,
      String begrundelse,
      String afslutning) {

    static Inputs none(String handler) {
      return new Inputs(handler, "", "", "", "", "", "");
    }
  }

  /**
   * One proposal, for the municipality: what it is, the council's assessment, its trail, and the
   * forms the employee may use now.
   *
   * @param councilInvited for an answer that made it part of a process: whether the process invites
   *     the proposal's council; null otherwise, or without a council
   */
  public record ProposalPage(
      Long id,
      String title,
      ProposalKind kind,
      List<String> needKeys,
      String description,
      String place,
      String area,
      String council,
      List<String> themes,
      String proposerName,
      String proposerEmail,
      long supports,
      ProposalState state,
      String assessmentKey,
      String assessmentText,
      String department,
      String handlerName,
      Instant acknowledgedAt,
      LocalDate answerDeadline,
      String answerKey,
      String answerText,
      Long processId,
      String processTitle,
      Boolean councilInvited,
      List<TrailStep> trail,
      boolean mayAcknowledge,
      boolean mayAnswer,
      boolean mayPassOn,
      boolean mayComplete,
      boolean ofAnotherDepartment,
      List<Option> answers,
      List<Option> processes,
      List<Option> departments,
      Inputs inputs,
      FormErrors errors) {

    public String base() {
      return "/medarbejder/forslag/" + id;
    }

    public boolean mayAct() {
      return mayAcknowledge || mayAnswer || mayPassOn || mayComplete;
    }
  }
}
