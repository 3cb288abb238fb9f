package dk.samspil.involvement;

import java.util.Arrays;
import java.util.Optional;

/**
 * Which files a council may attach: PDF, PNG and JPEG, recognised by their first bytes (never by
 * the name or the type the browser claims), up to {@link #MAX_BYTES}.
 */
public final class AttachmentFiles {

  /** The largest file a council may attach: 10 MB. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

  private AttachmentFiles() {}

  /** The content type the bytes show, if it is one that may be attached. */
  public static Optional<String> sniff(byte[] content) {
    if (startsWith(content, PDF)) {
      return Optional.of("application/pdf");
    }
    if (startsWith(content, PNG)) {
      return Optional.of("image/png");
    }
    if (startsWith(content, JPEG)) {
      return Optional.of("image/jpeg");
    }
    return Optional.empty();
  }

  /** A file name that is safe to store and to send back: no folders, no control characters. */
  public static String safeName(String original, String contentType) {
    String name = original == null ? "" : original;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.length() > 200) {
      name = name.substring(name.length() - 200);
    }
    if (name.isBlank() || name.startsWith(".")) {
      name =
          "bilag"
              + switch (contentType) {
                case "application/pdf" -> ".pdf";
                case "image/png" -> ".png";
                default -> ".jpg";
              };
    }
    return name;
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    return content != null
        && content.length >= prefix.length
        && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
  }
}
