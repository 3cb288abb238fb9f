package dk.samspil.account.web;

import dk.samspil.shared.FormErrors;

/**
 * The page that asks a person signed in without an e-mail for an address, or (after sending) says
 * where the link went: {@code sentTo} is null until then.
 */
public record IdentityEmailPage(IdentityEmailForm form, FormErrors errors, String sentTo) {}
