package dk.samspil.council;

import dk.samspil.shared.ChangeRefused;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A council cannot go from its status to the one asked for, e.g. back from closed down. Names the
 * status as the form field it concerns; the statuses in the message are in the reader's language.
 */
public class IllegalStatusChange extends ChangeRefused {

  private final CouncilStatus from;
  private final CouncilStatus to;

  private IllegalStatusChange(CouncilStatus from, CouncilStatus to) {
    super("status", "admin.council.status.illegal", name(from), name(to));
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

  private static Object name(CouncilStatus status) {
    return status == null ? "–" : new DefaultMessageSourceResolvable(status.messageKey());
  }
}
