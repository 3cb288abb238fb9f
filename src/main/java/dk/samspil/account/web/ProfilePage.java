package dk.samspil.account.web;

import dk.samspil.shared.FormErrors;
import java.util.List;

/**
 * The person's own profile.
 *
 * @param roles the message keys of their roles
 * @param roleDescriptions what other modules say they are, e.g. their council seats
 */
public record ProfilePage(
    String email,
    ProfileForm form,
    FormErrors errors,
    List<String> roles,
    List<String> roleDescriptions) {}
