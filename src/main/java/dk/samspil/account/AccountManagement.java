package dk.samspil.account;

import dk.samspil.shared.AuditEvent;
import java.time.Instant;
import java.util.EnumSet;
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
  private final AccountTokens tokens;
  private final AccountMails mails;
  private final PasswordEncoder passwords;
  private final ApplicationEventPublisher events;
  private final AccountSearch search;
  private final InvitationMails invitations;
  private final Roles roles;

  AccountManagement(
      Accounts accounts,
      AccountTokens tokens,
      AccountMails mails,
      PasswordEncoder passwords,
      ApplicationEventPublisher events,
      AccountSearch search,
      InvitationMails invitations,
      Roles roles) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.mails = mails;
    this.passwords = passwords;
    this.events = events;
    this.search = search;
    this.invitations = invitations;
    this.roles = roles;
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

  /**
   * Invites a person by e-mail. Without an account, an INVITED one is created; an invited account
   * gets a new single-use link to {@code /invitation} (older links stop working) and the invitation
   * mail. Someone who already has an active account is told by mail that they have been given
   * access. A deactivated account stays deactivated and gets no mail: an administrator must switch
   * it on. The mail is queued in the caller's transaction.
   *
   * @param name the person's name if known, or null; it does not replace a name the account has
   * @param context what the person is invited to, shown in the mail, e.g. "Fensmark Lokalråd"
   */
  @Transactional
  public Account invite(String email, String name, String context) {
    String address = Account.normalise(email);
    if (!EmailAddress.isValid(address)) {
      throw new IllegalArgumentException("Not an e-mail address: " + email);
    }
    Account account = accounts.findByEmail(address).orElse(null);
    if (account != null && account.getStatus() == AccountStatus.ACTIVE) {
      mails.added(account, context);
      return account;
    }
    if (account != null && account.getStatus() != AccountStatus.INVITED) {
      return account;
    }
    Map<String, Object> before = account == null ? Map.of() : snapshot(account);
    if (account == null) {
      account = accounts.save(new Account(address, blankToNull(name), AccountStatus.INVITED));
    } else if (account.getName() == null && blankToNull(name) != null) {
      account.setName(name.strip());
    }
    Instant now = Instant.now();
    tokens.spendAll(account.getId(), TokenPurpose.INVITATION, now);
    AccountToken.Issued issued = AccountToken.issue(account.getId(), TokenPurpose.INVITATION, now);
    tokens.save(issued.stored());
    mails.invitation(account, issued.secret(), context);
    events.publishEvent(
        AuditEvent.of(
            "invited", "account", account.getId(), account.getEmail(), before, snapshot(account)));
    return account;
  }

  /** What {@link #inviteFirstAdministrator} did. */
  public enum FirstAdministrator {
    /** The address was invited and made administrator. */
    INVITED,
    /** The address's invitation had run out; it got a new one. */
    INVITED_AGAIN,
    /** An invitation to an administrator is still open; nothing was sent. */
    ALREADY_INVITED,
    /** An active administrator exists; nothing was done. */
    NOT_NEEDED,
    /** The address belongs to a deactivated account, which must be switched on instead. */
    DEACTIVATED
  }

  /**
   * Sets up the first administrator of an installation without demonstration data: when there is no
   * active administrator and no open invitation to one, invites {@code email} and makes that
   * account an administrator. Safe to call at every start: it does not invite again while an
   * invitation is open.
   */
  @Transactional
  public FirstAdministrator inviteFirstAdministrator(String email) {
    if (hasActiveAdministrator()) {
      return FirstAdministrator.NOT_NEEDED;
    }
    Account existing = accountByEmail(email).orElse(null);
    if (existing != null && existing.getStatus() == AccountStatus.DEACTIVATED) {
      return FirstAdministrator.DEACTIVATED;
    }
    boolean invitedAdministrator =
        accounts.existsByAdministratorTrueAndStatusIn(
            EnumSet.of(AccountStatus.INVITED, AccountStatus.ACTIVE));
    if (invitedAdministrator) {
      boolean expiredInvitation =
          existing != null
              && existing.isAdministrator()
              && existing.getStatus() == AccountStatus.INVITED
              && !tokens.existsByAccountIdAndPurposeAndUsedAtIsNullAndExpiresAtAfter(
                  existing.getId(), TokenPurpose.INVITATION, Instant.now());
      if (!expiredInvitation) {
        return FirstAdministrator.ALREADY_INVITED;
      }
      invite(email, null, "administrator");
      return FirstAdministrator.INVITED_AGAIN;
    }
    Account account = invite(email, null, "administrator");
    setMunicipalRoles(
        account.getId(), true, account.getDepartmentId(), account.getContactPersonId());
    return FirstAdministrator.INVITED;
  }

  /** Whether any active administrator exists. */
  public boolean hasActiveAdministrator() {
    return accounts.existsByAdministratorTrueAndStatus(AccountStatus.ACTIVE);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
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

  // --- InvitationMails and administration ---

  /**
   * The administration's invitation of a new person with municipal roles, in one transaction.
   *
   * @throws AccountChangeRefused if the address already has an account
   */
  @Transactional
  public Account inviteWithRoles(
      String email,
      String name,
      String context,
      boolean administrator,
      Long departmentId,
      Long contactPersonId) {
    if (accountByEmail(email).isPresent()) {
      throw AccountChangeRefused.emailTaken(Account.normalise(email));
    }
    Account account = invite(email, name, context);
    if (administrator || departmentId != null || contactPersonId != null) {
      setMunicipalRoles(account.getId(), administrator, departmentId, contactPersonId);
    }
    return account;
  }

  /**
   * Accounts whose name or e-mail contains {@code text} (any case), with the status if given (else
   * every status but deleted), ordered by e-mail.
   */
  public org.springframework.data.domain.Page<Account> findAccounts(
      String text, AccountStatus status, int page, int size) {
    String needle = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    String pattern = "%" + needle.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    java.util.Set<AccountStatus> statuses =
        status != null
            ? java.util.EnumSet.of(status)
            : java.util.EnumSet.complementOf(java.util.EnumSet.of(AccountStatus.DELETED));
    return search.search(
        pattern,
        statuses,
        org.springframework.data.domain.PageRequest.of(
            Math.max(0, page), size, org.springframework.data.domain.Sort.by("email")));
  }

  /** Every role the account has, its council roles included. */
  public java.util.Set<Role> rolesOf(Account account) {
    return roles.of(account);
  }

  /**
   * Changes an account's municipal roles on an administrator's behalf.
   *
   * @throws AccountChangeRefused if administrators would take their own administrator role
   */
  @Transactional
  public Account changeRoles(
      long accountId,
      long actingAccountId,
      boolean administrator,
      Long departmentId,
      Long contactPersonId) {
    if (accountId == actingAccountId && !administrator) {
      throw AccountChangeRefused.ownAdministratorRole();
    }
    return setMunicipalRoles(accountId, administrator, departmentId, contactPersonId);
  }

  /**
   * Switches an account off: it can no longer sign in, its open invitation links stop working, and
   * its sessions are ended after commit.
   *
   * @throws AccountChangeRefused for one's own account, or an account that is not active or invited
   */
  @Transactional
  public Account deactivate(long accountId, long actingAccountId) {
    if (accountId == actingAccountId) {
      throw AccountChangeRefused.ownDeactivation();
    }
    Account account = accounts.findById(accountId).orElseThrow();
    if (account.getStatus() != AccountStatus.ACTIVE
        && account.getStatus() != AccountStatus.INVITED) {
      throw AccountChangeRefused.cannotDeactivate(account.getStatus());
    }
    Map<String, Object> before = snapshot(account);
    account.setStatus(AccountStatus.DEACTIVATED);
    invitations.withdraw(account);
    events.publishEvent(
        AuditEvent.of(
            "deactivated", "account", accountId, account.getEmail(), before, snapshot(account)));
    events.publishEvent(new AccountDeactivated(accountId, account.getEmail()));
    return account;
  }

  /**
   * Switches a deactivated account on again: active if the person has a password, else invited (an
   * administrator can then send a new invitation).
   *
   * @throws AccountChangeRefused if the account is not deactivated
   */
  @Transactional
  public Account reactivate(long accountId) {
    Account account = accounts.findById(accountId).orElseThrow();
    if (account.getStatus() != AccountStatus.DEACTIVATED) {
      throw AccountChangeRefused.notDeactivated(account.getStatus());
    }
    Map<String, Object> before = snapshot(account);
    account.setStatus(account.hasPassword() ? AccountStatus.ACTIVE : AccountStatus.INVITED);
    events.publishEvent(
        AuditEvent.of(
            "activated", "account", accountId, account.getEmail(), before, snapshot(account)));
    return account;
  }
}
