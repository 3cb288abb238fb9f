package dk.samspil.account;

import dk.samspil.audit.AuditLog;
import dk.samspil.notification.Outbox;
import dk.samspil.notification.OutboxMail;
import dk.samspil.shared.AuditEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own account: their profile, the download of their personal data and the deletion of
 * their account.
 */
@Service
@Transactional(readOnly = true)
public class ProfileManagement {

  private final Accounts accounts;
  private final AccountTokens tokens;
  private final Roles roles;
  private final List<ProfileRolesContributor> roleDescriptions;
  private final List<PersonalDataContributor> personalData;
  private final Outbox outbox;
  private final AuditLog auditLog;
  private final SignedInSessions sessions;
  private final ApplicationEventPublisher events;

  ProfileManagement(
      Accounts accounts,
      AccountTokens tokens,
      Roles roles,
      List<ProfileRolesContributor> roleDescriptions,
      List<PersonalDataContributor> personalData,
      Outbox outbox,
      AuditLog auditLog,
      SignedInSessions sessions,
      ApplicationEventPublisher events) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.roles = roles;
    this.roleDescriptions = roleDescriptions;
    this.personalData = personalData;
    this.outbox = outbox;
    this.auditLog = auditLog;
    this.sessions = sessions;
    this.events = events;
  }

  /**
   * The signed-in person's account.
   *
   * @throws AccountNotFound if there is none, or it is deleted
   */
  public Account account(long accountId) {
    return accounts
        .findById(accountId)
        .filter(account -> !account.isDeleted())
        .orElseThrow(() -> AccountNotFound.forId(accountId));
  }

  /** All roles of the account, municipal and those other modules give. */
  public Set<Role> roles(Account account) {
    return roles.of(account);
  }

  /** What other modules say the person is (e.g. council seats), for the profile page. */
  public List<String> roleDescriptions(long accountId, Locale locale) {
    List<String> lines = new ArrayList<>();
    for (ProfileRolesContributor contributor : roleDescriptions) {
      lines.addAll(contributor.describe(accountId, locale));
    }
    return lines;
  }

  /** Saves the person's own changes to their name, phone and notification address. */
  @Transactional
  public Account update(long accountId, ProfileChange change) {
    Account account = account(accountId);
    Map<String, Object> before = profile(account);
    account.changeProfile(change);
    Map<String, Object> after = profile(account);
    if (!before.equals(after)) {
      events.publishEvent(
          AuditEvent.updated("account", accountId, account.getEmail(), before, after));
    }
    return account;
  }

  /**
   * Everything Samspil holds about the person, for the download: the account (never the password
   * hash), roles, the e-mails sent to them, and what other modules add through {@link
   * PersonalDataContributor}. Each download is recorded in the audit log.
   */
  @Transactional
  public Map<String, Object> personalData(long accountId) {
    Account account = account(accountId);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("exportedAt", Instant.now().toString());
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", account.getId());
    fields.put("email", account.getEmail());
    fields.put("name", account.getName());
    fields.put("phone", account.getPhone());
    fields.put("notificationEmail", account.getNotificationEmail());
    fields.put("status", account.getStatus().name());
    fields.put("createdAt", text(account.getCreatedAt()));
    fields.put("lastLoginAt", text(account.getLastLoginAt()));
    fields.put("administrator", account.isAdministrator());
    fields.put("departmentId", account.getDepartmentId());
    fields.put("contactPersonId", account.getContactPersonId());
    data.put("account", fields);
    data.put("roles", roles(account).stream().map(Role::name).toList());
    List<Map<String, Object>> mails = new ArrayList<>();
    for (OutboxMail mail : outbox.mailsTo(addresses(account))) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("recipient", mail.recipient());
      entry.put("subject", mail.subject());
      entry.put("status", mail.status().name());
      entry.put("createdAt", text(mail.createdAt()));
      entry.put("sentAt", text(mail.sentAt()));
      mails.add(entry);
    }
    data.put("mails", mails);
    for (PersonalDataContributor contributor : personalData) {
      if (data.containsKey(contributor.section())) {
        throw new IllegalStateException(
            "Two parts of the data are called " + contributor.section());
      }
      data.put(contributor.section(), contributor.personalData(accountId));
    }
    events.publishEvent(
        AuditEvent.of(
            "exported",
            "account",
            accountId,
            "personal data downloaded",
            Map.of(),
            Map.of("sections", List.copyOf(data.keySet()))));
    return data;
  }

  /** Whether the account is the only active administrator (who must not delete themselves). */
  public boolean isLastAdministrator(long accountId) {
    Account account = account(accountId);
    return account.isAdministrator()
        && account.canSignIn()
        && accounts.countByAdministratorTrueAndStatus(AccountStatus.ACTIVE) <= 1;
  }

  /**
   * Deletes the person's account at their request: the account is anonymised (kept as an anonymous
   * reference, so that what councils sent stays theirs), every open link is spent, their mails and
   * audit entries are redacted, they are signed out on every device, and {@link AccountDeleted}
   * tells the other modules.
   *
   * @param confirmation what the person typed to confirm: their e-mail address
   * @throws AccountChangeRefused if the confirmation is not their address, or they are the only
   *     administrator
   */
  @Transactional
  public void delete(long accountId, String confirmation) {
    Account account = account(accountId);
    if (!account.getEmail().equals(Account.normalise(confirmation))) {
      throw AccountChangeRefused.deletionNotConfirmed();
    }
    if (isLastAdministrator(accountId)) {
      throw AccountChangeRefused.lastAdministrator();
    }
    String signedInAs = account.getEmail();
    List<String> addresses = addresses(account);
    List<String> identifiers =
        Stream.of(
                account.getName(),
                account.getEmail(),
                account.getNotificationEmail(),
                account.getPhone())
            .filter(Objects::nonNull)
            .toList();
    account.anonymise();
    tokens.spendAllOf(accountId, Instant.now());
    outbox.forgetRecipient(addresses, account.getEmail());
    events.publishEvent(
        AuditEvent.of(
            "anonymised",
            "account",
            accountId,
            account.getEmail(),
            Map.of(),
            Map.of("status", AccountStatus.DELETED.name())));
    // after the entry above, so that it is redacted too (it names the person as actor)
    auditLog.redactPerson(accountId, identifiers);
    events.publishEvent(new AccountDeleted(accountId));
    sessions.endAll(signedInAs, null);
  }

  private static List<String> addresses(Account account) {
    return Stream.of(account.getEmail(), account.getNotificationEmail())
        .filter(Objects::nonNull)
        .toList();
  }

  private static Map<String, Object> profile(Account account) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", account.getName());
    fields.put("phone", account.getPhone());
    fields.put("notificationEmail", account.getNotificationEmail());
    return fields;
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
