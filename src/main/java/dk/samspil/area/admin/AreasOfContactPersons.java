package dk.samspil.area.admin;

import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.organisation.ContactPersonDuties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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
    String label = messages.getMessage("admin.contacts.serves.areas", null, locale);
    Map<Long, List<Area>> byPerson =
        areas.areas().stream()
            .filter(area -> area.getContactPersonId() != null)
            .collect(
                Collectors.groupingBy(
                    Area::getContactPersonId, LinkedHashMap::new, Collectors.toList()));
    Map<Long, Duties> duties = new LinkedHashMap<>();
    byPerson.forEach(
        (personId, served) ->
            duties.put(
                personId,
                new Duties(
                    label,
                    served.stream()
                        .map(area -> new Link(area.getName(), "/admin/omraader/" + area.getSlug()))
                        .toList())));
    return duties;
  }
}
