package dk.samspil.involvement.web.staff;

import dk.samspil.shared.WebAddress;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;

/**
 * The outcome of a process as typed: the decision, its date, the committee, the minutes. Whether
 * the committee is one offered is checked by the controller.
 */
public record OutcomeForm(
    @NotBlank(message = "{staff.outcome.error.text}") String beslutning,
    @NotBlank(message = "{staff.outcome.error.date}") @InputDate String dato,
    String udvalg,
    @WebAddress(message = "{staff.form.error.url}") String referat) {

  static OutcomeForm empty() {
    return new OutcomeForm("", "", "", "");
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
