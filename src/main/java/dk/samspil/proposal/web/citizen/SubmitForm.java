package dk.samspil.proposal.web.citizen;

import dk.samspil.proposal.InitiativeNeed;
import dk.samspil.proposal.PlaceRouting;
import dk.samspil.proposal.ProposalKind;
import dk.samspil.shared.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.web.multipart.MultipartFile;

/**
 * The proposal form as the citizen filled it in, kept as typed: it goes from the form to the
 * preview and back in hidden fields, so nothing is lost. The photos are kept on the server under
 * {@code udkast}, as a browser cannot fill a file input again.
 *
 * @param art FORSLAG or INITIATIV
 * @param behov for an initiative, what the municipality is needed for
 * @param sted how the place is given: KORT, ADRESSE or OMRAADE
 * @param omraade the whole area's area ("hele lokalområdet")
 * @param valgtOmraade the area chosen when a typed place lies in several
 * @param visNavn whether the proposer's name may be shown publicly
 * @param udkast the key the photos are kept under between the steps
 * @param fjernBilleder kept photos to remove
 * @param startet the signed moment the form was shown (minimum fill time)
 * @param hjemmeside the honeypot: people leave it empty
 */
public record SubmitForm(
    String art,
    List<String> behov,
    @NotBlank(message = "{proposal.submit.error.title.required}")
        @Size(max = TITLE_MAX, message = "{proposal.submit.error.too-long}")
        String titel,
    @NotBlank(message = "{proposal.submit.error.description.required}")
        @Size(max = DESCRIPTION_MAX, message = "{proposal.submit.error.too-long}")
        String beskrivelse,
    String sted,
    String lat,
    String lon,
    @Size(max = PLACE_MAX, message = "{proposal.submit.error.too-long}") String adresse,
    String omraade,
    String valgtOmraade,
    List<String> temaer,
    @Size(max = NAME_MAX, message = "{proposal.submit.error.too-long}") String navn,
    @EmailAddress @Size(max = EmailAddress.Check.MAX_LENGTH, message = "{form.error.email}")
        String email,
    Boolean visNavn,
    String udkast,
    List<String> fjernBilleder,
    String startet,
    String hjemmeside,
    List<MultipartFile> billeder) {

  public static final int TITLE_MAX = 200;
  public static final int DESCRIPTION_MAX = 10_000;
  public static final int PLACE_MAX = 200;
  public static final int NAME_MAX = 200;

  /** An empty form, begun at {@code startet}. */
  static SubmitForm empty(String startet, String name, String email, String areaId) {
    return new SubmitForm(
        null,
        List.of(),
        "",
        "",
        areaId == null ? null : PlaceRouting.Way.OMRAADE.name(),
        null,
        null,
        "",
        areaId,
        null,
        List.of(),
        name,
        email,
        false,
        null,
        List.of(),
        startet,
        null,
        List.of());
  }

  /** The same form with the photos kept under another key. */
  SubmitForm withDraft(String draftKey) {
    return new SubmitForm(
        art,
        behov,
        titel,
        beskrivelse,
        sted,
        lat,
        lon,
        adresse,
        omraade,
        valgtOmraade,
        temaer,
        navn,
        email,
        visNavn,
        draftKey,
        List.of(),
        startet,
        hjemmeside,
        List.of());
  }

  public ProposalKind kind() {
    try {
      return art == null ? null : ProposalKind.valueOf(art);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  public boolean isKind(ProposalKind kind) {
    return kind == kind();
  }

  public Set<InitiativeNeed> needs() {
    Set<InitiativeNeed> needs = EnumSet.noneOf(InitiativeNeed.class);
    for (String need : orEmpty(behov)) {
      for (InitiativeNeed known : InitiativeNeed.values()) {
        if (known.name().equals(need)) {
          needs.add(known);
        }
      }
    }
    return needs;
  }

  public boolean hasNeed(InitiativeNeed need) {
    return needs().contains(need);
  }

  public PlaceRouting.Way way() {
    for (PlaceRouting.Way way : PlaceRouting.Way.values()) {
      if (way.name().equals(sted)) {
        return way;
      }
    }
    return null;
  }

  public boolean isWay(PlaceRouting.Way way) {
    return way == way();
  }

  public PlaceRouting.Place place() {
    Long chosen = way() == PlaceRouting.Way.ADRESSE ? id(valgtOmraade) : areaId();
    return new PlaceRouting.Place(way(), number(lat), number(lon), adresse, chosen);
  }

  public boolean isChosenArea(Long id) {
    return id != null && id.equals(id(valgtOmraade));
  }

  public Long areaId() {
    return id(omraade);
  }

  public boolean isArea(Long id) {
    return id != null && id.equals(areaId());
  }

  public Set<Long> themeIds() {
    Set<Long> ids = new LinkedHashSet<>();
    for (String theme : orEmpty(temaer)) {
      Long id = id(theme);
      if (id != null) {
        ids.add(id);
      }
    }
    return ids;
  }

  public boolean hasTheme(Long id) {
    return themeIds().contains(id);
  }

  public boolean showName() {
    return Boolean.TRUE.equals(visNavn);
  }

  public List<Long> removedPhotos() {
    List<Long> ids = new ArrayList<>();
    for (String photo : orEmpty(fjernBilleder)) {
      Long id = id(photo);
      if (id != null) {
        ids.add(id);
      }
    }
    return ids;
  }

  public boolean honeypotFilled() {
    return hjemmeside != null && !hjemmeside.isEmpty();
  }

  public List<MultipartFile> files() {
    return orEmpty(billeder).stream().filter(file -> file != null && !file.isEmpty()).toList();
  }

  public String text(String value) {
    return value == null ? "" : value;
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static Long id(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Double number(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      double number = Double.parseDouble(value.strip());
      return Double.isFinite(number) ? number : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
