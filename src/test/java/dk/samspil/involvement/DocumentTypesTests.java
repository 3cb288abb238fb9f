package dk.samspil.involvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentTypesTests {

  @Test
  void recognisesPdfPngAndJpegByTheirFirstBytes() {
    assertThat(DocumentTypes.sniff("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)))
        .contains(DocumentTypes.PDF);
    assertThat(
            DocumentTypes.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}))
        .contains(DocumentTypes.PNG);
    assertThat(DocumentTypes.sniff(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}))
        .contains(DocumentTypes.JPEG);
  }

  @Test
  void refusesAnythingElseWhateverItIsCalled() {
    assertThat(
            DocumentTypes.sniff("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
    assertThat(DocumentTypes.sniff("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)))
        .isEmpty();
    assertThat(DocumentTypes.sniff(" %PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(DocumentTypes.sniff(new byte[] {(byte) 0x89, 'P', 'N'})).isEmpty();
    assertThat(DocumentTypes.sniff(new byte[0])).isEmpty();
    assertThat(DocumentTypes.sniff(null)).isEmpty();
  }
}
