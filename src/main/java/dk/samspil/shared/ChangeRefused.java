package dk.samspil.shared;

import java.util.Arrays;

/**
 * A change that a rule refuses, with the form field it concerns and the reason as a message key and
 * its arguments, so that the form can show the message next to the field.
 */
public abstract class ChangeRefused extends RuntimeException {

  private final String field;
  private final String messageKey;
  private final transient Object[] arguments;

  protected ChangeRefused(String field, String messageKey, Object... arguments) {
    super(messageKey + " " + Arrays.toString(arguments));
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = arguments;
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
