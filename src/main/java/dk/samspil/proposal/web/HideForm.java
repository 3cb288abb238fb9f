package dk.samspil.proposal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a proposal is hidden from the public. */
public record HideForm(
    @NotBlank(message = "{proposal.hide.reason}")
        @Size(max = 1000, message = "{proposal.public.hide.reason.long}")
        String begrundelse) {}
