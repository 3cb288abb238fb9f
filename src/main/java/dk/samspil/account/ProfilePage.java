package dk.samspil.account;

import dk.samspil.shared.FieldError;
import java.util.List;

/**
 * The person's own profile.
 *
 * @param roles the message keys of their roles
 * @param roleDescriptions what other modules say they are, e.g. their council seats
 * @param notice what was just done ("gemt", "adgangskode"), or null
 */
public record ProfilePage(
    String email,
    String name,
    String phone,
    String notificationEmail,
    List<String> roles,
    List<String> roleDescriptions,
    List<FieldError> errors,
    String notice) {}
