package dk.samspil.involvement;

/** A state change that the rules do not allow, e.g. sending a contribution after the deadline. */
public class IllegalTransition extends RuntimeException {

  private final String messageKey;

  IllegalTransition(String messageKey, String detail) {
    super(messageKey + ": " + detail);
    this.messageKey = messageKey;
  }

  public static IllegalTransition process(ProcessStatus from, ProcessStatus to) {
    return new IllegalTransition("process.transition.illegal", from + " -> " + to);
  }

  public static IllegalTransition because(String messageKey) {
    return new IllegalTransition(messageKey, messageKey);
  }

  public String messageKey() {
    return messageKey;
  }
}
