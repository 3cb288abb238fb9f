package dk.samspil.account.web;

import dk.samspil.shared.FormErrors;

/**
 * What deleting one's account means, and the confirmation form.
 *
 * @param email the address the person must type to confirm
 * @param lastAdministrator whether they are the only administrator, who cannot delete their account
 */
public record DeleteAccountPage(
    String email, boolean lastAdministrator, DeleteAccountForm form, FormErrors errors) {}
