package dk.samspil.involvement.web.staff;

import dk.samspil.shared.FieldError;
import dk.samspil.shared.WebAddress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The outcome of a process as typed: the decision, its date, the committee, the minutes. */
public record OutcomeForm(String beslutning, String dato, String udvalg, String referat) {

  static OutcomeForm empty() {
    return new OutcomeForm("", "", "", "");
  }

  List<FieldError> validate(List<Option> committees) {
    List<FieldError> errors = new ArrayList<>();
    if (InputDates.isBlank(beslutning)) {
      errors.add(new FieldError("beslutning", "staff.outcome.error.text"));
    }
    if (InputDates.isBlank(dato)) {
      errors.add(new FieldError("dato", "staff.outcome.error.date"));
    } else if (InputDates.parse(dato) == null) {
      errors.add(new FieldError("dato", "staff.form.error.date"));
    }
    if (!InputDates.isBlank(udvalg) && !Option.contains(committees, udvalg)) {
      errors.add(new FieldError("resultat-udvalg", "staff.form.error.choice"));
    }
    if (!InputDates.isBlank(referat) && !WebAddress.Check.isValid(referat)) {
      errors.add(new FieldError("referat", "staff.form.error.url"));
    }
    return errors;
  }

  LocalDate date() {
    return InputDates.parse(dato);
  }

  Long committeeId() {
    return InputDates.isBlank(udvalg) ? null : Long.valueOf(udvalg);
  }

  String minutesUrl() {
    return InputDates.isBlank(referat) ? null : referat.strip();
  }
}
