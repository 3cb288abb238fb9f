package dk.samspil.account;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * Ends a first sign-in without an e-mail address: the identity is kept as {@link PendingIdentities
 * pending}, and the sign-in's failure handler sends the browser to the page that asks for an
 * address.
 */
class PendingIdentityException extends OAuth2AuthenticationException {

  private final long pendingId;

  PendingIdentityException(long pendingId) {
    super(new OAuth2Error("samspil_identity_pending"));
    this.pendingId = pendingId;
  }

  long pendingId() {
    return pendingId;
  }
}
