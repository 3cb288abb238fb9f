package dk.samspil.area.admin;

import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.organisation.ContactPersonDuties;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The areas each contact person is the contact person for, in the administration's list of contact
 * persons (an area's contact person is the one to turn to where it has no council).
 */
@Component
@Order(2)
class AreasOfContactPersons implements ContactPersonDuties {

  private final AreaManagement areas;
  private final MessageSource messages;

  AreasOfContactPersons(AreaManagement areas, MessageSource messages) {
    this.areas = areas;
    this.messages = messages;
  }

  @Override
  public Map<Long, Duties> byContactPerson(Locale locale) {
    return ContactPersonDuties.groupByContactPerson(
        messages.getMessage("admin.contacts.serves.areas", null, locale),
        areas.areas(),
        Area::getContactPersonId,
        area -> new Link(area.getName(), "/admin/omraader/" + area.getSlug()));
  }
}
