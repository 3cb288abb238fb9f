package dk.samspil.account.web;

import dk.samspil.account.Account;
import dk.samspil.account.ProfileChange;
import dk.samspil.shared.EmailAddress;
import dk.samspil.shared.Forms;
import dk.samspil.shared.PhoneNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a person may change about themselves, as typed. */
public record ProfileForm(
    @NotBlank(message = "{account.name.required}")
        @Size(max = 200, message = "{account.name.toolong}")
        String name,
    @PhoneNumber String phone,
    @EmailAddress String notificationEmail) {

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
