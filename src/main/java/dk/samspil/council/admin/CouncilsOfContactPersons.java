package dk.samspil.council.admin;

import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.organisation.ContactPersonDuties;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The living councils each contact person serves, in the administration's list of contact persons.
 */
@Component
@Order(1)
class CouncilsOfContactPersons implements ContactPersonDuties {

  private final CouncilManagement councils;
  private final MessageSource messages;

  CouncilsOfContactPersons(CouncilManagement councils, MessageSource messages) {
    this.councils = councils;
    this.messages = messages;
  }

  @Override
  public Map<Long, Duties> byContactPerson(Locale locale) {
    return ContactPersonDuties.groupByContactPerson(
        messages.getMessage("admin.contacts.serves.councils", null, locale),
        councils.councils(),
        Council::getContactPersonId,
        council -> new Link(council.getName(), "/admin/lokalraad/" + council.getSlug()));
  }
}
