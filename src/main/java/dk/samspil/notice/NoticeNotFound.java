package dk.samspil.notice;

import dk.samspil.shared.NotFoundException;

/** No notice with that id. */
public class NoticeNotFound extends NotFoundException {

  private NoticeNotFound(Long id) {
    super("notice.not-found", id);
  }

  public static NoticeNotFound forId(Long id) {
    return new NoticeNotFound(id);
  }
}
