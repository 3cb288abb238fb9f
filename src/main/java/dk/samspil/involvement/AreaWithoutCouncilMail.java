package dk.samspil.involvement;

import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.shared.DanishDates;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the contact person of each affected area without a council that a process was published, so
 * that the area's citizens can take part all the same.
 */
@Component
class AreaWithoutCouncilMail {

  private final ProcessQueries queries;
  private final AreaManagement areas;
  private final OrganisationManagement organisation;
  private final CouncilMail mail;

  AreaWithoutCouncilMail(
      ProcessQueries queries,
      AreaManagement areas,
      OrganisationManagement organisation,
      CouncilMail mail) {
    this.queries = queries;
    this.areas = areas;
    this.organisation = organisation;
    this.mail = mail;
  }

  /** The mail's key in the outbox: one mail per process, area and contact person. */
  static String onceKey(Long processId, Long areaId, Long contactPersonId) {
    return "process-published:"
        + processId
        + ":area:"
        + areaId
        + ":contact-person:"
        + contactPersonId;
  }

  @ApplicationModuleListener
  void on(ProcessPublished event) {
    if (event.replayed() || event.areasWithoutCouncil().isEmpty()) {
      return;
    }
    InvolvementProcess process = queries.process(event.processId());
    Map<Long, Area> byId = areas.areasById(event.areasWithoutCouncil());
    for (Long areaId : event.areasWithoutCouncil()) {
      Area area = byId.get(areaId);
      if (area == null) {
        continue;
      }
      organisation
          .contactPerson(area.getContactPersonId())
          .ifPresent(
              person ->
                  mail.sendTo(
                      onceKey(process.getId(), areaId, person.getId()),
                      person.getEmail(),
                      mail.text("mail.process.no-council.subject", process.getTitle()),
                      mail.text(
                          "mail.process.no-council.body",
                          process.getTitle(),
                          area.getName(),
                          DanishDates.format(process.getDeadline()),
                          mail.link(process))));
    }
  }
}
