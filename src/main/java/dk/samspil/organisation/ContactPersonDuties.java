package dk.samspil.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Extension point: a module tells what the municipality's contact persons are the contact persons
 * for, for the administration's list of contact persons, e.g. the councils or the areas without
 * one. The organisation module lays them out without knowing the modules, so dependencies keep
 * running towards the organisation. Shown in the order of the beans ({@code @Order}).
 */
public interface ContactPersonDuties {

  /**
   * What each contact person serves of this module's kind, by contact person id, in the reader's
   * language; a person who serves nothing of this kind is left out.
   */
  Map<Long, Duties> byContactPerson(Locale locale);

  /**
   * Groups things by their contact person's id (things without one are left out), in the given
   * order, as the duties of one label.
   */
  static <T> Map<Long, Duties> groupByContactPerson(
      String label,
      Collection<T> things,
      Function<T, Long> contactPersonId,
      Function<T, Link> link) {
    Map<Long, List<Link>> links = new LinkedHashMap<>();
    for (T thing : things) {
      Long personId = contactPersonId.apply(thing);
      if (personId != null) {
        links.computeIfAbsent(personId, id -> new ArrayList<>()).add(link.apply(thing));
      }
    }
    Map<Long, Duties> duties = new LinkedHashMap<>();
    links.forEach((personId, served) -> duties.put(personId, new Duties(label, served)));
    return duties;
  }

  /** A label ("Lokalråd:") and the things served, each a link to its administration page. */
  record Duties(String label, List<Link> links) {

    public Duties {
      links = List.copyOf(links);
    }
  }

  /** A link with its text. */
  record Link(String text, String href) {}
}
