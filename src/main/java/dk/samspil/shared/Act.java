package dk.samspil.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Who does something, and when: now, or on a past day when demonstration data replays history.
 * Replayed history goes through the same guarded transitions as what people do, and its events say
 * so ({@code replayed}), so that no one is mailed about what happened weeks ago.
 *
 * @param by the account acting, or null (a job, an import)
 * @param at when, or null for the moment the use case runs (see {@link #at(Clock)})
 * @param replayed whether this is history replayed rather than something happening now
 */
public record Act(Long by, Instant at, boolean replayed) {

  /** Something the account does now. */
  public static Act by(Long accountId) {
    return new Act(accountId, null, false);
  }

  /** Something that happened at {@code at}, replayed by demonstration data. */
  public static Act replayed(Long accountId, Instant at) {
    return new Act(accountId, at, true);
  }

  /** The moment of the act: its own, or now by the clock. */
  public Instant at(Clock clock) {
    return at != null ? at : clock.instant();
  }

  /** The day of the act in the clock's time zone: "today" for the rules it must follow. */
  public LocalDate day(Clock clock) {
    return LocalDate.ofInstant(at(clock), clock.getZone());
  }
}
