package dk.samspil.council;

import dk.samspil.account.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When an account is deleted, the person leaves every council, in the same transaction. */
@Component
class DeletedAccountSeats {

  private final CouncilMembership membership;

  DeletedAccountSeats(CouncilMembership membership) {
    this.membership = membership;
  }

  @EventListener
  void on(AccountDeleted event) {
    membership.removeSeatsOf(event.accountId());
  }
}
