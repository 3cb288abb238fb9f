package dk.samspil.area;

import dk.samspil.shared.AuditEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing area boundaries from a GeoJSON file in two steps: an uploaded file is checked whole and
 * either rejected with every problem or kept as a pending import; only an explicit decision applies
 * it (once) or discards it.
 */
@Service
@Transactional(readOnly = true)
public class AreaImportManagement {

  /** One area in the preview of a pending import: what it is now and what it will become. */
  public record PreviewRow(
      String slug,
      String name,
      boolean isNew,
      String currentName,
      Double currentSquareKilometres,
      double newSquareKilometres,
      int currentParishCount,
      List<String> overlapsExisting) {}

  /** A pending (or decided) import with what applying it changes. */
  public record Preview(AreaImport upload, List<PreviewRow> rows) {}

  private final AreaImports imports;
  private final Areas areas;
  private final MunicipalityBoundaries municipalities;
  private final ApplicationEventPublisher events;

  AreaImportManagement(
      AreaImports imports,
      Areas areas,
      MunicipalityBoundaries municipalities,
      ApplicationEventPublisher events) {
    this.imports = imports;
    this.areas = areas;
    this.municipalities = municipalities;
    this.events = events;
  }

  /**
   * Checks an uploaded file and keeps it as a pending import.
   *
   * @throws ImportRejected with every problem, if the file cannot be imported; nothing is stored
   */
  @Transactional(rollbackFor = ImportRejected.class)
  public AreaImport stage(String fileName, String text, Long accountId) throws ImportRejected {
    Map<String, Area> existing = existingBySlug();
    BoundaryFileCheck.Result result =
        BoundaryFileCheck.check(text, existing.keySet(), municipality());
    if (!result.valid()) {
      throw new ImportRejected(result.problems());
    }
    Map<String, String> names =
        existing.values().stream().collect(Collectors.toMap(Area::getSlug, Area::getName));
    AreaImport upload =
        imports.save(
            new AreaImport(
                truncate(fileName, 255),
                BoundaryFileCheck.content(result.candidates(), names),
                result.candidates().size(),
                accountId));
    events.publishEvent(
        AuditEvent.created(
            "area-import",
            upload.getId(),
            upload.getFileName(),
            Map.of(
                "areas",
                result.candidates().stream().map(BoundaryFileCheck.Candidate::slug).toList())));
    return upload;
  }

  /** The imports waiting for a decision, the newest first. */
  public List<AreaImport> pendingImports() {
    return imports.findByStatusOrderByCreatedAtDesc(ImportStatus.PENDING);
  }

  public AreaImport upload(long id) {
    return imports.findById(id).orElseThrow(() -> AreaImportNotFound.forId(id));
  }

  /** The import with, for each of its areas, what it is now and what it will be. */
  public Preview preview(long id) {
    AreaImport upload = upload(id);
    Map<String, Area> existing = existingBySlug();
    List<BoundaryFileCheck.Candidate> candidates = candidates(upload, existing);
    Set<String> inFile =
        candidates.stream().map(BoundaryFileCheck.Candidate::slug).collect(Collectors.toSet());
    List<Area> others =
        existing.values().stream().filter(a -> !inFile.contains(a.getSlug())).toList();
    List<PreviewRow> rows = new ArrayList<>();
    for (BoundaryFileCheck.Candidate candidate : candidates) {
      Area current = existing.get(candidate.slug());
      PreparedGeometry prepared = PreparedGeometryFactory.prepare(candidate.boundary());
      List<String> overlaps = new ArrayList<>();
      for (Area other : others) {
        Geometry boundary = readOrNull(other.getBoundary());
        if (boundary != null
            && prepared.intersects(boundary)
            && OverlayNGRobust.overlay(candidate.boundary(), boundary, OverlayNG.INTERSECTION)
                    .getArea()
                > BoundaryFileCheck.OVERLAP_TOLERANCE) {
          overlaps.add(other.getName());
        }
      }
      overlaps.sort(AreaManagement.DANISH_ORDER);
      Geometry currentBoundary = current == null ? null : readOrNull(current.getBoundary());
      rows.add(
          new PreviewRow(
              candidate.slug(),
              candidate.name() != null ? candidate.name() : current.getName(),
              current == null,
              current == null ? null : current.getName(),
              currentBoundary == null ? null : squareKilometres(currentBoundary),
              squareKilometres(candidate.boundary()),
              current == null ? 0 : current.getParishCodes().size(),
              overlaps));
    }
    rows.sort(Comparator.comparing(PreviewRow::name, AreaManagement.DANISH_ORDER));
    return new Preview(upload, rows);
  }

