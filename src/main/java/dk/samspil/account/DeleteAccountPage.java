package dk.samspil.account;

import dk.samspil.shared.FieldError;
import java.util.List;

/**
 * What deleting one's account means, and the confirmation form.
 *
 * @param typed what the person typed as confirmation
 * @param lastAdministrator whether they are the only administrator, who cannot delete their account
 */
public record DeleteAccountPage(
    String email, String typed, boolean lastAdministrator, List<FieldError> errors) {}
