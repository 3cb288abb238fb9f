package dk.samspil.account;

import java.util.List;
import java.util.Locale;

/**
 * Lets another module describe what a person is in it, shown read-only on their profile page
 * ({@code /profil}) under their roles; e.g. the council module lists the council seats ("Formand i
 * Fensmark Lokalråd"). Implement it as a Spring bean; the account module does not know the module.
 */
public interface ProfileRolesContributor {

  /** Lines of text in the given language, one per role or seat; empty if none. */
  List<String> describe(long accountId, Locale locale);
}
