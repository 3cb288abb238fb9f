package dk.samspil.account;

import dk.samspil.shared.FieldError;
import java.util.ArrayList;
import java.util.List;

/** The forms of the account pages, and their checks (messages in i18n/account). */
final class AccountForms {

  /** Long enough for any passphrase, short enough that hashing it costs nothing extra. */
  static final int MAX_PASSWORD_LENGTH = 200;

  private AccountForms() {}

  record ForgotPassword(String email) {

    List<FieldError> errors() {
      List<FieldError> errors = new ArrayList<>();
      if (email == null || email.isBlank()) {
        errors.add(new FieldError("email", "forgot.email.required"));
      } else if (!EmailAddress.isValid(email)) {
        errors.add(new FieldError("email", "account.email.invalid"));
      }
      return errors;
    }
  }

  record NewPassword(String token, String password, String repeat) {

    List<FieldError> errors() {
      return passwordErrors(password, repeat);
    }
  }

  record Invitation(String token, String name, String password, String repeat) {

    List<FieldError> errors() {
      List<FieldError> errors = new ArrayList<>();
      if (name == null || name.isBlank()) {
        errors.add(new FieldError("name", "account.name.required"));
      } else if (name.strip().length() > 200) {
        errors.add(new FieldError("name", "account.name.toolong", 200));
      }
      errors.addAll(passwordErrors(password, repeat));
      return errors;
    }
  }

  record Profile(String name, String phone, String notificationEmail) {

    List<FieldError> errors() {
      List<FieldError> errors = new ArrayList<>();
      if (name == null || name.isBlank()) {
        errors.add(new FieldError("name", "account.name.required"));
      } else if (name.strip().length() > 200) {
        errors.add(new FieldError("name", "account.name.toolong", 200));
      }
      if (phone != null && !phone.isBlank()) {
        String digits = phone.replaceAll("[^0-9]", "");
        if (!phone.strip().matches("\\+?[0-9 ()-]{4,40}") || digits.length() < 4) {
          errors.add(new FieldError("phone", "profile.phone.invalid"));
        }
      }
      if (notificationEmail != null
          && !notificationEmail.isBlank()
          && !EmailAddress.isValid(notificationEmail)) {
        errors.add(new FieldError("notificationEmail", "account.email.invalid"));
      }
      return errors;
    }

    ProfileChange toChange() {
      return new ProfileChange(name, phone, notificationEmail);
    }
  }

  record PasswordChange(String current, String password, String repeat) {

    List<FieldError> errors() {
      List<FieldError> errors = new ArrayList<>();
      if (current == null || current.isEmpty()) {
        errors.add(new FieldError("current", "password.current.required"));
      }
      errors.addAll(passwordErrors(password, repeat));
      return errors;
    }
  }

  record DeleteAccount(String email) {}

  /** A new password: long enough, and typed the same twice. No composition rules. */
  static List<FieldError> passwordErrors(String password, String repeat) {
    List<FieldError> errors = new ArrayList<>();
    if (password == null || password.isEmpty()) {
      errors.add(new FieldError("password", "password.required"));
    } else if (!PasswordManagement.longEnough(password)) {
      errors.add(
          new FieldError("password", "password.tooshort", AccountManagement.MIN_PASSWORD_LENGTH));
    } else if (password.length() > MAX_PASSWORD_LENGTH) {
      errors.add(new FieldError("password", "password.toolong", MAX_PASSWORD_LENGTH));
    } else if (!password.equals(repeat)) {
      errors.add(new FieldError("repeat", "password.mismatch"));
    }
    return errors;
  }
}
