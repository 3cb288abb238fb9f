package dk.samspil.involvement.web.staff;

import dk.samspil.council.PageSection;
import dk.samspil.involvement.StaffOverviewSection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The sections other modules add to the staff's overview ({@link StaffOverviewSection}), in the
 * order of their beans; a module with nothing to add adds no section.
 */
@Component
class OverviewSections {

  private final List<StaffOverviewSection> sections;

  OverviewSections(List<StaffOverviewSection> sections) {
    this.sections = List.copyOf(sections);
  }

  List<PageSection> forStaff(Locale locale) {
    return sections.stream()
        .map(section -> section.forStaff(locale))
        .flatMap(Optional::stream)
        .toList();
  }
}
