package dk.samspil.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Something asked for by name does not exist. Pages answer with the 404 page, the API with a JSON
 * 404. Subclasses carry a message key and its arguments, so the message is in the user's language.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public abstract class NotFoundException extends RuntimeException {

  private final String messageKey;
  private final transient Object[] arguments;

  protected NotFoundException(String messageKey, Object... arguments) {
    super(messageKey);
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
