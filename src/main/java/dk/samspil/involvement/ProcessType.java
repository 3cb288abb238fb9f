package dk.samspil.involvement;

import java.util.Locale;

/** What kind of municipal activity a process is. */
public enum ProcessType {
  STRATEGI,
  POLITIK,
  INDSATS,
  HANDLEPLAN,
  LOKALPLAN,
  HOERING,
  ANLAEGSPROJEKT,
  ANDET;

  public String messageKey() {
    return "process.type." + name();
  }

  public String apiValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
