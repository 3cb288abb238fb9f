package dk.samspil.involvement;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file a process document may be: PDF, PNG and JPEG. The kind is read from the file's
 * first bytes, never from its name or the type the browser claims, so that a renamed program or web
 * page is not served as a document.
 */
public final class DocumentTypes {

  public static final String PDF = "application/pdf";
  public static final String PNG = "image/png";
  public static final String JPEG = "image/jpeg";

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

  private DocumentTypes() {}

  /** The content type of the file, judged by its first bytes; empty for anything else. */
  public static Optional<String> sniff(byte[] content) {
    if (content == null) {
      return Optional.empty();
    }
    if (startsWith(content, PDF_MAGIC)) {
      return Optional.of(PDF);
    }
    if (startsWith(content, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    if (startsWith(content, JPEG_MAGIC)) {
      return Optional.of(JPEG);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    return content.length >= magic.length
        && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }
}
