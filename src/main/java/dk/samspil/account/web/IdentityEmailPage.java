package dk.samspil.account.web;

import dk.samspil.shared.FormErrors;

/**
 * The page that asks a person signed in without an e-mail for an address, or (after sending) says
 * where the link went: {@code sentTo} is null until then. {@code waiting} is false when no sign-in
 * in this session waits for an address, and the page only says to sign in.
 */
public record IdentityEmailPage(
    IdentityEmailForm form, FormErrors errors, String sentTo, boolean waiting) {}
