package dk.samspil.area.admin;

import dk.samspil.shared.UploadLimitAnswer;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A boundary file too large for the server comes back to the import form with its message. */
@Component
class AreaImportUploadLimit implements UploadLimitAnswer {

  static final String FORM = "/admin/omraader/import";

  @Override
  public Optional<String> formFor(String path) {
    return FORM.equals(path) ? Optional.of(FORM + "?for-stor") : Optional.empty();
  }
}
