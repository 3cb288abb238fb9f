package dk.samspil.account;

import dk.samspil.shared.SamspilPrincipal;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exists only in the tests: tells who the session is signed in as (under /test/**, which the test
 * security chain opens), so that a sign-in through a real HTTP client can be checked.
 */
@RestController
class WhoAmITestController {

  @GetMapping("/test/hvem")
  String whoAmI(Authentication authentication) {
    if (authentication == null
        || !(authentication.getPrincipal() instanceof SamspilPrincipal principal)) {
      return "anonymous";
    }
    return principal.getClass().getSimpleName()
        + "|"
        + principal.accountId()
        + "|"
        + principal.displayName()
        + "|"
        + authentication.getAuthorities().stream()
            .map(Object::toString)
            .sorted()
            .collect(Collectors.joining(","));
  }
}
