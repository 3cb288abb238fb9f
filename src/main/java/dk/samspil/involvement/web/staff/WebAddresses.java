package dk.samspil.involvement.web.staff;

import java.net.URI;
import java.net.URISyntaxException;

/** Checks the addresses staff type for links: absolute http or https, with a host. */
final class WebAddresses {

  static final int MAX_LENGTH = 500;

  private WebAddresses() {}

  static boolean isValid(String text) {
    if (text == null || text.isBlank() || text.strip().length() > MAX_LENGTH) {
      return false;
    }
    try {
      URI uri = new URI(text.strip());
      String scheme = uri.getScheme();
      return scheme != null
          && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          && uri.getHost() != null
          && !uri.getHost().isBlank();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
