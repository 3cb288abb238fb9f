package dk.samspil.council.web;

import dk.samspil.council.Council;
import dk.samspil.council.CouncilHomeSection;
import dk.samspil.council.PageSection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Exists only in the tests: a module's section on a council's home for its members, shown only
 * while a test switches it on, so that other tests see the home as the real modules make it. For
 * Fensmark it has an entry that names the member; for other councils it has none.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class TestHomeSection implements CouncilHomeSection {

  static volatile boolean shown;

  @Override
  public Optional<PageSection> forMembers(Council council, long accountId, Locale locale) {
    if (!shown) {
      return Optional.empty();
    }
    List<PageSection.Entry> entries =
        council.getSlug().equals("fensmark")
            ? List.of(
                new PageSection.Entry(
                    "Prøvepunkt for " + council.getName(),
                    "/lokalraad/" + council.getSlug(),
                    List.of(new PageSection.Fact("Konto", String.valueOf(accountId))),
                    null))
            : List.of();
    return Optional.of(
        new PageSection(
            "proeveafsnit", "Prøveafsnit", null, entries, "Intet i prøveafsnittet.", null));
  }
}
