package dk.samspil.page;

import dk.samspil.shared.ChangeRefused;
import dk.samspil.shared.DanishDates;
import java.time.Instant;

/** A change to a page that is refused; it concerns the whole form. */
public class PageChangeRefused extends ChangeRefused {

  private PageChangeRefused(String messageKey, Object... arguments) {
    super(null, messageKey, arguments);
  }

  /** Someone saved the page after the administrator opened it (their name, if known, and when). */
  public static PageChangeRefused changedMeanwhile(String editor, Instant at) {
    return editor == null
        ? new PageChangeRefused("page.admin.conflict.unknown", DanishDates.format(at))
        : new PageChangeRefused("page.admin.conflict", editor, DanishDates.format(at));
  }
}
