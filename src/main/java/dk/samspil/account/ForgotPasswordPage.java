package dk.samspil.account;

import dk.samspil.shared.FieldError;
import java.util.List;

/**
 * The "forgotten password" page: the form, or (after sending) the confirmation that is the same
 * whether or not the address has an account.
 */
public record ForgotPasswordPage(String email, List<FieldError> errors, boolean sent) {}
