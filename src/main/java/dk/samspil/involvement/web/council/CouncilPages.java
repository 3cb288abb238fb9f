package dk.samspil.involvement.web.council;

import dk.samspil.council.Council;
import dk.samspil.council.RoutingPolicy;
import dk.samspil.involvement.AnswerState;
import dk.samspil.involvement.FileSummary;
import dk.samspil.involvement.Invitation;
import dk.samspil.involvement.InvolvementProcess;
import dk.samspil.shared.FormErrors;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The data of the council's involvement pages, as their templates take them. */
public final class CouncilPages {

  private CouncilPages() {}

  /** The council's inbox: every invitation, those still open first. */
  public record Inbox(Council council, List<InboxRow> rows, LocalDate today) {

    public long count(AnswerState state) {
      return rows.stream().filter(row -> row.state() == state).count();
    }
  }

  /** One invitation in the inbox; {@code awaiting} while the council can and still must answer. */
  public record InboxRow(InvolvementProcess process, AnswerState state, boolean awaiting) {}

  /** The text in the editor, the draft version it is based on, and who saved the draft last. */
  public record Editor(String text, int version, String savedBy, Instant savedAt) {}

  /**
   * Another member saved the draft while this member wrote: their saved text, and this member's
   * text (in the editor) that was not saved.
   */
  public record Conflict(String theirText, String theirName, Instant theirSavedAt) {}

  /** The process as the council sees it, with its draft or answer. */
  public record ContributionPage(
      Council council,
      InvolvementProcess process,
      String department,
      List<FileSummary> documents,
      List<RoutingPolicy.Reason> reasons,
      Invitation invitation,
      AnswerState state,
      boolean open,
      boolean mayAnswer,
      Editor editor,
      Conflict conflict,
      String unsaved,
      List<FileSummary> attachments,
      FormErrors errors,
      String declineReason,
      String addendum,
      String sentBy,
      String declinedBy,
      String outcomeCommittee,
      LocalDate today) {

    /** Members may still write the draft. */
    public boolean editable() {
      return open
          && (invitation.getState() == Invitation.State.INVITED
              || invitation.getState() == Invitation.State.DRAFT);
    }

    /** The council sent a contribution and may still add to it. */
    public boolean mayAddAddendum() {
      return open && mayAnswer && invitation.getState() == Invitation.State.CONTRIBUTED;
    }

    public long daysLeft() {
      return process.getDeadline() == null
          ? 0
          : ChronoUnit.DAYS.between(today, process.getDeadline());
    }

    public String basePath() {
      return "/mit-lokalraad/" + council.getSlug() + "/inddragelser/" + process.getId();
    }
  }

  /**
   * The step before sending: the text and files that will be sent, to whom, and the choice whether
   * the contribution may be shown publicly. {@code changed} when the draft changed since the chair
   * last saw it, so it must be read again before it is sent.
   */
  public record ConfirmPage(
      Council council,
      InvolvementProcess process,
      String department,
      String contact,
      String text,
      int version,
      List<FileSummary> attachments,
      boolean contributionPublic,
      boolean changed,
      FormErrors errors) {

    public String basePath() {
      return "/mit-lokalraad/" + council.getSlug() + "/inddragelser/" + process.getId();
    }
  }
}
