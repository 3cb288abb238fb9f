package dk.samspil.shared;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/** The signed-in person as every module may see them: their account id and display name. */
public interface SamspilPrincipal {

  long accountId();

  String displayName();

  /** The signed-in person's account id; refused when no Samspil account is signed in. */
  static long accountIdOf(Authentication authentication) {
    Long id = accountIdOrNull(authentication);
    if (id == null) {
      throw new AccessDeniedException("no Samspil account");
    }
    return id;
  }

  /** The signed-in person's account id, or {@code null} for an anonymous visitor. */
  static Long accountIdOrNull(Authentication authentication) {
    return authentication != null && authentication.getPrincipal() instanceof SamspilPrincipal p
        ? p.accountId()
        : null;
  }
}