  /**
   * Applies a pending import: each area in it gets the imported boundary (and a simplified one for
   * maps) and is no longer defined by parishes; an area not known yet is created.
   *
   * @throws ImportNotPending if it was applied or discarded already
   * @throws ImportRejected if the areas changed since the upload so that the file no longer passes
   */
  @Transactional(rollbackFor = ImportRejected.class)
  public void apply(long id, Long accountId) throws ImportRejected {
    AreaImport upload = decide(id, ImportStatus.APPLIED, accountId);
    Map<String, Area> existing = existingBySlug();
    BoundaryFileCheck.Result result =
        BoundaryFileCheck.check(upload.getContent(), existing.keySet(), municipality());
    if (!result.valid()) {
      throw new ImportRejected(result.problems());
    }
    for (BoundaryFileCheck.Candidate candidate : result.candidates()) {
      String boundary = AreaGeometry.write(candidate.boundary());
      String display = AreaGeometry.write(AreaGeometry.simplifyForDisplay(candidate.boundary()));
      Area area = existing.get(candidate.slug());
      if (area == null) {
        Area created =
            areas.save(
                new Area(
                    candidate.slug(),
                    candidate.name(),
                    candidate.character() != null
                        ? candidate.character()
                        : AreaCharacter.BY_OG_LAND,
                    Set.of(),
                    boundary,
                    display,
                    null));
        events.publishEvent(
            AuditEvent.created(
                "area", created.getSlug(), created.getName(), created.auditSnapshot()));
      } else {
        Map<String, Object> before = area.auditSnapshot();
        area.replaceBoundary(Set.of(), boundary, display);
        events.publishEvent(
            AuditEvent.of(
                "imported", "area", area.getSlug(), area.getName(), before, area.auditSnapshot()));
      }
    }
    events.publishEvent(
        AuditEvent.of(
            "imported",
            "area-import",
            id,
            upload.getFileName(),
            Map.of("status", ImportStatus.PENDING.name()),
            Map.of(
                "status",
                ImportStatus.APPLIED.name(),
                "areas",
                result.candidates().stream().map(BoundaryFileCheck.Candidate::slug).toList())));
    events.publishEvent(new AreasChanged());
  }

  /**
   * Discards a pending import; nothing changes.
   *
   * @throws ImportNotPending if it was applied or discarded already
   */
  @Transactional
  public void discard(long id, Long accountId) {
    AreaImport upload = decide(id, ImportStatus.DISCARDED, accountId);
    events.publishEvent(
        AuditEvent.of(
            "discarded",
            "area-import",
            id,
            upload.getFileName(),
            Map.of("status", ImportStatus.PENDING.name()),
            Map.of("status", ImportStatus.DISCARDED.name())));
  }

  private AreaImport decide(long id, ImportStatus decision, Long accountId) {
    AreaImport upload = upload(id);
    if (imports.decide(id, decision, accountId, Instant.now(), ImportStatus.PENDING) == 0) {
      throw ImportNotPending.of(upload(id));
    }
    return upload(id);
  }

  private List<BoundaryFileCheck.Candidate> candidates(
      AreaImport upload, Map<String, Area> existing) {
    // the stored content passed the check when it was uploaded; read it without judging it again
    BoundaryFileCheck.Result result =
        BoundaryFileCheck.check(upload.getContent(), existing.keySet(), null);
    return result.valid() ? result.candidates() : List.of();
  }

  private Map<String, Area> existingBySlug() {
    return areas.findAll().stream().collect(Collectors.toMap(Area::getSlug, Function.identity()));
  }

  /** The municipality's boundary (all of them united), or null when none is stored. */
  private Geometry municipality() {
    List<Geometry> parts = new ArrayList<>();
    for (MunicipalityBoundary boundary : municipalities.findAll()) {
      Geometry geometry = readOrNull(boundary.getBoundary());
      if (geometry != null) {
        parts.add(geometry);
      }
    }
    return parts.isEmpty() ? null : AreaGeometry.union(parts);
  }

  private static Geometry readOrNull(String geoJson) {
    try {
      return AreaGeometry.read(geoJson);
    } catch (InvalidGeometry e) {
      return null;
    }
  }

  private static double squareKilometres(Geometry geometry) {
    return Math.round(AreaGeometry.squareMetres(geometry) / 10_000) / 100.0;
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
