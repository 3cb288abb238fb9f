package dk.samspil.involvement;

import dk.samspil.shared.NotFoundException;

/**
 * No process, invitation, document or attachment with that id, or not one the asker may see (a
 * draft for the public, a document of another process).
 */
public class ProcessNotFound extends NotFoundException {

  private ProcessNotFound(Object id) {
    super("error.process-not-found", id);
  }

  public static ProcessNotFound forProcess(Long id) {
    return new ProcessNotFound(id);
  }

  public static ProcessNotFound forInvitation(Long id) {
    return new ProcessNotFound(id);
  }

  public static ProcessNotFound forDocument(Long id) {
    return new ProcessNotFound(id);
  }

  public static ProcessNotFound forAttachment(Long id) {
    return new ProcessNotFound(id);
  }
}
