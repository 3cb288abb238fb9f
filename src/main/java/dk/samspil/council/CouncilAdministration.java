package dk.samspil.council;

import dk.samspil.area.AreaManagement;
import dk.samspil.organisation.Slugs;
import dk.samspil.shared.AuditEvent;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administration's register of councils: every council, closed-down ones too, registering one
 * for an area, changing its registration, and moving it along its lifecycle. Every change is
 * checked and recorded in the audit log.
 */
@Service
@Transactional(readOnly = true)
public class CouncilAdministration {

  /** Slugs that are addresses of the administration itself. */
  static final Set<String> RESERVED_SLUGS = Set.of("ny");

  private final Councils councils;
  private final CouncilManagement management;
  private final ApplicationEventPublisher events;

  CouncilAdministration(
      Councils councils, CouncilManagement management, ApplicationEventPublisher events) {
    this.councils = councils;
    this.management = management;
    this.events = events;
  }

  /** Every council, closed-down ones too, in Danish alphabetical order. */
  public List<Council> allCouncils() {
    return councils.findAll().stream()
        .sorted(Comparator.comparing(Council::getName, AreaManagement.DANISH_ORDER))
        .toList();
  }

  /**
   * Registers a council for an area. It starts under establishment or active. The database allows
   * one council per area that is not closed down; a second is refused with {@link
   * CouncilRefused#areaHasCouncil()}.
   *
   * @throws CouncilRefused if the slug is malformed, reserved or taken, the status is not one a
   *     council starts in, or the area has a living council
   */
  @Transactional
  public Council registerCouncil(
      String slug, CouncilStatus status, CouncilRegistration registration) {
    if (!Slugs.isValid(slug)) {
      throw CouncilRefused.slugInvalid(slug);
    }
    if (RESERVED_SLUGS.contains(slug)) {
      throw CouncilRefused.slugReserved(slug);
    }
    if (!CouncilStatus.FIRST.contains(status)) {
      throw CouncilRefused.firstStatus();
    }
    Council council =
        saveChecked(
            new Council(
                new CouncilDraft(
                    slug,
                    registration.name(),
                    status,
                    registration.areaId(),
                    registration.website(),
                    registration.publicEmail(),
                    registration.description(),
                    registration.founded(),
                    registration.contactPersonId(),
                    Set.of())));
    events.publishEvent(
        AuditEvent.created(
            "council", council.getSlug(), council.getName(), council.registrationSnapshot()));
    return council;
  }

  /**
   * Changes a council's registration: name, area, website, e-mail, description, founding date and
   * contact person.
   *
   * @throws CouncilRefused if the new area already has a living council
   */
  @Transactional
  public Council updateRegistration(String slug, CouncilRegistration registration) {
    Council council = management.council(slug);
    Map<String, Object> before = council.registrationSnapshot();
    council.changeRegistration(registration);
    saveChecked(council);
    events.publishEvent(
        AuditEvent.updated(
            "council", slug, council.getName(), before, council.registrationSnapshot()));
    return council;
  }

  /**
   * Moves a council along its lifecycle.
   *
   * @throws IllegalStatusChange if the lifecycle does not allow the change
   */
  @Transactional
  public Council changeStatus(String slug, CouncilStatus target) {
    Council council = management.council(slug);
    Map<String, Object> before = council.registrationSnapshot();
    council.changeStatus(target);
    events.publishEvent(
        AuditEvent.of(
            "status-changed",
            "council",
            slug,
            council.getName(),
            before,
            council.registrationSnapshot()));
    return council;
  }

  private Council saveChecked(Council council) {
    try {
      return councils.saveAndFlush(council);
    } catch (DataIntegrityViolationException e) {
      String reason = String.valueOf(e.getMostSpecificCause().getMessage());
      if (reason.contains("council_one_living_per_area")) {
        throw CouncilRefused.areaHasCouncil();
      }
      if (reason.contains("council_slug_key")) {
        throw CouncilRefused.slugTaken(council.getSlug());
      }
      throw e;
    }
  }
}
