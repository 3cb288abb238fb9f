package dk.samspil.involvement;

/** What a list shows of a process document, without its content. */
public record DocumentInfo(
    Long id,
    Long processId,
    String title,
    String url,
    String filename,
    String contentType,
    Long sizeBytes) {

  public boolean isLink() {
    return url != null;
  }
}
