package dk.samspil.proposal.web;

import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.organisation.Department;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.organisation.Theme;
import dk.samspil.proposal.InitiativeNeed;
import dk.samspil.proposal.Proposal;
import dk.samspil.proposal.ProposalAccess;
import dk.samspil.proposal.ProposalFilter;
import dk.samspil.proposal.ProposalKind;
import dk.samspil.proposal.ProposalPhotos;
import dk.samspil.proposal.ProposalQueries;
import dk.samspil.proposal.ProposalState;
import dk.samspil.proposal.ProposalStep;
import dk.samspil.proposal.PublicProposals;
import dk.samspil.proposal.StepKind;
import dk.samspil.shared.DanishDates;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.SamspilPrincipal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts public proposals and the names they refer to together for the public pages, the API and the
 * council and area pages, with a fixed number of queries per page however many it shows.
 */
@Component
@Transactional(readOnly = true)
class ProposalViews {

  static final int PAGE_SIZE = 20;
  static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

  /** The states the public sees, in the order of the path. */
  static final List<ProposalState> PUBLIC_STATES =
      Arrays.stream(ProposalState.values()).filter(ProposalState::isConfirmed).toList();

  private final PublicProposals proposals;
  private final ProposalPhotos photos;
  private final ProposalQueries queries;
  private final ProposalAccess access;
  private final AreaManagement areas;
  private final CouncilManagement councils;
  private final OrganisationManagement organisation;

  ProposalViews(
      PublicProposals proposals,
      ProposalPhotos photos,
      ProposalQueries queries,
      ProposalAccess access,
      AreaManagement areas,
      CouncilManagement councils,
      OrganisationManagement organisation) {
    this.proposals = proposals;
    this.photos = photos;
    this.queries = queries;
    this.access = access;
    this.areas = areas;
    this.councils = councils;
    this.organisation = organisation;
  }

  /** Turns the typed filter into ids; unknown values match nothing rather than everything. */
  Optional<ProposalFilter> filter(PublicProposalPages.Filters typed, List<Area> allAreas) {
    Long areaId = null;
    Long themeId = null;
    ProposalKind kind = null;
    ProposalState state = null;
    if (!blank(typed.area())) {
      Optional<Area> area =
          allAreas.stream().filter(a -> a.getSlug().equals(typed.area().strip())).findFirst();
      if (area.isEmpty()) {
        return Optional.empty();
      }
      areaId = area.get().getId();
    }
    if (!blank(typed.theme())) {
      Optional<Theme> theme = organisation.themeBySlug(typed.theme().strip());
      if (theme.isEmpty()) {
        return Optional.empty();
      }
      themeId = theme.get().getId();
    }
    if (!blank(typed.kind())) {
      kind = byValue(Arrays.asList(ProposalKind.values()), typed.kind()).orElse(null);
      if (kind == null) {
        return Optional.empty();
      }
    }
    if (!blank(typed.state())) {
      state = byValue(PUBLIC_STATES, typed.state()).orElse(null);
      if (state == null) {
        return Optional.empty();
      }
    }
    return Optional.of(new ProposalFilter(areaId, null, themeId, kind, state));
  }

  /** The page of public proposals that match the typed filter. */
  Page<Proposal> find(PublicProposalPages.Filters typed, List<Area> allAreas, int page, int size) {
    Optional<ProposalFilter> filter = filter(typed, allAreas);
    return filter.isPresent() ? proposals.find(filter.get(), page, size) : Page.empty();
  }

  PublicProposalPages.ListPage list(PublicProposalPages.Filters typed, int page) {
    List<Area> allAreas = areas.areas();
    Page<Proposal> found = find(typed, allAreas, page, PAGE_SIZE);
    List<Proposal> list = found.getContent();
    Map<Long, Area> areasById =
        allAreas.stream().collect(Collectors.toMap(Area::getId, Function.identity()));
    Map<Long, Council> councilsById = councilsOf(list);
    Map<Long, Theme> themes = themesOf(list);
    Map<Long, Long> supports = proposals.supportCounts(list.stream().map(Proposal::getId).toList());
    List<PublicProposalPages.Row> rows = new ArrayList<>();
    for (Proposal proposal : list) {
      Area area = areasById.get(proposal.getAreaId());
      Council council = councilsById.get(proposal.getCouncilId());
      rows.add(
          new PublicProposalPages.Row(
              proposal.getId(),
              proposal.getTitle(),
              proposal.getKind(),
              proposal.getState(),
              day(received(proposal)),
              area == null ? null : area.getName(),
              council == null ? null : council.getName(),
              themeNames(proposal, themes),
              supports.getOrDefault(proposal.getId(), 0L)));
    }
    return new PublicProposalPages.ListPage(
        typed,
        allAreas,
        organisation.themes(),
        List.of(ProposalKind.values()),
        PUBLIC_STATES,
        rows,
        found.getTotalElements(),
        page,
        Math.max(0, found.getTotalPages() - 1));
  }

