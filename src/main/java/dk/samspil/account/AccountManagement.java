package dk.samspil.account;

import dk.samspil.shared.AuditEvent;
import dk.samspil.shared.EmailAddress;
import dk.samspil.shared.Forms;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts as other modules use them: look-ups by id and e-mail, inviting a person to what a
 * module gives them access to (a council seat, a municipal role), and giving municipal roles. The
 * administration's use cases are in {@link AccountAdminManagement}, a person's own account in
 * {@link ProfileManagement}, passwords and e-mailed links in {@link PasswordManagement}.
 */
@Service
@Transactional(readOnly = true)
public class AccountManagement {

  private final Accounts accounts;
  private final AccountInvitations invitations;
  private final AccountMails mails;
  private final PasswordEncoder passwords;
  private final ApplicationEventPublisher events;

  AccountManagement(
      Accounts accounts,
      AccountInvitations invitations,
      AccountMails mails,
      PasswordEncoder passwords,
      ApplicationEventPublisher events) {
    this.accounts = accounts;
    this.invitations = invitations;
    this.mails = mails;
    this.passwords = passwords;
    this.events = events;
  }

  /** The account with this id, deleted (anonymised) ones included. */
  public Optional<Account> account(long id) {
    return accounts.findById(id);
  }

  public Optional<Account> accountByEmail(String email) {
    return accounts.findByEmail(Account.normalise(email));
  }

  /** The accounts with these ids, by id; ids without an account are left out. */
  public Map<Long, Account> accountsById(Collection<Long> ids) {
    return accounts.findAllById(ids).stream()
        .collect(Collectors.toMap(Account::getId, Function.identity()));
  }

  /** The active accounts of municipal employees (those with a department), by name. */
  public List<Account> employees() {
    return accounts.findByDepartmentIdIsNotNullAndStatusOrderByName(AccountStatus.ACTIVE);
  }

  /** Whether any active administrator exists. */
  public boolean hasActiveAdministrator() {
    return accounts.existsByAdministratorTrueAndStatus(AccountStatus.ACTIVE);
  }

  /**
   * An active account with this e-mail and password, created if missing; an existing account is
   * left as it is. For demonstration data and the tests.
   */
  @Transactional
  public Account ensureActiveAccount(String email, String name, String rawPassword) {
    return accountByEmail(email)
        .orElseGet(
            () -> {
              Account saved =
                  accounts.save(Account.active(email, name, passwords.encode(rawPassword)));
              events.publishEvent(
                  AuditEvent.created(
                      "account", saved.getId(), saved.getEmail(), saved.auditSnapshot()));
              return saved;
            });
  }

  /**
   * Gives or takes the municipal roles of an account, and records the change.
   *
   * @throws AccountNotFound if there is no such account
   * @throws IllegalAccountTransition if the account is deleted
   */
  @Transactional
  public Account setMunicipalRoles(
      long accountId, boolean administrator, Long departmentId, Long contactPersonId) {
    Account account = accounts.byId(accountId);
    Map<String, Object> before = account.auditSnapshot();
    account.changeMunicipalRoles(administrator, departmentId, contactPersonId);
    events.publishEvent(account.audited("roles-changed", before));
    events.publishEvent(new AccountAccessChanged(accountId));
    return account;
  }

  /**
   * Invites a person by e-mail. Without an account, an INVITED one is created; an invited account
   * gets a new single-use link to {@code /invitation} (older links stop working) and the account
   * invitation mail. Someone who already has an active account is told by mail that they have been
   * given access. A deactivated account stays deactivated and gets no mail: an administrator must
   * switch it on. The mail is queued in the caller's transaction.
   *
   * @param name the person's name if known, or null; it does not replace a name the account has
   * @param context what the person is invited to, shown in the mail, e.g. "Fensmark Lokalråd"
   * @throws IllegalArgumentException if {@code email} is not an e-mail address (forms check it)
   */
  @Transactional
  public Account invite(String email, String name, String context) {
    if (!EmailAddress.Check.isValid(email)) {
      throw new IllegalArgumentException("Not an e-mail address: " + email);
    }
    Account existing = accountByEmail(email).orElse(null);
    if (existing != null && existing.canSignIn()) {
      mails.added(existing, context);
      return existing;
    }
    if (existing != null && !existing.awaitsInvitation()) {
      return existing;
    }
    Map<String, Object> before = existing == null ? Map.of() : existing.auditSnapshot();
    Account account;
    if (existing == null) {
      account = accounts.save(Account.invited(email, Forms.clean(name)));
    } else {
      account = existing;
      account.inviteAgain(name);
    }
    invitations.send(account, context, before);
    return account;
  }
}
