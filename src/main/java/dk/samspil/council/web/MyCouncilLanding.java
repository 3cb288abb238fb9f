package dk.samspil.council.web;

import dk.samspil.account.SignInLanding;
import dk.samspil.council.CouncilMembership;
import dk.samspil.council.CouncilSeat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A council member lands on <em>Mit lokalråd</em> after signing in: the council's home with one
 * seat on a living council, the choice of councils with several.
 */
@Component
@Order(1)
class MyCouncilLanding implements SignInLanding {

  private final CouncilMembership membership;

  MyCouncilLanding(CouncilMembership membership) {
    this.membership = membership;
  }

  @Override
  public Optional<String> landingFor(long accountId, Set<String> roles) {
    List<CouncilSeat> living =
        membership.seatsWithCouncils(accountId).stream()
            .filter(seat -> !seat.council().isClosedDown())
            .toList();
    return switch (living.size()) {
      case 0 -> Optional.empty();
      case 1 -> Optional.of("/mit-lokalraad/" + living.get(0).council().getSlug());
      default -> Optional.of("/mit-lokalraad");
    };
  }
}
