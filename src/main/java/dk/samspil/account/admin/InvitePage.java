package dk.samspil.account.admin;

import dk.samspil.shared.FormErrors;

/**
 * The invitation form.
 *
 * @param existingAccountPath the page of the account the typed address already has, or null
 */
public record InvitePage(
    InviteForm form, FormErrors errors, RoleChoices choices, String existingAccountPath) {}
