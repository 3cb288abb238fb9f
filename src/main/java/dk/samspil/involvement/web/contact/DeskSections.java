package dk.samspil.involvement.web.contact;

import dk.samspil.council.PageSection;
import dk.samspil.involvement.ContactDeskSection;
import dk.samspil.involvement.ContactPersonDesk;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The sections other modules add to the contact person's desk ({@link ContactDeskSection}), in the
 * order of their beans; a module with nothing to add adds no section.
 */
@Component
class DeskSections {

  private final ContactPersonDesk desk;
  private final List<ContactDeskSection> sections;

  DeskSections(ContactPersonDesk desk, List<ContactDeskSection> sections) {
    this.desk = desk;
    this.sections = List.copyOf(sections);
  }

  List<PageSection> forContactPerson(long accountId, Locale locale) {
    return desk.scopeOf(accountId)
        .map(
            scope ->
                sections.stream()
                    .map(section -> section.forContactPerson(scope, locale))
                    .flatMap(Optional::stream)
                    .toList())
        .orElse(List.of());
  }
}
