package dk.samspil.council;

import dk.samspil.area.AreaManagement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The council module's API. */
@Service
@Transactional(readOnly = true)
public class CouncilManagement {

  private final Councils councils;
  private final CouncilMembers members;
  private final org.springframework.context.ApplicationEventPublisher events;

  CouncilManagement(
      Councils councils,
      CouncilMembers members,
      org.springframework.context.ApplicationEventPublisher events) {
    this.councils = councils;
    this.members = members;
    this.events = events;
  }

  /** The members of a council, in no particular order. */
  public List<CouncilMember> members(Long councilId) {
    return members.findByCouncilId(councilId);
  }

  /** The seats an account holds, on any council. */
  public List<CouncilMember> seatsOf(Long accountId) {
    return members.findByAccountId(accountId);
  }

  /** The account's seat on the council, created with this position if missing. */
  @Transactional
  public CouncilMember ensureMember(Long councilId, Long accountId, CouncilPosition position) {
    return members
        .findByCouncilIdAndAccountId(councilId, accountId)
        .orElseGet(
            () -> {
              CouncilMember member =
                  members.save(new CouncilMember(councilId, accountId, position));
              events.publishEvent(
                  dk.samspil.shared.AuditEvent.created(
                      "council-member",
                      member.getId(),
                      "council " + councilId + ", account " + accountId,
                      java.util.Map.of(
                          "councilId",
                          councilId,
                          "accountId",
                          accountId,
                          "position",
                          position.name(),
                          "mayAnswer",
                          member.isMayAnswer())));
              return member;
            });
  }

  /** Every council that is not closed down, in Danish alphabetical order. */
  public List<Council> councils() {
    return councils.findAll().stream()
        .filter(council -> council.getStatus() != CouncilStatus.NEDLAGT)
        .sorted(Comparator.comparing(Council::getName, AreaManagement.DANISH_ORDER))
        .toList();
  }

  public Council council(String slug) {
    return councils.findBySlug(slug).orElseThrow(() -> CouncilNotFound.forSlug(slug));
  }

  /** The living (not closed down) council of each area that has one, by area id. */
  public Map<Long, Council> councilsByArea() {
    return councils().stream().collect(Collectors.toMap(Council::getAreaId, Function.identity()));
  }

  /** The area's council, unless it has none or only a closed-down one. */
  public Optional<Council> councilOf(Long areaId) {
    return councils.findByAreaIdAndStatusNot(areaId, CouncilStatus.NEDLAGT).stream().findFirst();
  }

  /** The council with the draft's slug, registered from the draft if it does not exist yet. */
  @Transactional
  public Council ensureCouncil(CouncilDraft draft) {
    return councils.findBySlug(draft.slug()).orElseGet(() -> councils.save(new Council(draft)));
  }

  // --- Administration ---

  /** Every council, closed-down ones too, in Danish alphabetical order. */
  public List<Council> allCouncils() {
    return councils.findAll().stream()
        .sorted(Comparator.comparing(Council::getName, AreaManagement.DANISH_ORDER))
        .toList();
  }

  /**
   * Registers a council for an area. The database allows one council per area that is not closed
   * down; a second is refused with {@link CouncilRefused#areaHasCouncil()}.
   *
   * @throws CouncilRefused if the slug is malformed or taken, or the area has a living council
   */
  @Transactional
  public Council registerCouncil(
      String slug, CouncilStatus status, CouncilRegistration registration) {
    if (!dk.samspil.organisation.Slugs.isValid(slug)) {
      throw CouncilRefused.slugInvalid(slug);
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
                    java.util.Set.of())));
    events.publishEvent(
        dk.samspil.shared.AuditEvent.created(
            "council", council.getSlug(), council.getName(), snapshot(council)));
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
    Council council = council(slug);
    Map<String, Object> before = snapshot(council);
    council.changeRegistration(registration);
    saveChecked(council);
    events.publishEvent(
        dk.samspil.shared.AuditEvent.updated(
            "council", slug, council.getName(), before, snapshot(council)));
    return council;
  }

  /**
   * Moves a council along its lifecycle.
   *
   * @throws IllegalStatusChange if the lifecycle does not allow the change
   */
  @Transactional
  public Council changeStatus(String slug, CouncilStatus target) {
    Council council = council(slug);
    Map<String, Object> before = snapshot(council);
    council.changeStatus(target);
    events.publishEvent(
        dk.samspil.shared.AuditEvent.of(
            "status-changed", "council", slug, council.getName(), before, snapshot(council)));
    return council;
  }

  private Council saveChecked(Council council) {
    try {
      return councils.saveAndFlush(council);
    } catch (org.springframework.dao.DataIntegrityViolationException e) {
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

  /** What the audit log keeps of a council's registration. */
  static Map<String, Object> snapshot(Council council) {
    Map<String, Object> fields = new java.util.LinkedHashMap<>();
    fields.put("slug", council.getSlug());
    fields.put("name", council.getName());
    fields.put("status", council.getStatus().name());
    fields.put("areaId", council.getAreaId());
    fields.put("website", council.getWebsite());
    fields.put("publicEmail", council.getPublicEmail());
    fields.put("description", council.getDescription());
    fields.put("founded", council.getFounded() == null ? null : council.getFounded().toString());
    fields.put("contactPersonId", council.getContactPersonId());
    return fields;
  }
}
