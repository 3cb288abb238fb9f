package dk.samspil.council;

/** A council cannot go from its status to the one asked for, e.g. back from closed down. */
public class IllegalStatusChange extends RuntimeException {

  private final CouncilStatus from;
  private final CouncilStatus to;

  private IllegalStatusChange(CouncilStatus from, CouncilStatus to) {
    super("A council cannot go from " + from + " to " + to);
    this.from = from;
    this.to = to;
  }

  public static IllegalStatusChange from(CouncilStatus from, CouncilStatus to) {
    return new IllegalStatusChange(from, to);
  }

  public CouncilStatus from() {
    return from;
  }

  public CouncilStatus to() {
    return to;
  }
}
