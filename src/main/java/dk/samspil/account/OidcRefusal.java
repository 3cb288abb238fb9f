package dk.samspil.account;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why an OpenID Connect sign-in was refused. The login page shows the reason from the {@code
 * besked} parameter ({@code oidc-…}); anything else there is not an OpenID Connect refusal.
 */
public enum OidcRefusal {
  /** The provider did not tell us the person's e-mail address. */
  EMAIL_MISSING("email-missing"),
  /** The provider has not verified the e-mail address, so it cannot be linked to an account. */
  EMAIL_UNVERIFIED("email-unverified"),
  /** The account with this address is deactivated or deleted. */
  ACCOUNT_INACTIVE("account-inactive"),
  /** The provider refused, or the answer could not be checked. */
  FAILED("failed");

  private final String code;

  OidcRefusal(String code) {
    this.code = code;
  }

  /** The OAuth2 error code used inside Spring Security. */
  String errorCode() {
    return "samspil_" + code.replace('-', '_');
  }

  /** The value of the login page's {@code besked} parameter. */
  public String notice() {
    return "oidc-" + code;
  }

  public String messageKey() {
    return "oidc.refused." + code;
  }

  public static Optional<OidcRefusal> fromNotice(String notice) {
    return Arrays.stream(values()).filter(r -> r.notice().equals(notice)).findFirst();
  }

  static OidcRefusal fromErrorCode(String errorCode) {
    return Arrays.stream(values())
        .filter(r -> r.errorCode().equals(errorCode))
        .findFirst()
        .orElse(FAILED);
  }
}
