package dk.samspil.organisation.admin;

import dk.samspil.shared.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The committee form as typed: name and period (the end may be open). */
public record CommitteeForm(String name, String validFrom, String validTo) {

  static CommitteeForm empty() {
    return new CommitteeForm("", "", "");
  }

  public String nameValue() {
    return Fields.orEmpty(name);
  }

  public String validFromValue() {
    return Fields.orEmpty(validFrom);
  }

  public String validToValue() {
    return Fields.orEmpty(validTo);
  }

  List<FieldError> validate() {
    List<FieldError> errors = new ArrayList<>();
    Fields.required(errors, "name", name, 200);
    LocalDate from = null;
    if (Fields.clean(validFrom) == null) {
      errors.add(new FieldError("validFrom", "admin.field.required"));
    } else {
      try {
        from = Fields.date(validFrom);
      } catch (DateTimeParseException e) {
        errors.add(new FieldError("validFrom", "admin.field.date"));
      }
    }
    try {
      LocalDate to = Fields.date(validTo);
      if (from != null && to != null && to.isBefore(from)) {
        errors.add(new FieldError("validTo", "admin.committee.valid-to.before"));
      }
    } catch (DateTimeParseException e) {
      errors.add(new FieldError("validTo", "admin.field.date"));
    }
    return errors;
  }

  LocalDate from() {
    return Fields.date(validFrom);
  }

  LocalDate to() {
    return Fields.date(validTo);
  }
}
