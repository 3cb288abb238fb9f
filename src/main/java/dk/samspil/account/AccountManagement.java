package dk.samspil.account;

import dk.samspil.shared.AuditEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
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

  AccountManagement(
      Accounts accounts, PasswordEncoder passwords, ApplicationEventPublisher events) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.events = events;
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

  /** The active accounts of municipal employees (those with a department), by name. */
  public java.util.List<Account> employees() {
    return accounts.findByDepartmentIdIsNotNullAndStatusOrderByName(AccountStatus.ACTIVE);
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
