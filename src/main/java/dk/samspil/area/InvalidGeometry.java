package dk.samspil.area;

import java.util.Arrays;

/**
 * A geometry that cannot be used as a boundary, with the reason as a message key and its arguments
 * (for instance where a polygon crosses itself).
 */
public class InvalidGeometry extends Exception {

  private final String messageKey;
  private final transient Object[] arguments;

  InvalidGeometry(String messageKey, Object... arguments) {
    super(messageKey + " " + Arrays.toString(arguments));
    this.messageKey = messageKey;
    this.arguments = arguments;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
