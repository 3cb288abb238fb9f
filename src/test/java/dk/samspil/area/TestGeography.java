package dk.samspil.area;

import java.util.concurrent.atomic.AtomicInteger;
import org.locationtech.jts.geom.Envelope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exists only in the tests: parishes that no area uses (squares far outside the municipality, so
 * that no look-up in Næstved notices them), and removal of what a test created, so that the
 * demonstration data other tests count stays as it was.
 */
@Component
public class TestGeography {

  private static final AtomicInteger NEXT = new AtomicInteger(100);

  private final AreaManagement areas;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;

  TestGeography(
      AreaManagement areas,
      JdbcClient jdbc,
      ApplicationEventPublisher events,
      TransactionTemplate transaction) {
    this.areas = areas;
    this.jdbc = jdbc;
    this.events = events;
    this.transaction = transaction;
  }

  /** A new parish that belongs to no area; returns its code. */
  public String freeParish() throws InvalidGeometry {
    int n = NEXT.getAndIncrement();
    String code = "Y" + n;
    double x = 9.0 + (n % 50) * 0.03;
    double y = 56.6 + (n / 50) * 0.03;
    areas.ensureParish(
        code,
        "Prøvesogn " + n,
        AreaGeometry.FACTORY.toGeometry(new Envelope(x, x + 0.02, y, y + 0.02)));
    return code;
  }

  /** Removes an area a test created, with its councils; the audit log keeps its entries. */
  public void removeArea(String slug) {
    transaction.executeWithoutResult(
        status -> {
          jdbc.sql("delete from council where area_id in (select id from area where slug = ?)")
              .param(slug)
              .update();
          jdbc.sql("delete from area where slug = ?").param(slug).update();
        });
    events.publishEvent(new AreasChanged());
  }

  public void removeParish(String code) {
    transaction.executeWithoutResult(
        status -> jdbc.sql("delete from parish where code = ?").param(code).update());
    events.publishEvent(new AreasChanged());
  }
}
