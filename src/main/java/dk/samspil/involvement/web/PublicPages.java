package dk.samspil.involvement.web;

import dk.samspil.area.Area;
import dk.samspil.council.Council;
import dk.samspil.involvement.Addendum;
import dk.samspil.involvement.AnswerState;
import dk.samspil.involvement.FeedbackVerdict;
import dk.samspil.involvement.FileSummary;
import dk.samspil.involvement.InvolvementProcess;
import dk.samspil.involvement.ProcessStatus;
import dk.samspil.involvement.ProcessType;
import dk.samspil.organisation.Theme;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The data of the public involvement pages, as their templates take them. A contribution's content
 * only gets into these records when the public may read it, so a template cannot show it by
 * mistake.
 */
public final class PublicPages {

  private PublicPages() {}

  /** The filter of the list, as typed in the address (blank = any). */
  public record Filters(String area, String theme, String type, String status) {

    /** The filter as a query string for the pagination links, starting with "&". */
    public String query() {
      StringBuilder query = new StringBuilder();
      append(query, "omraade", area);
      append(query, "tema", theme);
      append(query, "type", type);
      append(query, "status", status);
      return query.toString();
    }

    public boolean any() {
      return !query().isEmpty();
    }
  }

  /** /inddragelser: published processes, filtered and paginated. */
  public record ProcessList(
      Filters filters,
      List<Area> areas,
      List<Theme> themes,
      List<ProcessType> types,
      List<ProcessStatus> statuses,
      List<ProcessRow> rows,
      long total,
      int page,
      int lastPage) {}

  /** One process in the list, with how the invited councils have answered. */
  public record ProcessRow(
      InvolvementProcess process,
      String department,
      List<String> areaNames,
      int invited,
      int contributed,
      int declined,
      int noAnswer) {}

  /** /inddragelser/{id}: everything the public may know about one process. */
  public record ProcessDetail(
      InvolvementProcess process,
      String department,
      String committee,
      List<String> areaNames,
      List<Theme> themes,
      List<FileSummary> documents,
      List<TimelineItem> timeline,
      List<CouncilAnswer> answers,
      String outcomeCommittee,
      boolean open) {

    public List<CouncilAnswer> contributions() {
      return answers.stream().filter(a -> a.state() == AnswerState.CONTRIBUTED).toList();
    }

    public boolean anyFeedback() {
      return answers.stream().anyMatch(a -> a.verdict() != null);
    }
  }

  /**
   * One step of a process's life: a phase (with its own name) or a fixed step (a message key).
   * {@code until} is the end of a phase, or null.
   */
  public record TimelineItem(
      LocalDate date, LocalDate until, String name, String messageKey, boolean passed) {}

  /**
   * An invited council's answer as the public sees it. {@code contribution} and {@code
   * feedbackText} are null unless the contribution is public and not hidden; {@code withheld} says
   * that there is a contribution the public may not read.
   */
  public record CouncilAnswer(
      Council council,
      AnswerState state,
      LocalDate answeredOn,
      Contribution contribution,
      boolean withheld,
      FeedbackVerdict verdict,
      String feedbackText) {}

  /** A contribution the public may read: its text, what was added, and its files. */
  public record Contribution(String text, List<Addendum> addenda, List<FileSummary> attachments) {}

  static void append(StringBuilder query, String name, String value) {
    if (value != null && !value.isBlank()) {
      query
          .append('&')
          .append(name)
          .append('=')
          .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }
}
