package dk.samspil.account;

import dk.samspil.shared.AuditEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A person who can sign in, with their municipal roles, and the life of the account ({@link
 * AccountStatus}): invited → active, active or invited ↔ deactivated, any → deleted. Each change of
 * status is a method that refuses what the life does not allow with an {@link
 * IllegalAccountTransition}.
 */
@Entity
@Table(name = "account")
public class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String email;
  private String name;
  private String phone;
  private String notificationEmail;
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  private AccountStatus status;

  private boolean administrator;
  private Long departmentId;
  private Long contactPersonId;
  private Instant createdAt;
  private Instant lastLoginAt;

  protected Account() {}

  private Account(String email, String name, AccountStatus status, String passwordHash) {
    this.email = normalise(email);
    this.name = name;
    this.status = status;
    this.passwordHash = passwordHash;
    this.createdAt = Instant.now();
  }

  /** A person invited by e-mail, who has yet to accept. */
  static Account invited(String email, String name) {
    return new Account(email, name, AccountStatus.INVITED, null);
  }

  /** An active account with a password, e.g. for demonstration data. */
  static Account active(String email, String name, String passwordHash) {
    return new Account(email, name, AccountStatus.ACTIVE, passwordHash);
  }

  /**
   * An active account without a password, for a person whose e-mail address an OpenID Connect
   * provider has verified.
   */
  static Account verified(String email, String name) {
    return new Account(email, name, AccountStatus.ACTIVE, null);
  }

  /** E-mail addresses are compared without regard to case or surrounding spaces. */
  public static String normalise(String email) {
    return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
  }

  /** The municipal roles this account has; council roles are added by the council module. */
  public Set<Role> municipalRoles() {
    Set<Role> roles = EnumSet.of(Role.BORGER);
    if (administrator) {
      roles.add(Role.ADMINISTRATOR);
    }
    if (departmentId != null) {
      roles.add(Role.MEDARBEJDER);
    }
    if (contactPersonId != null) {
      roles.add(Role.KONTAKTPERSON);
    }
    return roles;
  }

  public boolean canSignIn() {
    return status == AccountStatus.ACTIVE;
  }

  /** Whether the account is invited and has yet to accept. */
  public boolean awaitsInvitation() {
    return status == AccountStatus.INVITED;
  }

  /** Whether the account is deleted: anonymised for good. */
  public boolean isDeleted() {
    return status == AccountStatus.DELETED;
  }

  public boolean mayBeDeactivated() {
    return status == AccountStatus.ACTIVE || status == AccountStatus.INVITED;
  }

  public boolean mayBeReactivated() {
    return status == AccountStatus.DEACTIVATED;
  }

  /** The person accepts their invitation with their name and a password: invited → active. */
  void acceptInvitation(String name, String newPasswordHash) {
    if (!awaitsInvitation()) {
      throw IllegalAccountTransition.notInvited(status);
    }
    this.name = name;
    this.passwordHash = newPasswordHash;
    this.status = AccountStatus.ACTIVE;
  }

  /**
   * An OpenID Connect provider has verified that the person has this address: an invited account
   * becomes active (the provider proved what the invitation link would have), an active one stays
   * as it is.
   *
   * @param providedName the name the provider gives, used if the account has none
   * @return whether the account was activated
   * @throws IllegalAccountTransition for a deactivated or deleted account, which may not sign in
   */
  boolean verifiedSignIn(String providedName) {
    if (canSignIn()) {
      return false;
    }
    if (!awaitsInvitation()) {
      throw IllegalAccountTransition.notActive(status);
    }
    if ((name == null || name.isBlank()) && providedName != null) {
      this.name = providedName;
    }
    this.status = AccountStatus.ACTIVE;
    return true;
  }

  /**
   * The person is invited again (with a new link): only while the invitation is open.
   *
   * @param knownName the person's name if the inviter knows it; it does not replace a name the
   *     account has
   */
  void inviteAgain(String knownName) {
    if (!awaitsInvitation()) {
      throw IllegalAccountTransition.notInvited(status);
    }
    if (name == null && knownName != null && !knownName.isBlank()) {
      this.name = knownName.strip();
    }
  }

  /** An administrator switches the account off: active or invited → deactivated. */
  void deactivate() {
    if (!mayBeDeactivated()) {
      throw IllegalAccountTransition.cannotDeactivate(status);
    }
    this.status = AccountStatus.DEACTIVATED;
  }

  /**
   * An administrator switches the account on again: active if the person has a password, else
   * invited (the person then needs a new invitation or an OpenID Connect sign-in).
   */
  void reactivate() {
    if (!mayBeReactivated()) {
      throw IllegalAccountTransition.notDeactivated(status);
    }
    this.status = hasPassword() ? AccountStatus.ACTIVE : AccountStatus.INVITED;
  }

  /** A new password for an active account (reset by e-mail or changed by the person). */
  void changePassword(String newPasswordHash) {
    if (!canSignIn()) {
      throw IllegalAccountTransition.notActive(status);
    }
    this.passwordHash = newPasswordHash;
  }

  /** Deletes the account at the person's request: every personal detail goes, the id stays. */
  void anonymise() {
    requireNotDeleted();
    this.email = "slettet-" + id + "@anonym.invalid";
    this.name = null;
    this.phone = null;
    this.notificationEmail = null;
    this.passwordHash = null;
    this.administrator = false;
    this.departmentId = null;
    this.contactPersonId = null;
    this.status = AccountStatus.DELETED;
  }

  /** The person's own changes to their name, phone and notification address. */
  void changeProfile(ProfileChange change) {
    requireNotDeleted();
    this.name = change.name();
    this.phone = change.phone();
    this.notificationEmail = normalise(change.notificationEmail());
  }

  /** Gives or takes the municipal roles. */
  void changeMunicipalRoles(boolean administrator, Long departmentId, Long contactPersonId) {
    requireNotDeleted();
    this.administrator = administrator;
    this.departmentId = departmentId;
    this.contactPersonId = contactPersonId;
  }

  void signedIn(Instant at) {
    this.lastLoginAt = at;
  }

  private void requireNotDeleted() {
    if (isDeleted()) {
      throw IllegalAccountTransition.deleted();
    }
  }

  /** What the audit log keeps of an account: never the password hash. */
  Map<String, Object> auditSnapshot() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("email", email);
    fields.put("name", name);
    fields.put("status", status.name());
    fields.put("administrator", administrator);
    fields.put("departmentId", departmentId);
    fields.put("contactPersonId", contactPersonId);
    return fields;
  }

  /** The audit log's entry for a change of this account, from what it was {@code before}. */
  AuditEvent audited(String action, Map<String, Object> before) {
    return AuditEvent.of(action, "account", id, email, before, auditSnapshot());
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getName() {
    return name;
  }

  /** The name to show: the person's name, or their e-mail address until they have given one. */
  public String displayName() {
    return name != null && !name.isBlank() ? name : email;
  }

  public String getPhone() {
    return phone;
  }

  public String getNotificationEmail() {
    return notificationEmail;
  }

  /** Where to send notifications: the notification address if given, else the login address. */
  public String mailAddress() {
    return notificationEmail != null ? notificationEmail : email;
  }

  String getPasswordHash() {
    return passwordHash;
  }

  public boolean hasPassword() {
    return passwordHash != null;
  }

  public AccountStatus getStatus() {
    return status;
  }

  public boolean isAdministrator() {
    return administrator;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public Long getContactPersonId() {
    return contactPersonId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }
}
