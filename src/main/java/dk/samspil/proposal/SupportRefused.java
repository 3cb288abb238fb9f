package dk.samspil.proposal;

import dk.samspil.shared.ChangeRefused;

/**
 * Local support that cannot be given: the proposal is finished, or too many links were asked for.
 */
public class SupportRefused extends ChangeRefused {

  private SupportRefused(String messageKey) {
    super("email", messageKey);
  }

  static SupportRefused finished() {
    return new SupportRefused("proposal.public.support.finished");
  }

  static SupportRefused tooMany() {
    return new SupportRefused("proposal.public.support.too-many");
  }
}
