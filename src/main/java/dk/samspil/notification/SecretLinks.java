package dk.samspil.notification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links in a mail that let whoever holds them act as the recipient: a link with a {@code token}
 * query parameter (an invitation, a password reset, an address verification). Every module that
 * mails such a link puts its single-use token in a {@code token} parameter, and the outbox removes
 * these links from the text it keeps once the mail is sent, so that nobody can use them from "Sendt
 * post" or the database.
 */
final class SecretLinks {

  private static final Pattern SECRET_LINK =
      Pattern.compile("https?://[^\\s<>\"]*[?&]token=[^\\s<>\"]*", Pattern.CASE_INSENSITIVE);

  private SecretLinks() {}

  /** The text with each secret link replaced by {@code note}. */
  static String mask(String text, String note) {
    return text == null
        ? null
        : SECRET_LINK.matcher(text).replaceAll(Matcher.quoteReplacement(note));
  }
}
