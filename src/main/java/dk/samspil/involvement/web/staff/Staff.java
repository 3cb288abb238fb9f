package dk.samspil.involvement.web.staff;

import dk.samspil.shared.Confirmation;
import dk.samspil.shared.PageContext;
import dk.samspil.shared.SamspilPrincipal;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;

/** What the staff controllers share: who may use them, and the confirmations after a change. */
final class Staff {

  /** Employees of any department manage every process; administrators may too. */
  static final String MANAGES_PROCESSES = "hasAnyRole('MEDARBEJDER', 'ADMINISTRATOR')";

  /** The overview is for staff; contact persons are sent on from it to their own desk. */
  static final String READS_OVERVIEW =
      "hasAnyRole('MEDARBEJDER', 'ADMINISTRATOR', 'KONTAKTPERSON')";

  /** The status of a form shown again with errors. */
  static final int UNPROCESSABLE = 422;

  /** The confirmations that may be asked for with {@code ?besked=}. */
  private static final Set<String> NOTICES =
      Set.of(
          "oprettet",
          "gemt",
          "dokument",
          "link",
          "fjernet",
          "offentliggjort",
          "forlaenget",
          "status",
          "tilbagemelding",
          "skjult",
          "resultat");

  private Staff() {}

  static long accountId(Authentication authentication) {
    return ((SamspilPrincipal) authentication.getPrincipal()).accountId();
  }

  /** Shows the confirmation {@code staff.notice.<key>} at the top of the page, if known. */
  static void notice(Model model, String key) {
    if (key != null
        && NOTICES.contains(key)
        && model.getAttribute("ctx") instanceof PageContext ctx) {
      ctx.confirm(new Confirmation("staff.notice." + key));
    }
  }
}
