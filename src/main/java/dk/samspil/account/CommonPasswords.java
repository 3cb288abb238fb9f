package dk.samspil.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The list of common passwords that are refused (NIST SP 800-63B 5.1.1.2), shipped as {@code
 * security/common-passwords.txt} (from zxcvbn 4.4.2, MIT licence; see the file's header). Compared
 * case-insensitively.
 */
final class CommonPasswords {

  static final String RESOURCE = "security/common-passwords.txt";

  private static final class Holder {
    static final Set<String> LIST = load();
  }

  private CommonPasswords() {}

  /** Whether the password, ignoring case, is on the list. */
  static boolean contains(String password) {
    return password != null && Holder.LIST.contains(password.strip().toLowerCase(Locale.ROOT));
  }

  static int size() {
    return Holder.LIST.size();
  }

  private static Set<String> load() {
    ClassLoader loader = CommonPasswords.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + RESOURCE);
      }
      Set<String> list = new HashSet<>(40_000);
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          if (!line.isBlank() && !line.startsWith("#")) {
            list.add(line.strip().toLowerCase(Locale.ROOT));
          }
        }
      }
      return Set.copyOf(list);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
