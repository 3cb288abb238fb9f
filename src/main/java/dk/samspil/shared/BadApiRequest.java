package dk.samspil.shared;

/** A request to the API whose parameters are missing or wrong; answered with 400 and the reason. */
public class BadApiRequest extends RuntimeException {

  private final String messageKey;
  private final transient Object[] arguments;

  public BadApiRequest(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = arguments;
  }

  String messageKey() {
    return messageKey;
  }

  Object[] arguments() {
    return arguments.clone();
  }
}
