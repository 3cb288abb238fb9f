package dk.samspil.organisation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

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

  /** A label ("Lokalråd:") and the things served, each a link to its administration page. */
  record Duties(String label, List<Link> links) {

    public Duties {
      links = List.copyOf(links);
    }
  }

  /** A link with its text. */
  record Link(String text, String href) {}
}
