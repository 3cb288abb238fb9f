package dk.samspil.proposal.web.citizen;

import dk.samspil.shared.UploadLimitAnswer;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Photos too large for the server come back to the proposal form, with its message. */
@Component
class SubmitUploadLimit implements UploadLimitAnswer {

  static final String FORM = "/forslag/nyt";

  @Override
  public Optional<String> formFor(String path) {
    return FORM.equals(path) ? Optional.of(FORM + "?for-stor") : Optional.empty();
  }
}
