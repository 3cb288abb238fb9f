package dk.samspil.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administration of accounts: search, inviting people with municipal roles, changing roles,
 * switching accounts off and on, and the first administrator of a new installation. Administrators
 * cannot lock themselves out: they cannot deactivate their own account or take their own
 * administrator role.
 */
@Service
@Transactional(readOnly = true)
public class AccountAdminManagement {

  private final Accounts accounts;
  private final AccountSearch search;
  private final AccountTokens tokens;
  private final AccountManagement management;
  private final AccountInvitations invitations;
  private final Roles roles;
  private final ApplicationEventPublisher events;
  private final AccountIdentities identities;

  AccountAdminManagement(
      Accounts accounts,
      AccountSearch search,
      AccountTokens tokens,
      AccountManagement management,
      AccountInvitations invitations,
      Roles roles,
      ApplicationEventPublisher events,
      AccountIdentities identities) {
    this.identities = identities;
    this.accounts = accounts;
    this.search = search;
    this.tokens = tokens;
    this.management = management;
    this.invitations = invitations;
    this.roles = roles;
    this.events = events;
  }

  /**
   * The account with this id, deleted (anonymised) ones included.
   *
   * @throws AccountNotFound if there is none
   */
  public Account account(long id) {
    return accounts.byId(id);
  }

  /** The assurance level the MitID broker reported at the account's latest sign-in with it. */
  public Optional<AssuranceLevel> assuranceLevelOf(Account account) {
    return identities.latestAssuranceLevel(account.getId());
  }

  /** Every role the account has, its council roles included. */
  public Set<Role> rolesOf(Account account) {
    return roles.of(account);
  }

  /**
   * Accounts whose name or e-mail contains {@code text} (any case), with the status if given (else
   * every status but deleted), ordered by e-mail.
   */
  public Page<Account> findAccounts(String text, AccountStatus status, int page, int size) {
    String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    String pattern = "%" + needle.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    Set<AccountStatus> statuses =
        status != null
            ? EnumSet.of(status)
            : EnumSet.complementOf(EnumSet.of(AccountStatus.DELETED));
    return search.search(
        pattern, statuses, PageRequest.of(Math.max(0, page), size, Sort.by("email")));
  }

  /**
   * Invites a new person with municipal roles, in one transaction.
   *
   * @throws AccountChangeRefused if the address already has an account
   */
  @Transactional
  public Account inviteWithRoles(String email, String name, String context, MunicipalRoles roles) {
    if (management.accountByEmail(email).isPresent()) {
      throw AccountChangeRefused.emailTaken(Account.normalise(email));
    }
    Account account = management.invite(email, name, context);
    if (roles.any()) {
      management.setMunicipalRoles(
          account.getId(), roles.administrator(), roles.departmentId(), roles.contactPersonId());
    }
    return account;
  }

  /**
   * Sends an invited account a new invitation; the earlier link stops working.
   *
   * @throws IllegalAccountTransition if the account is not waiting for an invitation
   */
  @Transactional
  public Account reinvite(long accountId, String context) {
    Account account = accounts.byId(accountId);
    Map<String, Object> before = account.auditSnapshot();
    account.inviteAgain(null);
    invitations.send(account, context, before);
    return account;
  }

  /**
   * Changes an account's municipal roles on an administrator's behalf.
   *
   * @throws AccountChangeRefused if administrators would take their own administrator role
   */
  @Transactional
  public Account changeRoles(long accountId, long actingAccountId, MunicipalRoles roles) {
    if (accountId == actingAccountId && !roles.administrator()) {
      throw AccountChangeRefused.ownAdministratorRole();
    }
    return management.setMunicipalRoles(
        accountId, roles.administrator(), roles.departmentId(), roles.contactPersonId());
  }

  /**
   * Switches an account off: it can no longer sign in, its open invitation links stop working, and
   * its sessions are ended after commit.
   *
   * @throws AccountChangeRefused for one's own account
   * @throws IllegalAccountTransition for an account that is not active or invited
   */
  @Transactional
  public Account deactivate(long accountId, long actingAccountId) {
    if (accountId == actingAccountId) {
      throw AccountChangeRefused.ownDeactivation();
    }
    Account account = accounts.byId(accountId);
    Map<String, Object> before = account.auditSnapshot();
    account.deactivate();
    invitations.withdraw(account);
    events.publishEvent(account.audited("deactivated", before));
    events.publishEvent(new AccountDeactivated(accountId));
    return account;
  }

  /**
   * Switches a deactivated account on again: active if the person has a password, else invited (an
   * administrator can then send a new invitation).
   *
   * @throws IllegalAccountTransition if the account is not deactivated
   */
  @Transactional
  public Account reactivate(long accountId) {
    Account account = accounts.byId(accountId);
    Map<String, Object> before = account.auditSnapshot();
    account.reactivate();
    events.publishEvent(account.audited("activated", before));
    events.publishEvent(new AccountAccessChanged(accountId));
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
    if (management.hasActiveAdministrator()) {
      return FirstAdministrator.NOT_NEEDED;
    }
    Account existing = management.accountByEmail(email).orElse(null);
    if (existing != null && existing.mayBeReactivated()) {
      return FirstAdministrator.DEACTIVATED;
    }
    boolean invitedAdministrator =
        accounts.existsByAdministratorTrueAndStatusIn(
            EnumSet.of(AccountStatus.INVITED, AccountStatus.ACTIVE));
    if (invitedAdministrator) {
      boolean expiredInvitation =
          existing != null
              && existing.isAdministrator()
              && existing.awaitsInvitation()
              && !tokens.existsByAccountIdAndPurposeAndUsedAtIsNullAndExpiresAtAfter(
                  existing.getId(), TokenPurpose.INVITATION, Instant.now());
      if (!expiredInvitation) {
        return FirstAdministrator.ALREADY_INVITED;
      }
      management.invite(email, null, "administrator");
      return FirstAdministrator.INVITED_AGAIN;
    }
    Account account = management.invite(email, null, "administrator");
    management.setMunicipalRoles(
        account.getId(), true, account.getDepartmentId(), account.getContactPersonId());
    return FirstAdministrator.INVITED;
  }
}
