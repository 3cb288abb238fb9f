package dk.samspil.area;

/** Where an uploaded boundary file is: waiting for a decision, applied, or discarded. */
public enum ImportStatus {
  PENDING,
  APPLIED,
  DISCARDED;

  public String messageKey() {
    return "admin.import.status." + name();
  }
}
