package dk.samspil.council;

import java.util.List;
import java.util.Locale;

/** Where a council is in its life. */
public enum CouncilStatus {
  UNDER_ETABLERING,
  AKTIV,
  HVILENDE,
  NEDLAGT;

  /** The statuses a council may be registered in: it starts under establishment or active. */
  public static final List<CouncilStatus> FIRST = List.of(UNDER_ETABLERING, AKTIV);

  public String messageKey() {
    return "council.status." + name();
  }

  /** The value used in the open-data API, e.g. {@code under_etablering}. */
  public String apiValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the council speaks for its area (under establishment or active). */
  public boolean isRepresenting() {
    return this == AKTIV || this == UNDER_ETABLERING;
  }

  /**
   * The statuses a council may go to from this one: under establishment → active; active ↔ dormant;
   * any → closed down, which is final.
   */
  public List<CouncilStatus> next() {
    return switch (this) {
      case UNDER_ETABLERING -> List.of(AKTIV, NEDLAGT);
      case AKTIV -> List.of(HVILENDE, NEDLAGT);
      case HVILENDE -> List.of(AKTIV, NEDLAGT);
      case NEDLAGT -> List.of();
    };
  }

  public boolean mayBecome(CouncilStatus target) {
    return next().contains(target);
  }
}
