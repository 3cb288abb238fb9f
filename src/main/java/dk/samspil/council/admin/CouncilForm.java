package dk.samspil.council.admin;

import dk.samspil.area.Area;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilRefused;
import dk.samspil.council.CouncilRegistration;
import dk.samspil.council.CouncilStatus;
import dk.samspil.organisation.ContactPerson;
import dk.samspil.organisation.Slugs;
import dk.samspil.shared.EmailAddress;
import dk.samspil.shared.Forms;
import dk.samspil.shared.IsoDate;
import dk.samspil.shared.WebAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.Locale;
import org.springframework.validation.BindingResult;

/**
 * The council form as typed. Slug and first status are only set when the council is registered
 * (blank slug: from the name); the founding date stays text.
 */
public record CouncilForm(
    @NotBlank @Size(max = 200) String name,
    @Size(max = Slugs.MAX_LENGTH) String slug,
    @NotNull(groups = New.class, message = "{admin.council.status.required}") CouncilStatus status,
    @NotNull(message = "{admin.council.area.required}") Long areaId,
    @WebAddress String website,
    @EmailAddress String publicEmail,
    @Size(max = 5000) String description,
    @IsoDate String founded,
    Long contactPersonId) {

  /** The rules that apply only to a new council: it needs its first status. */
  interface New {}

  static CouncilForm empty() {
    return new CouncilForm("", "", CouncilStatus.UNDER_ETABLERING, null, "", "", "", "", null);
  }

  static CouncilForm of(Council council) {
    return new CouncilForm(
        council.getName(),
        council.getSlug(),
        council.getStatus(),
        council.getAreaId(),
        Forms.orEmpty(council.getWebsite()),
        Forms.orEmpty(council.getPublicEmail()),
        Forms.orEmpty(council.getDescription()),
        council.getFounded() == null ? "" : council.getFounded().toString(),
        council.getContactPersonId());
  }

  public boolean hasArea(Long id) {
    return id != null && id.equals(areaId);
  }

  public boolean hasContactPerson(Long id) {
    return id != null && id.equals(contactPersonId);
  }

  /**
   * The checks against what the page offered, listed with the form's other mistakes: a malformed
   * typed slug (when registering), and an area or contact person that is not on the lists.
   */
  void check(
      BindingResult result,
      boolean creating,
      Collection<Area> areas,
      Collection<ContactPerson> contactPersons) {
    if (creating) {
      Slugs.malformed(slug)
          .ifPresent(typed -> Forms.reject(result, CouncilRefused.slugInvalid(typed)));
    }
    if (areaId != null && areas.stream().noneMatch(area -> area.getId().equals(areaId))) {
      Forms.reject(result, CouncilRefused.unknownArea());
    }
    if (contactPersonId != null
        && contactPersons.stream().noneMatch(person -> person.getId().equals(contactPersonId))) {
      Forms.reject(result, CouncilRefused.unknownContactPerson());
    }
  }

  String effectiveSlug() {
    return Slugs.typedOrOf(slug, name);
  }

  CouncilRegistration toRegistration() {
    String email = Forms.clean(publicEmail);
    return new CouncilRegistration(
        name.strip(),
        areaId,
        Forms.clean(website),
        email == null ? null : email.toLowerCase(Locale.ROOT),
        Forms.clean(description),
        IsoDate.Check.parse(founded),
        contactPersonId);
  }
}
