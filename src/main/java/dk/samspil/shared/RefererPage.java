package dk.samspil.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;

/**
 * The page of this site a request came from, by its {@code Referer}: where to send a person back to
 * when the form they sent cannot be answered (too large, or they must sign in first).
 */
final class RefererPage {

  private RefererPage() {}

  /**
   * The path (with its query) of the referring page, if the Referer names a page of this host;
   * empty when there is none, it is another site's, or it is no address at all.
   */
  static Optional<String> of(HttpServletRequest request) {
    String referer = request.getHeader("Referer");
    if (referer == null) {
      return Optional.empty();
    }
    try {
      URI from = URI.create(referer);
      if (from.getHost() == null || !from.getHost().equalsIgnoreCase(request.getServerName())) {
        return Optional.empty();
      }
      String path =
          from.getRawPath() == null || from.getRawPath().isEmpty() ? "/" : from.getRawPath();
      return Optional.of(from.getRawQuery() == null ? path : path + "?" + from.getRawQuery());
    } catch (IllegalArgumentException notAnAddress) {
      return Optional.empty();
    }
  }
}
