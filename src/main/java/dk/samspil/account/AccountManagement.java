package dk.samspil.account;

import dk.samspil.notification.Outbox;
import dk.samspil.shared.AuditEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The account module's API. */
@Service
@Transactional(readOnly = true)
public class AccountManagement {

  /** The shortest password accepted; no composition rules (NIST SP 800-63B). */
  public static final int MIN_PASSWORD_LENGTH = 10;

  private final Accounts accounts;
  private final PasswordEncoder passwords;
  private final ApplicationEventPublisher events;
  private final AccountTokens tokens;
  private final Outbox outbox;
  private final MessageSource messages;
  private final String baseUrl;

  AccountManagement(
      Accounts accounts,
      PasswordEncoder passwords,
      ApplicationEventPublisher events,
      AccountTokens tokens,
      Outbox outbox,
      MessageSource messages,
      @Value("${samspil.base-url}") String baseUrl) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.events = events;
    this.tokens = tokens;
    this.outbox = outbox;
    this.messages = messages;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  public Optional<Account> account(long id) {
    return accounts.findById(id);
  }

  public Optional<Account> accountByEmail(String email) {
    return accounts.findByEmail(Account.normalise(email));
  }

  public java.util.Map<Long, Account> accountsById(java.util.Collection<Long> ids) {
    return accounts.findAllById(ids).stream()
        .collect(java.util.stream.Collectors.toMap(Account::getId, a -> a));
  }

  /**
   * An active account with this e-mail and password, created if missing; an existing account is
   * left as it is. For demonstration data and the first administrator.
   */
  @Transactional
  public Account ensureActiveAccount(String email, String name, String rawPassword) {
    return accountByEmail(email)
        .orElseGet(
            () -> {
              Account account = new Account(email, name, AccountStatus.INVITED);
              account.activate(passwords.encode(rawPassword));
              Account saved = accounts.save(account);
              events.publishEvent(
                  AuditEvent.created("account", saved.getId(), saved.getEmail(), snapshot(saved)));
              return saved;
            });
  }

  /** Gives or takes the municipal roles of an account, and records the change. */
  @Transactional
  public Account setMunicipalRoles(
      long accountId, boolean administrator, Long departmentId, Long contactPersonId) {
    Account account = accounts.findById(accountId).orElseThrow();
    Map<String, Object> before = snapshot(account);
    account.setAdministrator(administrator);
    account.setDepartmentId(departmentId);
    account.setContactPersonId(contactPersonId);
    events.publishEvent(
        AuditEvent.of(
            "roles-changed", "account", accountId, account.getEmail(), before, snapshot(account)));
    return account;
  }

  /** Whether any active administrator exists. */
  public boolean hasActiveAdministrator() {
    return accounts.existsByAdministratorTrueAndStatus(AccountStatus.ACTIVE);
  }

  /**
   * Invites a person by e-mail to {@code context} (e.g. a council's name): creates an INVITED
   * account if the address has none and mails a single-use link to {@code /invitation}; a person
   * who already has an active account is told by mail that they have been given access.
   */
  @Transactional
  public Account invite(String email, String name, String context) {
    Account account =
        accountByEmail(email)
            .orElseGet(
                () -> {
                  Account created =
                      accounts.save(
                          new Account(
                              email,
                              name == null || name.isBlank() ? null : name.strip(),
                              AccountStatus.INVITED));
                  events.publishEvent(
                      AuditEvent.of(
                          "invited",
                          "account",
                          created.getId(),
                          created.getEmail(),
                          Map.of(),
                          snapshot(created)));
                  return created;
                });
    Locale danish = Locale.forLanguageTag("da");
    if (account.getStatus() == AccountStatus.INVITED) {
      AccountToken.Issued issued =
          AccountToken.issue(account.getId(), TokenPurpose.INVITATION, Instant.now());
      tokens.save(issued.stored());
      outbox.enqueue(
          account.getEmail(),
          messages.getMessage("mail.invitation.subject", new Object[] {context}, danish),
          messages.getMessage(
              "mail.invitation.body",
              new Object[] {
                context,
                baseUrl + "/invitation?token=" + issued.secret(),
                TokenPurpose.INVITATION.lifetime().toDays()
              },
              danish));
    } else if (account.getStatus() == AccountStatus.ACTIVE) {
      outbox.enqueue(
          account.mailAddress(),
          messages.getMessage("mail.added.subject", new Object[] {context}, danish),
          messages.getMessage(
              "mail.added.body", new Object[] {context, baseUrl + "/login"}, danish));
    }
    return account;
  }

  /** What the audit log keeps of an account: no password hash. */
  static Map<String, Object> snapshot(Account account) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("email", account.getEmail());
    fields.put("name", account.getName());
    fields.put("status", account.getStatus().name());
    fields.put("administrator", account.isAdministrator());
    fields.put("departmentId", account.getDepartmentId());
    fields.put("contactPersonId", account.getContactPersonId());
    return fields;
  }
}
