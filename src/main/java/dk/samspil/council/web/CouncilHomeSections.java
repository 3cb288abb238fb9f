package dk.samspil.council.web;

import dk.samspil.council.Council;
import dk.samspil.council.CouncilHomeSection;
import dk.samspil.council.PageSection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The sections other modules add to a council's home for its members ({@link CouncilHomeSection}),
 * in the order of their beans; a module with nothing to add adds no section.
 */
@Component
class CouncilHomeSections {

  private final List<CouncilHomeSection> sections;

  CouncilHomeSections(List<CouncilHomeSection> sections) {
    this.sections = List.copyOf(sections);
  }

  List<PageSection> forMembers(Council council, long accountId, Locale locale) {
    return sections.stream()
        .map(section -> section.forMembers(council, accountId, locale))
        .flatMap(Optional::stream)
        .toList();
  }
}
