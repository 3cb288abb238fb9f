package dk.samspil.council;

import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.organisation.Theme;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which councils something concerns, and why (see {@link RoutingPolicy}): what other modules ask
 * before they invite councils, or tell them, about some areas and themes.
 */
@Service
@Transactional(readOnly = true)
public class CouncilRouting {

  private final CouncilManagement councils;
  private final AreaManagement areas;
  private final OrganisationManagement organisation;

  CouncilRouting(
      CouncilManagement councils, AreaManagement areas, OrganisationManagement organisation) {
    this.councils = councils;
    this.areas = areas;
    this.organisation = organisation;
  }

  /**
   * The representing councils (active or being set up) of the areas, or of every area when the
   * whole municipality is concerned, and those that take an interest in one of the themes, with
   * their reasons; and the concerned areas that have no such council.
   */
  public RoutingPolicy.Routing route(
      boolean wholeMunicipality, Set<Long> areaIds, Set<Long> themeIds) {
    Map<Long, String> themeNames =
        organisation.themes().stream().collect(Collectors.toMap(Theme::getId, Theme::getName));
    List<RoutingPolicy.Candidate> candidates =
        representingCouncils().stream()
            .map(
                council ->
                    new RoutingPolicy.Candidate(
                        council.getId(),
                        council.getName(),
                        council.getAreaId(),
                        council.getThemeIds()))
            .toList();
    Set<Long> allAreas = areas.areas().stream().map(Area::getId).collect(Collectors.toSet());
    return RoutingPolicy.propose(
        wholeMunicipality, areaIds, themeIds, candidates, themeNames, allAreas);
  }

  /** The councils that represent their area (active or being set up): those one may invite. */
  public List<Council> representingCouncils() {
    return councils.councils().stream()
        .filter(council -> council.getStatus().isRepresenting())
        .toList();
  }
}
