package dk.samspil.council.web;

import dk.samspil.council.Council;
import dk.samspil.council.CouncilProfile;
import dk.samspil.council.CouncilRefused;
import dk.samspil.council.Participation;
import dk.samspil.organisation.Theme;
import dk.samspil.shared.EmailAddress;
import dk.samspil.shared.Forms;
import dk.samspil.shared.WebAddress;
import dk.samspil.shared.WholeNumber;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.validation.BindingResult;

/**
 * The council profile form, exactly as typed (numbers stay text, so that nothing typed is lost when
 * the form comes back with errors). Field names are the inputs' ids.
 */
public record ProfileForm(
    @Size(max = 1000, message = "{selfservice.profile.error.description-too-long}")
        String beskrivelse,
    @EmailAddress String email,
    @WebAddress String hjemmeside,
    @Size(max = 200) String moederytme,
    @WholeNumber(min = 1, max = 500, message = "{selfservice.profile.error.member-count}")
        String medlemstal,
    @WholeNumber(min = 1, max = 50, message = "{selfservice.profile.error.capacity}")
        String kapacitet,
    Participation deltagelse,
    List<Long> temaer,
    @Size(max = 10_000, message = "{selfservice.profile.error.page-text-too-long}")
        String sidetekst) {

  public ProfileForm {
    temaer = temaer == null ? List.of() : List.copyOf(temaer);
  }

  static ProfileForm of(Council council) {
    CouncilProfile profile = council.profile();
    return new ProfileForm(
        Forms.orEmpty(profile.description()),
        Forms.orEmpty(profile.publicEmail()),
        Forms.orEmpty(profile.website()),
        Forms.orEmpty(profile.meetingRhythm()),
        profile.memberCount() == null ? "" : profile.memberCount().toString(),
        profile.capacity() == null ? "" : profile.capacity().toString(),
        profile.participation(),
        profile.themeIds().stream().sorted().toList(),
        Forms.orEmpty(profile.pageText()));
  }

  /** Whether the theme is ticked. */
  public boolean hasTheme(long themeId) {
    return temaer.contains(themeId);
  }

  /** A theme that is not among those offered is listed with the form's other mistakes. */
  void check(BindingResult result, Collection<Theme> themes) {
    if (!temaer.stream()
        .allMatch(id -> themes.stream().anyMatch(theme -> theme.getId().equals(id)))) {
      Forms.reject(result, CouncilRefused.unknownThemes());
    }
  }

  /** The profile to save; only for a form without errors. */
  CouncilProfile toProfile() {
    return new CouncilProfile(
        beskrivelse,
        email,
        hjemmeside,
        moederytme,
        WholeNumber.Check.parse(medlemstal),
        WholeNumber.Check.parse(kapacitet),
        deltagelse,
        new LinkedHashSet<>(temaer),
        sidetekst);
  }
}
