package dk.samspil.account.web;

/** The confirmation of deleting one's account: one's own e-mail address, typed. */
public record DeleteAccountForm(String email) {

  static DeleteAccountForm empty() {
    return new DeleteAccountForm("");
  }
}
