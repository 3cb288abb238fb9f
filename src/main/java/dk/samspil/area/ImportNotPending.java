package dk.samspil.area;

/** An import was already applied or discarded, so it cannot be applied or discarded (again). */
public class ImportNotPending extends RuntimeException {

  private final ImportStatus status;

  private ImportNotPending(long id, ImportStatus status) {
    super("Area import " + id + " is " + status);
    this.status = status;
  }

  static ImportNotPending of(AreaImport upload) {
    return new ImportNotPending(upload.getId(), upload.getStatus());
  }

  public ImportStatus status() {
    return status;
  }
}
