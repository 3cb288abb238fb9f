package dk.samspil.involvement.web.contact;

import dk.samspil.account.SignInLanding;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A contact person lands on her desk after signing in. She comes before a council seat she may also
 * hold: she signs in to Samspil for her work as the councils' link to the administration.
 */
@Component
@Order(0)
class ContactPersonLanding implements SignInLanding {

  @Override
  public Optional<String> landingFor(long accountId, Set<String> roles) {
    return roles.contains("KONTAKTPERSON")
        ? Optional.of(ContactDeskController.DESK)
        : Optional.empty();
  }
}
