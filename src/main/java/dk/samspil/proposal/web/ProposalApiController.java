package dk.samspil.proposal.web;

import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.Council;
import dk.samspil.organisation.Department;
import dk.samspil.organisation.Theme;
import dk.samspil.proposal.Proposal;
import dk.samspil.proposal.ProposalQueries;
import dk.samspil.proposal.ProposalStep;
import dk.samspil.proposal.PublicProposals;
import dk.samspil.proposal.StepKind;
import dk.samspil.shared.BadApiRequest;
import dk.samspil.shared.JsonApi;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data: the public proposals (confirmed, not hidden), each with its public trail. No personal
 * data: neither the proposer's e-mail address nor any person's name (not the proposer's, even when
 * the public page shows it, and not the handler's), see ADR 21.
 */
@RestController
@JsonApi
@RequestMapping(path = "/api/v1/proposals", produces = MediaType.APPLICATION_JSON_VALUE)
class ProposalApiController {

  static final int MAX_SIZE = 100;

  /** One page of proposals; {@code page} counts from 0. */
  record PageJson(int page, int size, long total, int totalPages, List<ProposalJson> items) {}

  record ProposalJson(
      long id,
      String kind,
      List<String> needs,
      String title,
      String description,
      String state,
      boolean finished,
      String area,
      String council,
      List<String> themes,
      PlaceJson place,
      Instant received,
      long supports,
      String assessment,
      String returnReason,
      String department,
      String answer,
      String answerProcessUrl,
      String url,
      List<StepJson> trail) {}

  /** Where: typed or picked name, the point (WGS84) if picked on the map, or the whole area. */
  record PlaceJson(String name, Double latitude, Double longitude, boolean wholeArea) {}

  /**
   * One public step: what, when, the council (slug) or department (name) it concerns, its words.
   */
  record StepJson(String kind, Instant at, String council, String department, String text) {}

  private final ProposalViews views;
  private final ProposalQueries queries;
  private final PublicProposals proposals;
  private final AreaManagement areas;

  ProposalApiController(
      ProposalViews views,
      ProposalQueries queries,
      PublicProposals proposals,
      AreaManagement areas) {
    this.views = views;
    this.queries = queries;
    this.proposals = proposals;
    this.areas = areas;
  }

  @GetMapping
  PageJson proposals(
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      @RequestParam(required = false) String area,
      @RequestParam(required = false) String theme,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String state) {
    if (page < 0) {
      throw new BadApiRequest("api.proposal.error.page");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new BadApiRequest("api.proposal.error.size", MAX_SIZE);
    }
    List<Area> allAreas = areas.areas();
    Page<Proposal> found =
        views.find(new PublicProposalPages.Filters(area, theme, kind, state), allAreas, page, size);
    List<Proposal> list = found.getContent();
    Lookups lookups = lookups(allAreas, list);
    return new PageJson(
        page,
        size,
        found.getTotalElements(),
        found.getTotalPages(),
        list.stream().map(p -> json(p, lookups)).toList());
  }

  @GetMapping("/{id}")
  ProposalJson proposal(@PathVariable Long id) {
    Proposal proposal = queries.publicProposal(id);
    return json(proposal, lookups(areas.areas(), List.of(proposal)));
  }

  /** Names and slugs the answer needs, each read once. */
  private record Lookups(
      Map<Long, Area> areas,
      Map<Long, Council> councils,
      Map<Long, Theme> themes,
      Map<Long, Department> departments,
      Map<Long, Long> supports) {}

  private Lookups lookups(List<Area> allAreas, Collection<Proposal> list) {
    Map<Long, Council> councils = views.councilsOf(list);
    return new Lookups(
        allAreas.stream().collect(Collectors.toMap(Area::getId, Function.identity())),
        stepCouncils(list, councils),
        views.themesOf(list),
        views.departmentsOf(list),
        proposals.supportCounts(list.stream().map(Proposal::getId).toList()));
  }

  /** The proposals' councils and those of their steps (a moved proposal had another). */
  private Map<Long, Council> stepCouncils(Collection<Proposal> list, Map<Long, Council> councils) {
    List<Long> missing =
        list.stream()
            .flatMap(p -> p.publicSteps().stream())
            .map(ProposalStep::getCouncilId)
            .filter(Objects::nonNull)
            .filter(id -> !councils.containsKey(id))
            .distinct()
            .toList();
    if (missing.isEmpty()) {
      return councils;
    }
    Map<Long, Council> all = new HashMap<>(councils);
    all.putAll(views.councilsById(missing));
    return all;
  }

  private static ProposalJson json(Proposal proposal, Lookups lookups) {
    Area area = lookups.areas().get(proposal.getAreaId());
    Council council = lookups.councils().get(proposal.getCouncilId());
    Department department = lookups.departments().get(proposal.getDepartmentId());
    return new ProposalJson(
        proposal.getId(),
        PublicProposalPages.value(proposal.getKind()),
        proposal.getNeeds().stream().sorted().map(PublicProposalPages::value).toList(),
        proposal.getTitle(),
        proposal.getDescription(),
        PublicProposalPages.value(proposal.getState()),
        proposal.isFinished(),
        area == null ? null : area.getSlug(),
        council == null ? null : council.getSlug(),
        proposal.getThemeIds().stream()
            .map(lookups.themes()::get)
            .filter(Objects::nonNull)
            .map(Theme::getSlug)
            .sorted()
            .toList(),
        new PlaceJson(
            proposal.getPlaceName(),
            proposal.getLatitude(),
            proposal.getLongitude(),
            proposal.isWholeArea()),
        ProposalViews.received(proposal),
        lookups.supports().getOrDefault(proposal.getId(), 0L),
        proposal.getAssessment() == null
            ? null
            : PublicProposalPages.value(proposal.getAssessment()),
        proposal.getReturnReason() == null
            ? null
            : PublicProposalPages.value(proposal.getReturnReason()),
        department == null ? null : department.getName(),
        proposal.getAnswer() == null ? null : PublicProposalPages.value(proposal.getAnswer()),
        proposal.getAnswerProcessId() == null
            ? null
            : "/inddragelser/" + proposal.getAnswerProcessId(),
        "/forslag/" + proposal.getId(),
        proposal.publicSteps().stream().map(step -> step(step, lookups)).toList());
  }

  private static StepJson step(ProposalStep step, Lookups lookups) {
    Council council = lookups.councils().get(step.getCouncilId());
    Department department = lookups.departments().get(step.getDepartmentId());
    return new StepJson(
        PublicProposalPages.value(step.getKind()),
        step.getAt(),
        council == null ? null : council.getSlug(),
        department == null ? null : department.getName(),
        // the acknowledgement's words are the handler's name: no names of persons here
        step.getKind() == StepKind.KVITTERET ? null : step.getText());
  }
}
