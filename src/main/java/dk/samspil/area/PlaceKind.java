package dk.samspil.area;

/** What a gazetteer entry names. */
public enum PlaceKind {
  AREA,
  PARISH,
  POSTAL_DISTRICT;

  public String messageKey() {
    return "place.kind." + name();
  }
}
