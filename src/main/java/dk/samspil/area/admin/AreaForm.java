package dk.samspil.area.admin;

import dk.samspil.area.Area;
import dk.samspil.area.AreaCharacter;
import dk.samspil.area.AreaDetails;
import dk.samspil.area.AreaDraft;
import dk.samspil.area.AreaRefused;
import dk.samspil.organisation.ContactPerson;
import dk.samspil.organisation.Slugs;
import dk.samspil.shared.Forms;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.validation.BindingResult;

/**
 * The area form as typed: name, slug (only when creating; blank: from the name), character, contact
 * person, and the parishes of a new area.
 */
public record AreaForm(
    @NotBlank @Size(max = 200) String name,
    @Size(max = Slugs.MAX_LENGTH) String slug,
    @NotNull(message = "{admin.area.character.required}") AreaCharacter character,
    Long contactPersonId,
    @NotEmpty(groups = New.class, message = "{geometry.no-parishes}") List<String> parishes) {

  /** The rules that apply only to a new area: it needs parishes. */
  interface New {}

  public AreaForm {
    parishes = parishes == null ? List.of() : List.copyOf(parishes);
  }

  static AreaForm empty() {
    return new AreaForm("", "", AreaCharacter.BY_OG_LAND, null, List.of());
  }

  static AreaForm of(Area area) {
    return new AreaForm(
        area.getName(),
        area.getSlug(),
        area.getCharacter(),
        area.getContactPersonId(),
        List.copyOf(area.getParishCodes()));
  }

  public boolean hasContactPerson(Long id) {
    return id != null && id.equals(contactPersonId);
  }

  /**
   * The checks against what the page offered, listed with the form's other mistakes: a malformed
   * typed slug (when creating) and a contact person that is not on the list.
   */
  void check(BindingResult result, boolean creating, Collection<ContactPerson> contactPersons) {
    if (creating) {
      Slugs.malformed(slug)
          .ifPresent(typed -> Forms.reject(result, AreaRefused.slugInvalid(typed)));
    }
    if (contactPersonId != null
        && contactPersons.stream().noneMatch(person -> person.getId().equals(contactPersonId))) {
      Forms.reject(result, AreaRefused.unknownContactPerson());
    }
  }

  AreaDraft toDraft() {
    return new AreaDraft(
        Slugs.typedOrOf(slug, name), name.strip(), character, contactPersonId, parishCodes());
  }

  AreaDetails toDetails() {
    return new AreaDetails(name.strip(), character, contactPersonId);
  }

  private Set<String> parishCodes() {
    return new TreeSet<>(parishes);
  }
}
