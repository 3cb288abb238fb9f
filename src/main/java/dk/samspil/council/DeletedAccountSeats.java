package dk.samspil.council;

import dk.samspil.account.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When an account is deleted, the person leaves every council, in the same transaction. */
@Component
class DeletedAccountSeats {

  private final CouncilManagement councils;

  DeletedAccountSeats(CouncilManagement councils) {
    this.councils = councils;
  }

  @EventListener
  void on(AccountDeleted event) {
    councils.removeSeatsOf(event.accountId());
  }
}
