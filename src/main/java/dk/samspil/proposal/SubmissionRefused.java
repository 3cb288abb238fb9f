package dk.samspil.proposal;

import dk.samspil.shared.ChangeRefused;

/**
 * Bringing the proposal is refused: a guard against spam (too fast, too many), or a place that
 * decides no area. The field it concerns, or none for the whole form.
 */
public class SubmissionRefused extends ChangeRefused {

  SubmissionRefused(String field, String messageKey, Object... arguments) {
    super(field, messageKey, arguments);
  }
}
