package dk.samspil.involvement.web.staff;

import jakarta.validation.constraints.NotBlank;
import java.util.Map;

/** Why a contribution is hidden from the public. */
public record HideForm(@NotBlank(message = "{invitation.hide.reason}") String begrundelse) {

  /** The input of the hiding form of this invitation on the process page. */
  static Map<String, String> inputs(long invitationId) {
    return Map.of("begrundelse", "skjul-" + invitationId);
  }
}
