package dk.samspil.council.admin;

import dk.samspil.council.CouncilRegistration;
import dk.samspil.council.CouncilStatus;
import dk.samspil.organisation.Slugs;
import dk.samspil.shared.FieldError;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The council form as typed. Slug and first status are only set when the council is created. */
public record CouncilForm(
    String name,
    String slug,
    String status,
    String areaId,
    String website,
    String publicEmail,
    String description,
    String founded,
    String contactPersonId) {

  /** The statuses a new council may start in. */
  static final List<CouncilStatus> FIRST_STATUSES =
      List.of(CouncilStatus.UNDER_ETABLERING, CouncilStatus.AKTIV);

  static CouncilForm empty() {
    return new CouncilForm("", "", CouncilStatus.UNDER_ETABLERING.name(), "", "", "", "", "", "");
  }

  public String value(String field) {
    return FormText.orEmpty(
        switch (field) {
          case "name" -> name;
          case "slug" -> slug;
          case "website" -> website;
          case "publicEmail" -> publicEmail;
          case "description" -> description;
          case "founded" -> founded;
          default -> throw new IllegalArgumentException(field);
        });
  }

  public boolean hasStatus(CouncilStatus value) {
    return value.name().equals(status);
  }

  public boolean hasArea(Long id) {
    return id != null && id.toString().equals(areaId);
  }

  public boolean hasContactPerson(Long id) {
    return id != null && id.toString().equals(contactPersonId);
  }

  String effectiveSlug() {
    String typed = FormText.clean(slug);
    return typed != null ? typed.toLowerCase(Locale.ROOT) : Slugs.of(name);
  }

  CouncilStatus statusValue() {
    return CouncilStatus.valueOf(status);
  }

  List<FieldError> validate(boolean creating, Set<Long> areaIds, Set<Long> contactPersonIds) {
    List<FieldError> errors = new ArrayList<>();
    FormText.required(errors, "name", name, 200);
    if (creating) {
      String effective = effectiveSlug();
      if (effective.isEmpty()) {
        errors.add(new FieldError("slug", "admin.field.required"));
      } else if (!Slugs.isValid(effective)) {
        errors.add(new FieldError("slug", "admin.slug.invalid", effective));
      } else if ("ny".equals(effective)) {
        errors.add(new FieldError("slug", "admin.slug.reserved", effective));
      }
      if (FIRST_STATUSES.stream().noneMatch(s -> s.name().equals(status))) {
        errors.add(new FieldError("status", "admin.council.status.required"));
      }
    }
    Long area = FormText.id(areaId);
    if (area == null) {
      errors.add(new FieldError("areaId", "admin.council.area.required"));
    } else if (!areaIds.contains(area)) {
      errors.add(new FieldError("areaId", "admin.field.unknown-choice"));
    }
    String site = FormText.clean(website);
    if (site != null && (site.length() > 500 || !FormText.isWebAddress(site))) {
      errors.add(new FieldError("website", "admin.field.web-address"));
    }
    String email = FormText.clean(publicEmail);
    if (email != null && !FormText.isEmail(email)) {
      errors.add(new FieldError("publicEmail", "admin.field.email"));
    }
    FormText.maxLength(errors, "description", description, 5000);
    try {
      FormText.date(founded);
    } catch (DateTimeParseException e) {
      errors.add(new FieldError("founded", "admin.field.date"));
    }
    Long contact = FormText.id(contactPersonId);
    if (contact != null && !contactPersonIds.contains(contact)) {
      errors.add(new FieldError("contactPersonId", "admin.field.unknown-choice"));
    }
    return errors;
  }

  CouncilRegistration toRegistration() {
    return new CouncilRegistration(
        name.strip(),
        FormText.id(areaId),
        FormText.clean(website),
        FormText.clean(publicEmail) == null ? null : publicEmail.strip().toLowerCase(Locale.ROOT),
        FormText.clean(description),
        FormText.date(founded),
        FormText.id(contactPersonId));
  }
}
