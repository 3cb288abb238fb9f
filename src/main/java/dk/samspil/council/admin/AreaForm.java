package dk.samspil.council.admin;

import dk.samspil.area.AreaCharacter;
import dk.samspil.organisation.Slugs;
import dk.samspil.shared.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The area form as typed: name, slug (only when creating), character, contact person, parishes. */
public record AreaForm(
    String name, String slug, String character, String contactPersonId, List<String> parishes) {

  /** Slugs that are addresses of the administration itself. */
  static final Set<String> RESERVED_SLUGS = Set.of("ny", "import");

  static AreaForm empty() {
    return new AreaForm("", "", AreaCharacter.BY_OG_LAND.name(), "", List.of());
  }

  public String nameValue() {
    return FormText.orEmpty(name);
  }

  public String slugValue() {
    return FormText.orEmpty(slug);
  }

  public boolean hasCharacter(AreaCharacter value) {
    return value.name().equals(character);
  }

  public boolean hasContactPerson(Long id) {
    return id != null && id.toString().equals(contactPersonId);
  }

  public boolean hasParish(String code) {
    return parishes != null && parishes.contains(code);
  }

  /** The slug to use: as typed, or made from the name when left blank. */
  String effectiveSlug() {
    String typed = FormText.clean(slug);
    return typed != null ? typed.toLowerCase(java.util.Locale.ROOT) : Slugs.of(name);
  }

  AreaCharacter characterValue() {
    return AreaCharacter.valueOf(character);
  }

  Set<String> parishCodes() {
    return parishes == null ? Set.of() : new TreeSet<>(parishes);
  }

  List<FieldError> validate(boolean creating, Set<Long> contactPersonIds) {
    List<FieldError> errors = new ArrayList<>();
    FormText.required(errors, "name", name, 200);
    if (creating) {
      String effective = effectiveSlug();
      if (effective.isEmpty()) {
        errors.add(new FieldError("slug", "admin.field.required"));
      } else if (!Slugs.isValid(effective)) {
        errors.add(new FieldError("slug", "admin.slug.invalid", effective));
      } else if (RESERVED_SLUGS.contains(effective)) {
        errors.add(new FieldError("slug", "admin.slug.reserved", effective));
      }
    }
    if (character == null
        || java.util.Arrays.stream(AreaCharacter.values())
            .noneMatch(c -> c.name().equals(character))) {
      errors.add(new FieldError("character", "admin.area.character.required"));
    }
    Long contact = FormText.id(contactPersonId);
    if (contact != null && !contactPersonIds.contains(contact)) {
      errors.add(new FieldError("contactPersonId", "admin.field.unknown-choice"));
    }
    if (creating && parishCodes().isEmpty()) {
      errors.add(new FieldError("parishes", "geometry.no-parishes"));
    }
    return errors;
  }

  Long contactPersonValue() {
    return FormText.id(contactPersonId);
  }
}
