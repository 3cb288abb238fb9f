package dk.samspil.account;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** A person who can sign in, with their municipal roles. */
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

  Account(String email, String name, AccountStatus status) {
    this.email = normalise(email);
    this.name = name;
    this.status = status;
    this.createdAt = Instant.now();
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

  void activate(String newPasswordHash) {
    this.passwordHash = newPasswordHash;
    this.status = AccountStatus.ACTIVE;
  }

  void changePassword(String newPasswordHash) {
    this.passwordHash = newPasswordHash;
  }

  void signedIn() {
    this.lastLoginAt = Instant.now();
  }

  void setName(String name) {
    this.name = name;
  }

  void setPhone(String phone) {
    this.phone = phone;
  }

  void setNotificationEmail(String notificationEmail) {
    this.notificationEmail = normalise(notificationEmail);
  }

  void setStatus(AccountStatus status) {
    this.status = status;
  }

  void setAdministrator(boolean administrator) {
    this.administrator = administrator;
  }

  void setDepartmentId(Long departmentId) {
    this.departmentId = departmentId;
  }

  void setContactPersonId(Long contactPersonId) {
    this.contactPersonId = contactPersonId;
  }

  void anonymise() {
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
