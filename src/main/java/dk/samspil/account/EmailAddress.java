package dk.samspil.account;

import java.util.regex.Pattern;

/** The check of typed e-mail addresses: one @, a dot in the domain, no spaces, at most 320. */
final class EmailAddress {

  private static final Pattern FORMAT = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

  private EmailAddress() {}

  static boolean isValid(String address) {
    return address != null
        && address.strip().length() <= 320
        && FORMAT.matcher(address.strip()).matches();
  }
}
