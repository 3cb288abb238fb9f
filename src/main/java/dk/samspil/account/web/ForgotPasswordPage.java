package dk.samspil.account.web;

import dk.samspil.shared.FormErrors;

/**
 * The "forgotten password" page: the form, or (after sending) the answer that is the same whether
 * or not the address has an account.
 */
public record ForgotPasswordPage(ForgotPasswordForm form, FormErrors errors, boolean sent) {}
