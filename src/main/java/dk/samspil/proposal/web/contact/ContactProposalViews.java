package dk.samspil.proposal.web.contact;

import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.involvement.ContactPersonDesk;
import dk.samspil.organisation.Department;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.organisation.Theme;
import dk.samspil.proposal.MunicipalityQueries;
import dk.samspil.proposal.MunicipalityQueries.ContactList;
import dk.samspil.proposal.Proposal;
import dk.samspil.proposal.ProposalQueries;
import dk.samspil.proposal.ProposalRouting;
import dk.samspil.proposal.ProposalState;
import dk.samspil.proposal.web.contact.ContactProposalPages.ListPage;
import dk.samspil.proposal.web.contact.ContactProposalPages.RoutePage;
import dk.samspil.proposal.web.contact.ContactProposalPages.Row;
import dk.samspil.shared.FormErrors;
import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the contact person's pages of proposals from her scope and the proposals' lists. */
@Component
@Transactional(readOnly = true)
class ContactProposalViews {

  private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
  private static final Collator DANISH = Collator.getInstance(Locale.forLanguageTag("da"));

  private final ContactPersonDesk desk;
  private final MunicipalityQueries lists;
  private final ProposalQueries queries;
  private final ProposalRouting routing;
  private final CouncilManagement councils;
  private final AreaManagement areas;
  private final OrganisationManagement organisation;

  ContactProposalViews(
      ContactPersonDesk desk,
      MunicipalityQueries lists,
      ProposalQueries queries,
      ProposalRouting routing,
      CouncilManagement councils,
      AreaManagement areas,
      OrganisationManagement organisation) {
    this.desk = desk;
    this.lists = lists;
    this.queries = queries;
    this.routing = routing;
    this.councils = councils;
    this.areas = areas;
    this.organisation = organisation;
  }

  /** Her list; an account that is no contact person is refused. */
  ListPage listPage(long accountId) {
    return listPage(scope(accountId));
  }

  ListPage listPage(ContactPersonDesk.Scope scope) {
    ContactList list = contactList(scope);
    List<Proposal> all =
        Stream.of(list.toRoute(), list.askedAfterDeadline(), list.asCouncil(), list.atDepartments())
            .flatMap(List::stream)
            .toList();
    Map<Long, Council> councilsById = councils.councilsById(ids(all, Proposal::getCouncilId));
    Map<Long, Area> areasById = areas.areasById(ids(all, Proposal::getAreaId));
    Map<Long, Department> departments =
        organisation.departmentsById(ids(all, Proposal::getDepartmentId));
    LocalDate today = lists.today();
    Function<Proposal, Row> row =
        p ->
            new Row(
                p.getId(),
                p.getTitle(),
                from(p, councilsById, areasById),
                p.getState(),
                departments.containsKey(p.getDepartmentId())
                    ? departments.get(p.getDepartmentId()).getName()
                    : null,
                days(p.lastStepAt().orElse(null), today),
                p.getState() == ProposalState.HOS_LOKALRAADET
                    ? p.getCouncilDeadline()
                    : p.getAnswerDeadline(),
                p.getAssessment() == null ? null : p.getAssessment().messageKey());
    return new ListPage(
        list.toRoute().stream().map(row).toList(),
        list.askedAfterDeadline().stream().map(row).toList(),
        list.asCouncil().stream().map(row).toList(),
        list.atDepartments().stream().map(row).toList());
  }

  /** Her proposals: those of her councils, and of her areas that have no council. */
  ContactList contactList(ContactPersonDesk.Scope scope) {
    Set<Long> herAreas =
        areas.areas().stream()
            .filter(area -> scope.person().getId().equals(area.getContactPersonId()))
            .map(Area::getId)
            .collect(Collectors.toSet());
    return lists.contactList(scope.councilIds(), herAreas);
  }

  RoutePage routePage(
      Long id, boolean mayRoute, boolean mayForward, String chosen, FormErrors errors) {
    Proposal proposal = queries.proposal(id);
    Map<Long, Council> councilsById =
        councils.councilsById(ids(List.of(proposal), Proposal::getCouncilId));
    Map<Long, Area> areasById = areas.areasById(List.of(proposal.getAreaId()));
    Map<Long, Theme> themes = organisation.themesById(proposal.getThemeIds());
    return new RoutePage(
        proposal.getId(),
        proposal.getTitle(),
        proposal.getDescription(),
        from(proposal, councilsById, areasById),
        themes.values().stream().map(Theme::getName).sorted(DANISH).toList(),
        proposal.getState(),
        proposal.getAssessment() == null ? null : proposal.getAssessment().messageKey(),
        proposal.getAssessmentText(),
        mayRoute,
        mayForward,
        mayRoute ? routing.departmentChoices(proposal) : List.of(),
        chosen == null ? "" : chosen,
        errors);
  }

  ContactPersonDesk.Scope scope(long accountId) {
    return desk.scopeOf(accountId)
        .orElseThrow(() -> new AccessDeniedException("The account is no contact person"));
  }

  private static long days(Instant since, LocalDate today) {
    return since == null
        ? 0
        : Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(since, DANISH_TIME), today));
  }

  private static String from(
      Proposal p, Map<Long, Council> councilsById, Map<Long, Area> areasById) {
    if (p.getCouncilId() != null && councilsById.containsKey(p.getCouncilId())) {
      return councilsById.get(p.getCouncilId()).getName();
    }
    Area area = areasById.get(p.getAreaId());
    return area == null ? "" : area.getName();
  }

  private static <T> Set<Long> ids(Collection<T> items, Function<T, Long> id) {
    return items.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
  }
}
