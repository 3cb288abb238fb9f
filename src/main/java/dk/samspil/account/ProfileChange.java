package dk.samspil.account;

/**
 * What a person may change about themselves on their profile page; blank details are null.
 *
 * @param notificationEmail where notifications go instead of the login address, or null
 */
public record ProfileChange(String name, String phone, String notificationEmail) {}
