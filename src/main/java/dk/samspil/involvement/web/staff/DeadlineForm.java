package dk.samspil.involvement.web.staff;

import jakarta.validation.constraints.NotBlank;

/** A new deadline for an open process, as typed. */
public record DeadlineForm(
    @NotBlank(message = "{staff.form.error.deadline.required}") @InputDate String frist) {}
