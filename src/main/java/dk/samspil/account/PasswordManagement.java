package dk.samspil.account;

import dk.samspil.shared.AuditEvent;
import dk.samspil.shared.SecretTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passwords and the links mailed to set them: the reset link, accepting an account invitation by
 * choosing a password, and changing one's password. Links are single-use and only their SHA-256
 * hash is stored. A new password signs the person out on their other devices.
 */
@Service
@Transactional(readOnly = true)
public class PasswordManagement {

  /** More reset mails than this per account and hour are not sent (the answer stays the same). */
  public static final int MAX_RESET_MAILS_PER_HOUR = 3;

  private static final Logger log = LoggerFactory.getLogger(PasswordManagement.class);

  private final Accounts accounts;
  private final AccountTokens tokens;
  private final AccountInvitations invitations;
  private final AccountMails mails;
  private final PasswordEncoder passwords;
  private final SignedInSessions sessions;
  private final ApplicationEventPublisher events;

  PasswordManagement(
      Accounts accounts,
      AccountTokens tokens,
      AccountInvitations invitations,
      AccountMails mails,
      PasswordEncoder passwords,
      SignedInSessions sessions,
      ApplicationEventPublisher events) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.invitations = invitations;
    this.mails = mails;
    this.passwords = passwords;
    this.sessions = sessions;
    this.events = events;
  }

  /** What a link leads to, and the account it belongs to if it can be used. */
  public record Link(TokenState state, Account account) {

    static Link of(TokenState state) {
      return new Link(state, null);
    }

    public boolean isValid() {
      return state == TokenState.VALID;
    }

    /** The address of the account the link is for, only while the link can be used. */
    public String email() {
      return isValid() ? account.getEmail() : null;
    }
  }

  /**
   * Mails a single-use link to choose a new password, if the address has an active account. The
   * caller learns nothing about whether it has: the answer to the person must be the same.
   */
  @Transactional
  public void requestReset(String email, Locale locale) {
    Optional<Account> account =
        accounts.findByEmail(Account.normalise(email)).filter(Account::canSignIn);
    if (account.isEmpty()) {
      return;
    }
    Instant now = Instant.now();
    long recent =
        tokens.countByAccountIdAndPurposeAndCreatedAtAfter(
            account.get().getId(), TokenPurpose.PASSWORD_RESET, now.minus(Duration.ofHours(1)));
    if (recent >= MAX_RESET_MAILS_PER_HOUR) {
      log.info("Not sending another reset mail to account {} this hour", account.get().getId());
      return;
    }
    AccountToken.Issued issued =
        AccountToken.issue(account.get().getId(), TokenPurpose.PASSWORD_RESET, now);
    tokens.save(issued.stored());
    mails.passwordReset(account.get(), issued.secret(), locale);
  }

  /** Whether the link can be used; for showing the form or a clear message. */
  public Link check(String token, TokenPurpose purpose) {
    if (!wellFormed(token)) {
      return Link.of(TokenState.UNKNOWN);
    }
    return check(tokens.findByTokenHashAndPurpose(SecretTokens.hash(token), purpose));
  }

  private Link check(Optional<AccountToken> found) {
    if (found.isEmpty()) {
      return Link.of(TokenState.UNKNOWN);
    }
    AccountToken token = found.get();
    if (token.getUsedAt() != null) {
      return Link.of(TokenState.USED);
    }
    Account account = accounts.byId(token.getAccountId());
    if (!token.getPurpose().isUsableBy(account)) {
      // an invitation to an account that is active now was used, in effect
      return Link.of(account.canSignIn() ? TokenState.USED : TokenState.UNKNOWN);
    }
    if (!token.isUsable(Instant.now())) {
      return Link.of(TokenState.EXPIRED);
    }
    return new Link(TokenState.VALID, account);
  }

  /**
   * Sets a new password through a reset link, spends the link and every other open reset link of
   * the account, and signs the person out everywhere.
   *
   * @return the link as it was; nothing changes unless it was valid
   */
  @Transactional
  public Link resetPassword(String token, String newPassword, Locale locale) {
    requireValid(newPassword);
    Optional<AccountToken> found = lock(token, TokenPurpose.PASSWORD_RESET);
    Link link = check(found);
    if (!link.isValid()) {
      return link;
    }
    Instant now = Instant.now();
    Account account = link.account();
    refuseEmailAsPassword(newPassword, account);
    found.get().use(now);
    tokens.spendAll(account.getId(), TokenPurpose.PASSWORD_RESET, now);
    account.changePassword(passwords.encode(newPassword));
    events.publishEvent(
        AuditEvent.updated(
            "account",
            account.getId(),
            account.getEmail(),
            Map.of(),
            Map.of("password", "reset by e-mail")));
    mails.passwordChanged(account, locale);
    // whoever may have been signed in with the old password is signed out everywhere
    sessions.endAll(account.getEmail(), null);
    return link;
  }

  /**
   * Accepts an account invitation: the account becomes active with the chosen name and password,
   * and the link (and any other open invitation link of the account) is spent.
   *
   * @return the link as it was; nothing changes unless it was valid
   */
  @Transactional
  public Link acceptInvitation(String token, String name, String password) {
    requireValid(password);
    Optional<AccountToken> found = lock(token, TokenPurpose.INVITATION);
    Link link = check(found);
    if (!link.isValid()) {
      return link;
    }
    Account account = link.account();
    refuseEmailAsPassword(password, account);
    Map<String, Object> before = account.auditSnapshot();
    found.get().use(Instant.now());
    invitations.withdraw(account);
    account.acceptInvitation(name.strip(), passwords.encode(password));
    events.publishEvent(account.audited("activated", before));
    return link;
  }

  /**
   * Changes the password of a signed-in person who knows the current one; open reset links are
   * spent, and the person is signed out on their other devices.
   *
   * @param currentSessionId the session the password is changed in, which stays signed in
   * @throws AccountChangeRefused if the current password is wrong (nothing changes)
   */
  @Transactional
  public void changePassword(
      long accountId,
      String currentPassword,
      String newPassword,
      Locale locale,
      String currentSessionId) {
    requireValid(newPassword);
    Account account = accounts.byId(accountId);
    if (!account.hasPassword()
        || currentPassword == null
        || !passwords.matches(currentPassword, account.getPasswordHash())) {
      throw AccountChangeRefused.wrongCurrentPassword();
    }
    refuseEmailAsPassword(newPassword, account);
    account.changePassword(passwords.encode(newPassword));
    tokens.spendAll(account.getId(), TokenPurpose.PASSWORD_RESET, Instant.now());
    events.publishEvent(
        AuditEvent.updated(
            "account",
            account.getId(),
            account.getEmail(),
            Map.of(),
            Map.of("password", "changed")));
    mails.passwordChanged(account, locale);
    sessions.endAll(account.getEmail(), currentSessionId);
  }

  private Optional<AccountToken> lock(String token, TokenPurpose purpose) {
    if (!wellFormed(token)) {
      return Optional.empty();
    }
    return tokens.lockByTokenHashAndPurpose(SecretTokens.hash(token), purpose);
  }

  private static boolean wellFormed(String token) {
    return token != null && !token.isBlank() && token.length() <= 100;
  }

  private static void refuseEmailAsPassword(String password, Account account) {
    if (NewPassword.Check.sameAsEmail(password, account.getEmail())
        || NewPassword.Check.sameAsEmail(password, account.getNotificationEmail())) {
      throw AccountChangeRefused.passwordIsEmail();
    }
  }

  /** The forms check the password ({@link NewPassword}); this only guards the service. */
  private static void requireValid(String password) {
    if (!NewPassword.Check.isValid(password)) {
      throw new IllegalArgumentException("Not an acceptable password");
    }
  }
}
