package dk.samspil.council;

import java.util.Locale;

/** Where a council is in its life. */
public enum CouncilStatus {
  UNDER_ETABLERING,
  AKTIV,
  HVILENDE,
  NEDLAGT;

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
}
