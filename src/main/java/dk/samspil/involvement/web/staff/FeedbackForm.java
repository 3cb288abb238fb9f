package dk.samspil.involvement.web.staff;

import dk.samspil.involvement.FeedbackVerdict;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;

/**
 * The municipality's feedback on one contribution: how it was used, and why. Whether the verdict is
 * one of those offered is checked by the controller.
 */
public record FeedbackForm(
    String vurdering, @NotBlank(message = "{staff.feedback.error.text}") String begrundelse) {

  /** The verdict chosen, or null when none of the offered ones. */
  FeedbackVerdict verdict() {
    for (FeedbackVerdict verdict : FeedbackVerdict.values()) {
      if (verdict.name().equals(vurdering)) {
        return verdict;
      }
    }
    return null;
  }

  /** The inputs of the feedback form of this invitation on the process page. */
  static Map<String, String> inputs(long invitationId) {
    return Map.of(
        "vurdering",
        "vurdering-" + invitationId + "-" + FeedbackVerdict.values()[0].name(),
        "begrundelse",
        "begrundelse-" + invitationId);
  }
}
