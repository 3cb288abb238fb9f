package dk.samspil.area;

import dk.samspil.organisation.Slugs;
import dk.samspil.shared.AuditEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administration's changes to the areas: creating one from whole parishes that no other area
 * has, changing its details, and redefining it by parishes. Every change is checked, recorded in
 * the audit log and announced ({@link AreasChanged}) so that maps and lookups follow.
 */
@Service
@Transactional(readOnly = true)
public class AreaAdministration {

  /** Slugs that are addresses of the administration itself. */
  static final Set<String> RESERVED_SLUGS = Set.of("ny", "import");

  private final Areas areas;
  private final Parishes parishes;
  private final AreaManagement management;
  private final ApplicationEventPublisher events;

  AreaAdministration(
      Areas areas, Parishes parishes, AreaManagement management, ApplicationEventPublisher events) {
    this.areas = areas;
    this.parishes = parishes;
    this.management = management;
    this.events = events;
  }

  /**
   * Creates an area from whole parishes that no other area uses.
   *
   * @throws AreaRefused if the slug is malformed, reserved or taken, a parish belongs to another
   *     area, or the parishes' union is not a valid boundary
   */
  @Transactional
  public Area createArea(AreaDraft draft) {
    String slug = draft.slug();
    if (!Slugs.isValid(slug)) {
      throw AreaRefused.slugInvalid(slug);
    }
    if (RESERVED_SLUGS.contains(slug)) {
      throw AreaRefused.slugReserved(slug);
    }
    if (areas.findBySlug(slug).isPresent()) {
      throw AreaRefused.slugTaken(slug);
    }
    requireFree(draft.parishCodes(), null);
    Geometry boundary = union(draft.parishCodes());
    Area area =
        areas.save(
            new Area(
                slug,
                draft.name(),
                draft.character(),
                draft.parishCodes(),
                AreaGeometry.write(boundary),
                AreaGeometry.write(AreaGeometry.simplifyForDisplay(boundary)),
                draft.contactPersonId()));
    events.publishEvent(
        AuditEvent.created("area", area.getSlug(), area.getName(), area.auditSnapshot()));
    events.publishEvent(new AreasChanged());
    return area;
  }

  /** Changes an area's name, character and contact person; its slug stays, as addresses use it. */
  @Transactional
  public Area updateArea(String slug, AreaDetails details) {
    Area area = management.area(slug);
    Map<String, Object> before = area.auditSnapshot();
    area.changeDetails(details.name(), details.character(), details.contactPersonId());
    events.publishEvent(
        AuditEvent.updated("area", slug, area.getName(), before, area.auditSnapshot()));
    events.publishEvent(new AreasChanged());
    return area;
  }

  /**
   * Defines an area as whole parishes: its boundary (and the simplified one for maps) becomes their
   * union.
   *
   * @throws AreaRefused if a parish belongs to another area (the refusal names which) or the union
   *     is not a valid boundary
   */
  @Transactional
  public Area defineByParishes(String slug, Set<String> parishCodes) {
    Area area = management.area(slug);
    requireFree(parishCodes, area);
    Geometry boundary = union(parishCodes);
    Map<String, Object> before = area.auditSnapshot();
    area.replaceBoundary(
        parishCodes,
        AreaGeometry.write(boundary),
        AreaGeometry.write(AreaGeometry.simplifyForDisplay(boundary)));
    events.publishEvent(
        AuditEvent.updated("area", slug, area.getName(), before, area.auditSnapshot()));
    events.publishEvent(new AreasChanged());
    return area;
  }

  private Geometry union(Set<String> parishCodes) {
    try {
      return management.unionOfParishes(parishCodes);
    } catch (InvalidGeometry e) {
      throw AreaRefused.invalidBoundary(e);
    }
  }

  /** Refuses parishes that belong to an area other than {@code self}, naming them and the areas. */
  private void requireFree(Set<String> parishCodes, Area self) {
    Map<String, Parish> byCode =
        parishes.findAllById(parishCodes).stream()
            .collect(Collectors.toMap(Parish::getCode, Function.identity()));
    Map<String, List<String>> taken = new TreeMap<>(AreaManagement.DANISH_ORDER);
    for (Area other : areas.findAll()) {
      if (self != null && other.getId().equals(self.getId())) {
        continue;
      }
      List<String> shared = new ArrayList<>();
      for (String code : new TreeSet<>(parishCodes)) {
        if (other.getParishCodes().contains(code)) {
          Parish parish = byCode.get(code);
          shared.add((parish == null ? "?" : parish.getName()) + " (" + code + ")");
        }
      }
      if (!shared.isEmpty()) {
        taken.put(other.getName(), shared);
      }
    }
    if (!taken.isEmpty()) {
      throw AreaRefused.parishesInUse(
          taken.entrySet().stream()
              .map(e -> String.join(", ", e.getValue()) + " → " + e.getKey())
              .collect(Collectors.joining("; ")));
    }
  }
}
