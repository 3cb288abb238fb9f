package dk.samspil.account;

import dk.samspil.notification.Outbox;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The account module's e-mails, the one place that writes them: the account invitation, access
 * given to someone who has an account, the password reset link and the notice that a password was
 * changed. Written in the recipient's language and queued in the outbox, in the caller's
 * transaction.
 */
@Component
class AccountMails {

  static final Locale DANISH = Locale.forLanguageTag("da");

  private final Outbox outbox;
  private final MessageSource messages;
  private final String baseUrl;

  AccountMails(
      Outbox outbox, MessageSource messages, @Value("${samspil.base-url}") String baseUrl) {
    this.outbox = outbox;
    this.messages = messages;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /**
   * The account invitation with its single-use link; in Danish, as the invitee's language is
   * unknown.
   */
  void invitation(Account account, String token, String context) {
    outbox.enqueue(
        account.getEmail(),
        text("mail.invitation.subject", DANISH, context),
        text(
            "mail.invitation.body",
            DANISH,
            context,
            link("/invitation", token),
            TokenPurpose.INVITATION.lifetime().toDays()));
  }

  /** Tells someone who already has an account that they have been given access to more. */
  void added(Account account, String context) {
    outbox.enqueue(
        account.mailAddress(),
        text("mail.added.subject", DANISH, context),
        text("mail.added.body", DANISH, context, baseUrl + "/login"));
  }

  /** The link to choose a new password, in the language the person asked in. */
  void passwordReset(Account account, String token, Locale locale) {
    outbox.enqueue(
        account.getEmail(),
        text("mail.reset.subject", locale),
        text(
            "mail.reset.body",
            locale,
            link("/nulstil-adgangskode", token),
            TokenPurpose.PASSWORD_RESET.lifetime().toMinutes(),
            baseUrl + "/glemt-adgangskode"));
  }

  /** Confirms to the person that their password was changed, in case it was not them. */
  void passwordChanged(Account account, Locale locale) {
    outbox.enqueue(
        account.getEmail(),
        text("mail.password-changed.subject", locale),
        text("mail.password-changed.body", locale, baseUrl + "/glemt-adgangskode"));
  }

  /**
   * The link that proves the address a person signed in without an e-mail chose; in Danish. Queued
   * once per key, as it is sent from an event listener.
   *
   * @return whether the mail was queued now (false: it was queued before)
   */
  boolean identityVerification(String key, String email, String token) {
    return outbox.enqueueOnce(
        key,
        email,
        text("mail.identity-email.subject", DANISH),
        text(
            "mail.identity-email.body",
            DANISH,
            link("/login/e-mail/bekraeft", token),
            IdentityVerification.LIFETIME.toHours()));
  }

  private String link(String path, String token) {
    return baseUrl + path + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
