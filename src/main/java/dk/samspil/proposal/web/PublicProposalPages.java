package dk.samspil.proposal.web;

import dk.samspil.area.Area;
import dk.samspil.council.Council;
import dk.samspil.organisation.Theme;
import dk.samspil.proposal.LocalSupportManagement;
import dk.samspil.proposal.Proposal;
import dk.samspil.proposal.ProposalKind;
import dk.samspil.proposal.ProposalPhotos;
import dk.samspil.proposal.ProposalState;
import dk.samspil.proposal.StepKind;
import dk.samspil.shared.FormErrors;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The data of the public proposal pages, as their templates take them. The proposer's e-mail
 * address is in none of these records, and the name only when the proposer chose to show it, so a
 * template cannot show them by mistake (the {@link Proposal} itself is not handed to templates).
 */
public final class PublicProposalPages {

  private PublicProposalPages() {}

  /** The filter of the list, as typed in the address (blank = any). */
  public record Filters(String area, String theme, String kind, String state) {

    /** The filter as a query string for the pagination links, starting with "&". */
    public String query() {
      StringBuilder query = new StringBuilder();
      append(query, "omraade", area);
      append(query, "tema", theme);
      append(query, "type", kind);
      append(query, "status", state);
      return query.toString();
    }

    public boolean any() {
      return !query().isEmpty();
    }
  }

  /** /forslag: the public proposals, filtered and paginated. */
  public record ListPage(
      Filters filters,
      List<Area> areas,
      List<Theme> themes,
      List<ProposalKind> kinds,
      List<ProposalState> states,
      List<Row> rows,
      long total,
      int page,
      int lastPage) {}

  /** One proposal in the list. */
  public record Row(
      long id,
      String title,
      ProposalKind kind,
      ProposalState state,
      LocalDate received,
      String areaName,
      String councilName,
      List<String> themes,
      long supports) {}

  /** What the public sees of a proposal's place. */
  public record Place(
      String name, boolean wholeArea, Double latitude, Double longitude, Area area) {

    public boolean hasPoint() {
      return latitude != null && longitude != null;
    }
  }

  /** /forslag/{id}: everything the public may know about one proposal, and the reader's forms. */
  public record DetailPage(
      long id,
      String title,
      ProposalKind kind,
      List<String> needKeys,
      String description,
      ProposalState state,
      LocalDate received,
      Place place,
      Council council,
      List<Theme> themes,
      List<ProposalPhotos.Kept> photos,
      String proposerName,
      List<TrailItem> trail,
      String nowKey,
      List<Object> nowArguments,
      long supports,
      boolean supportOpen,
      boolean signedIn,
      boolean readsInternals,
      boolean answersForDepartment,
      boolean hides,
      String supportEmail,
      FormErrors supportErrors,
      String hideReason,
      FormErrors hideErrors) {

    public Object[] nowArgs() {
      return nowArguments.toArray();
    }
  }

  /**
   * One public step of the trail: when, what (a message key), and its words: the council's
   * assessment or the reason for a return, the department's answer ({@code qualifierKey}), the
   * department or council it concerns, the text, and the involvement process it became part of.
   */
  public record TrailItem(
      LocalDate date,
      StepKind kind,
      String qualifierKey,
      String councilName,
      String councilSlug,
      String departmentName,
      String text,
      Long processId,
      boolean last) {

    public String labelKey() {
      return kind.messageKey();
    }
  }

  /** The confirmation page of a support link. */
  public record SupportLinkPage(
      LocalSupportManagement.LinkState state, Long proposalId, String title, String token) {}

  /** The value of an enum in addresses and the API: its name in lower case. */
  public static String value(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

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
