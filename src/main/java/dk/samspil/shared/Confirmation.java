package dk.samspil.shared;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What was just done, shown at the top of the next page (see {@link Forms#confirm}). Kept in the
 * flash map of the session between the redirect and the page, so it is serializable.
 */
public record Confirmation(String messageKey, Object... arguments) implements Serializable {

  /** The flash attribute that carries it. */
  public static final String ATTRIBUTE = "confirmation";

  @Override
  public boolean equals(Object other) {
    return other instanceof Confirmation that
        && messageKey.equals(that.messageKey)
        && Arrays.equals(arguments, that.arguments);
  }

  @Override
  public int hashCode() {
    return 31 * messageKey.hashCode() + Arrays.hashCode(arguments);
  }

  @Override
  public String toString() {
    return messageKey + Arrays.toString(arguments);
  }
}
