package dk.samspil.council;

import java.util.List;

/**
 * A section that another module adds to a public council or area page (see {@link
 * CouncilPageSection} and {@link AreaPageSection}): a heading, an optional introduction, a list of
 * entries and, where the list is cut short, a link to the rest. Every text is already in the
 * reader's language; the council templates only lay it out.
 *
 * @param id the heading's element id, unique on the page
 * @param emptyText shown instead of the list when it has no entries
 * @param more a link to everything, or null
 */
public record PageSection(
    String id, String heading, String intro, List<Entry> entries, String emptyText, Link more) {

  public PageSection {
    entries = List.copyOf(entries);
  }

  /** One item: its title (a link when {@code href} is given), facts, and an optional text. */
  public record Entry(String title, String href, List<Fact> facts, String text) {

    public Entry {
      facts = List.copyOf(facts);
    }
  }

  /** A labelled value, e.g. „Status: Afgjort“. */
  public record Fact(String label, String value) {}

  /** A link with its text. */
  public record Link(String text, String href) {}
}
