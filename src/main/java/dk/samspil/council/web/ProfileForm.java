package dk.samspil.council.web;

import dk.samspil.council.Council;
import dk.samspil.council.CouncilProfile;
import dk.samspil.council.Participation;
import dk.samspil.shared.FieldError;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The council profile form, exactly as typed (numbers stay text, so that nothing typed is lost when
 * the form comes back with errors). Field names are the inputs' ids.
 */
public record ProfileForm(
    String beskrivelse,
    String email,
    String hjemmeside,
    String moederytme,
    String medlemstal,
    String kapacitet,
    String deltagelse,
    List<String> temaer,
    String sidetekst) {

  static final int DESCRIPTION_MAX = 1000;
  static final int RHYTHM_MAX = 200;
  static final int PAGE_TEXT_MAX = 10000;
  static final int MEMBERS_MAX = 500;
  static final int CAPACITY_MAX = 50;

  public ProfileForm {
    temaer = temaer == null ? List.of() : List.copyOf(temaer);
  }

  static ProfileForm of(Council council) {
    CouncilProfile profile = council.profile();
    return new ProfileForm(
        profile.description(),
        profile.publicEmail(),
        profile.website(),
        profile.meetingRhythm(),
        profile.memberCount() == null ? null : profile.memberCount().toString(),
        profile.capacity() == null ? null : profile.capacity().toString(),
        profile.participation() == null ? null : profile.participation().name(),
        profile.themeIds().stream().sorted().map(String::valueOf).toList(),
        profile.pageText());
  }

  /** Whether the theme is ticked. */
  public boolean hasTheme(long themeId) {
    return temaer.contains(String.valueOf(themeId));
  }

  /** Whether this way of taking part is chosen. */
  public boolean participates(Participation participation) {
    return participation.name().equals(deltagelse);
  }

  /** The problems with what was typed; {@code themeIds} are the themes one may choose. */
  List<FieldError> validate(Set<Long> themeIds) {
    List<FieldError> errors = new ArrayList<>();
    if (beskrivelse != null && beskrivelse.strip().length() > DESCRIPTION_MAX) {
      errors.add(
          new FieldError("beskrivelse", "selfservice.profile.error.too-long", DESCRIPTION_MAX));
    }
    if (!FormErrors.isBlank(email) && !FormErrors.isEmail(email)) {
      errors.add(new FieldError("email", "selfservice.profile.error.email"));
    }
    if (!FormErrors.isBlank(hjemmeside) && !isWebAddress(hjemmeside.strip())) {
      errors.add(new FieldError("hjemmeside", "selfservice.profile.error.website"));
    }
    if (moederytme != null && moederytme.strip().length() > RHYTHM_MAX) {
      errors.add(new FieldError("moederytme", "selfservice.profile.error.too-long", RHYTHM_MAX));
    }
    if (!FormErrors.isBlank(medlemstal)
        && FormErrors.wholeNumber(medlemstal, 1, MEMBERS_MAX) == null) {
      errors.add(
          new FieldError("medlemstal", "selfservice.profile.error.member-count", MEMBERS_MAX));
    }
    if (!FormErrors.isBlank(kapacitet)
        && FormErrors.wholeNumber(kapacitet, 1, CAPACITY_MAX) == null) {
      errors.add(new FieldError("kapacitet", "selfservice.profile.error.capacity", CAPACITY_MAX));
    }
    if (!FormErrors.isBlank(deltagelse) && participation() == null) {
      errors.add(
          new FieldError(
              "deltagelse-" + Participation.values()[0].name().toLowerCase(Locale.ROOT),
              "selfservice.profile.error.participation"));
    }
    if (!temaer.stream()
        .allMatch(id -> id.matches("\\d{1,18}") && themeIds.contains(Long.valueOf(id)))) {
      errors.add(new FieldError("temaer", "selfservice.profile.error.themes"));
    }
    if (sidetekst != null && sidetekst.strip().length() > PAGE_TEXT_MAX) {
      errors.add(new FieldError("sidetekst", "selfservice.profile.error.too-long", PAGE_TEXT_MAX));
    }
    return errors;
  }

  /** The profile to save; only for a form without errors. */
  CouncilProfile toProfile() {
    Set<Long> themeIds = new LinkedHashSet<>();
    temaer.forEach(id -> themeIds.add(Long.valueOf(id)));
    return new CouncilProfile(
        beskrivelse,
        email,
        hjemmeside,
        moederytme,
        FormErrors.isBlank(medlemstal) ? null : FormErrors.wholeNumber(medlemstal, 1, MEMBERS_MAX),
        FormErrors.isBlank(kapacitet) ? null : FormErrors.wholeNumber(kapacitet, 1, CAPACITY_MAX),
        participation(),
        themeIds,
        sidetekst);
  }

  private Participation participation() {
    for (Participation participation : Participation.values()) {
      if (participation.name().equals(deltagelse)) {
        return participation;
      }
    }
    return null;
  }

  /** An absolute http or https address with a host, as a link on the public page needs. */
  static boolean isWebAddress(String text) {
    if (text.length() > 500 || text.chars().anyMatch(Character::isWhitespace)) {
      return false;
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && uri.getHost().contains(".");
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
