package dk.samspil.involvement.web.staff;

import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * The title of a file to add to a process's documents, if not the file's name. The file itself
 * (present, within the size limit, a PDF or image) comes beside it and is checked by the
 * controller.
 */
public record UploadForm(
    @Size(max = StaffDocumentController.TITLE_MAX, message = "{staff.form.error.too-long}")
        String titel) {

  /** The inputs of the upload form on the process page. */
  static final Map<String, String> INPUTS = Map.of("titel", "dokument-titel");

  String typed() {
    return titel == null ? "" : titel;
  }
}
