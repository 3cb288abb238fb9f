package dk.samspil.account.web;

import dk.samspil.account.Account;
import dk.samspil.account.ProfileChange;
import dk.samspil.shared.EmailAddress;
import dk.samspil.shared.Forms;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person may change about themselves, as typed. */
public record ProfileForm(
    @NotBlank(message = "{account.name.required}")
        @Size(max = 200, message = "{account.name.toolong}")
        String name,
    @Pattern(regexp = ProfileForm.PHONE, message = "{profile.phone.invalid}") String phone,
    @EmailAddress String notificationEmail) {

  /**
   * A phone number as people write it: digits (at least four), spaces, brackets, hyphens and a
   * leading +, at most 40 characters; or nothing.
   */
  static final String PHONE = "\\s*|\\s*\\+?(?=(?:[^0-9]*[0-9]){4})[0-9 ()-]{4,40}\\s*";

  static ProfileForm of(Account account) {
    return new ProfileForm(
        Forms.orEmpty(account.getName()),
        Forms.orEmpty(account.getPhone()),
        Forms.orEmpty(account.getNotificationEmail()));
  }

  ProfileChange toChange() {
    return new ProfileChange(Forms.clean(name), Forms.clean(phone), Forms.clean(notificationEmail));
  }
}
