package dk.samspil.involvement;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a process is: kladde → åben for bidrag → under behandling → afgjort → lukket. Only the
 * transitions listed in {@link #next()} are allowed.
 */
public enum ProcessStatus {
  KLADDE,
  AABEN,
  UNDER_BEHANDLING,
  AFGJORT,
  LUKKET;

  /** The statuses this one may move to. */
  public Set<ProcessStatus> next() {
    return switch (this) {
      case KLADDE -> EnumSet.of(AABEN);
      case AABEN -> EnumSet.of(UNDER_BEHANDLING);
      case UNDER_BEHANDLING -> EnumSet.of(AFGJORT);
      case AFGJORT -> EnumSet.of(LUKKET);
      case LUKKET -> EnumSet.noneOf(ProcessStatus.class);
    };
  }

  public boolean mayMoveTo(ProcessStatus target) {
    return next().contains(target);
  }

  /** Published processes are public; drafts are not. */
  public boolean isPublic() {
    return this != KLADDE;
  }

  public String messageKey() {
    return "process.status." + name();
  }

  public String apiValue() {
    return switch (this) {
      case KLADDE -> "draft";
      case AABEN -> "open";
      case UNDER_BEHANDLING -> "under_consideration";
      case AFGJORT -> "decided";
      case LUKKET -> "closed";
    };
  }
}
