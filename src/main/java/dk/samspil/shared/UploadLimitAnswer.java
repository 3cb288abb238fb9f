package dk.samspil.shared;

import java.util.Optional;

/**
 * Extension point: a module whose form answers an upload too large for the server itself (its own
 * form with a message) names that form here; every other too-large upload gets the general Danish
 * page that leads back to the form it came from.
 */
public interface UploadLimitAnswer {

  /** The address to send the person to after a too-large upload to {@code path}, if its own. */
  Optional<String> formFor(String path);
}
