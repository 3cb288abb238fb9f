package dk.samspil.account;

import dk.samspil.shared.AuditEvent;
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
 * Passwords: the e-mailed reset link, accepting an invitation by choosing a password, and changing
 * one's password. Links are single-use and only their SHA-256 hash is stored.
 */
@Service
@Transactional(readOnly = true)
class PasswordManagement {

  /** More reset mails than this per account and hour are not sent (the answer stays the same). */
  static final int MAX_RESET_MAILS_PER_HOUR = 3;

  private static final Logger log = LoggerFactory.getLogger(PasswordManagement.class);

  private final Accounts accounts;
  private final AccountTokens tokens;
  private final AccountMails mails;
  private final PasswordEncoder passwords;
  private final ApplicationEventPublisher events;

  PasswordManagement(
      Accounts accounts,
      AccountTokens tokens,
      AccountMails mails,
      PasswordEncoder passwords,
      ApplicationEventPublisher events) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.mails = mails;
    this.passwords = passwords;
    this.events = events;
  }

  /** What a link leads to, and the account it belongs to if it can be used. */
  record Link(TokenState state, Account account) {

    static Link of(TokenState state) {
      return new Link(state, null);
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
    if (token == null || token.isBlank() || token.length() > 100) {
      return Link.of(TokenState.UNKNOWN);
    }
    return check(tokens.findByTokenHashAndPurpose(AccountToken.hash(token), purpose));
  }

  private Link check(Optional<AccountToken> found) {
    if (found.isEmpty()) {
      return Link.of(TokenState.UNKNOWN);
    }
    AccountToken token = found.get();
    Account account = accounts.findById(token.getAccountId()).orElse(null);
    AccountStatus usableBy =
        token.getPurpose() == TokenPurpose.INVITATION
            ? AccountStatus.INVITED
            : AccountStatus.ACTIVE;
    if (token.getUsedAt() != null) {
      return Link.of(TokenState.USED);
    }
    if (account == null || account.getStatus() != usableBy) {
      return Link.of(
          account != null && account.getStatus() == AccountStatus.ACTIVE
              ? TokenState.USED
              : TokenState.UNKNOWN);
    }
    if (!token.isUsable(Instant.now())) {
      return Link.of(TokenState.EXPIRED);
    }
    return new Link(TokenState.VALID, account);
  }

  /**
   * Sets a new password through a reset link, and spends the link and every other open reset link
   * of the account.
   */
  @Transactional
  public Link resetPassword(String token, String newPassword, Locale locale) {
    requireLength(newPassword);
    Optional<AccountToken> found = lock(token, TokenPurpose.PASSWORD_RESET);
    Link link = check(found);
    if (link.state() != TokenState.VALID) {
      return link;
    }
    Instant now = Instant.now();
    Account account = link.account();
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
    return link;
  }

  /**
   * Accepts an invitation: the account becomes active with the chosen name and password, and the
   * link (and any other open invitation link of the account) is spent.
   */
  @Transactional
  public Link acceptInvitation(String token, String name, String password) {
    requireLength(password);
    Optional<AccountToken> found = lock(token, TokenPurpose.INVITATION);
    Link link = check(found);
    if (link.state() != TokenState.VALID) {
      return link;
    }
    Instant now = Instant.now();
    Account account = link.account();
    Map<String, Object> before = AccountManagement.snapshot(account);
    found.get().use(now);
    tokens.spendAll(account.getId(), TokenPurpose.INVITATION, now);
    account.setName(name.strip());
    account.activate(passwords.encode(password));
    events.publishEvent(
        AuditEvent.of(
            "activated",
            "account",
            account.getId(),
            account.getEmail(),
            before,
            AccountManagement.snapshot(account)));
    return link;
  }

  /**
   * Changes the password of a signed-in person who knows the current one; open reset links are
   * spent.
   *
   * @return false if the current password is wrong (nothing changes)
   */
  @Transactional
  public boolean changePassword(
      long accountId, String currentPassword, String newPassword, Locale locale) {
    requireLength(newPassword);
    Account account = accounts.findById(accountId).filter(Account::canSignIn).orElse(null);
    if (account == null
        || !account.hasPassword()
        || currentPassword == null
        || !passwords.matches(currentPassword, account.getPasswordHash())) {
      return false;
    }
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
    return true;
  }

  private Optional<AccountToken> lock(String token, TokenPurpose purpose) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return tokens.lockByTokenHashAndPurpose(AccountToken.hash(token), purpose);
  }

  /** Whether a password has the minimum length, counted in characters (not UTF-16 units). */
  static boolean longEnough(String password) {
    return password != null
        && password.codePointCount(0, password.length()) >= AccountManagement.MIN_PASSWORD_LENGTH;
  }

  private static void requireLength(String password) {
    if (!longEnough(password)) {
      throw new IllegalArgumentException("Password too short");
    }
  }
}