  /** The public page of a proposal, with the reader's forms as typed. */
  PublicProposalPages.DetailPage detail(
      Long id,
      Authentication authentication,
      String supportEmail,
      FormErrors supportErrors,
      String hideReason,
      FormErrors hideErrors) {
    Proposal proposal = queries.publicProposal(id);
    Area area = areas.areasById(List.of(proposal.getAreaId())).get(proposal.getAreaId());
    Council council =
        proposal.getCouncilId() == null ? null : councils.councilById(proposal.getCouncilId());
    Map<Long, Council> stepCouncils =
        councils.councilsById(
            proposal.publicSteps().stream()
                .map(ProposalStep::getCouncilId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    Map<Long, Department> departments = departmentsOf(List.of(proposal));
    List<Theme> themes =
        organisation.themesById(proposal.getThemeIds()).values().stream()
            .sorted(Comparator.comparing(Theme::getName, AreaManagement.DANISH_ORDER))
            .toList();
    Department department = departments.get(proposal.getDepartmentId());
    List<Object> nowArguments =
        List.of(
            council != null ? council.getName() : "",
            DanishDates.format(proposal.getCouncilDeadline()),
            department != null ? department.getName() : "",
            DanishDates.format(proposal.getAnswerDeadline()));
    boolean signedIn =
        authentication != null && authentication.getPrincipal() instanceof SamspilPrincipal;
    return new PublicProposalPages.DetailPage(
        proposal.getId(),
        proposal.getTitle(),
        proposal.getKind(),
        proposal.getNeeds().stream().sorted().map(InitiativeNeed::messageKey).toList(),
        proposal.getDescription(),
        proposal.getState(),
        day(received(proposal)),
        new PublicProposalPages.Place(
            proposal.getPlaceName(),
            proposal.isWholeArea(),
            proposal.getLatitude(),
            proposal.getLongitude(),
            area),
        council,
        themes,
        photos.photosOf(proposal.getId()),
        proposal.publicProposerName().orElse(null),
        trail(proposal, stepCouncils, departments),
        nowKey(proposal),
        nowArguments,
        proposals.supportCount(proposal.getId()),
        !proposal.isFinished(),
        signedIn,
        access.readsInternals(authentication, proposal),
        access.answersForDepartment(authentication, proposal),
        access.hides(authentication, proposal),
        supportEmail,
        supportErrors,
        hideReason,
        hideErrors);
  }

  /** The public steps, each with its words. */
  static List<PublicProposalPages.TrailItem> trail(
      Proposal proposal, Map<Long, Council> councils, Map<Long, Department> departments) {
    List<ProposalStep> steps = proposal.publicSteps();
    List<PublicProposalPages.TrailItem> items = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      ProposalStep step = steps.get(i);
      Council council = councils.get(step.getCouncilId());
      Department department = departments.get(step.getDepartmentId());
      String qualifier =
          switch (step.getKind()) {
            case VIDERESENDT ->
                proposal.getAssessment() == null ? null : proposal.getAssessment().messageKey();
            case RETURNERET ->
                proposal.getReturnReason() == null
                    ? null
                    : "proposal.return-reason." + proposal.getReturnReason().name();
            case BESVARET ->
                proposal.getAnswer() == null ? null : proposal.getAnswer().messageKey();
            default -> null;
          };
      Long processId = step.getKind() == StepKind.BESVARET ? proposal.getAnswerProcessId() : null;
      items.add(
          new PublicProposalPages.TrailItem(
              day(step.getAt()),
              step.getKind(),
              qualifier,
              council == null ? null : council.getName(),
              council == null ? null : council.getSlug(),
              department == null ? null : department.getName(),
              step.getText(),
              processId,
              i == steps.size() - 1));
    }
    return items;
  }

  /** The message key that says where the proposal is now and what happens next. */
  static String nowKey(Proposal proposal) {
    String key = "proposal.public.now." + proposal.getState().name();
    if (proposal.getState() == ProposalState.HOS_LOKALRAADET) {
      if (proposal.contactPersonAsked()) {
        return key + ".asked";
      }
      if (proposal.getCouncilDeadlineToldAt() != null) {
        return key + ".late";
      }
      if (proposal.getCouncilId() == null) {
        return key + ".contact";
      }
    }
    if (proposal.getState() == ProposalState.BESVARET) {
      return key + (proposal.getAnswer().promisesAction() ? ".promise" : ".final");
    }
    return key;
  }

  Map<Long, Council> councilsOf(Collection<Proposal> list) {
    return councils.councilsById(
        list.stream()
            .map(Proposal::getCouncilId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet()));
  }

  Map<Long, Council> councilsById(Collection<Long> ids) {
    return councils.councilsById(ids);
  }

  Map<Long, Theme> themesOf(Collection<Proposal> list) {
    Set<Long> ids = new HashSet<>();
    list.forEach(p -> ids.addAll(p.getThemeIds()));
    return organisation.themesById(ids);
  }

  /** The departments of the proposals and of their public steps. */
  Map<Long, Department> departmentsOf(Collection<Proposal> list) {
    Set<Long> ids = new HashSet<>();
    for (Proposal proposal : list) {
      if (proposal.getDepartmentId() != null) {
        ids.add(proposal.getDepartmentId());
      }
      proposal.publicSteps().stream()
          .map(ProposalStep::getDepartmentId)
          .filter(Objects::nonNull)
          .forEach(ids::add);
    }
    // a map that answers null for a step without a department
    return ids.isEmpty() ? new HashMap<>() : new HashMap<>(organisation.departmentsById(ids));
  }

  static List<String> themeNames(Proposal proposal, Map<Long, Theme> themes) {
    return proposal.getThemeIds().stream()
        .map(themes::get)
        .filter(Objects::nonNull)
        .map(Theme::getName)
        .sorted(AreaManagement.DANISH_ORDER)
        .toList();
  }

  /** When the council received it (confirmed), for the public. */
  static Instant received(Proposal proposal) {
    return proposal.getConfirmedAt() != null ? proposal.getConfirmedAt() : proposal.getCreatedAt();
  }

  static LocalDate day(Instant instant) {
    return instant == null ? null : instant.atZone(DANISH_TIME).toLocalDate();
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  static <T extends Enum<T>> Optional<T> byValue(List<T> values, String typed) {
    String wanted = typed.strip().toLowerCase(Locale.ROOT);
    return values.stream().filter(v -> PublicProposalPages.value(v).equals(wanted)).findFirst();
  }
}
