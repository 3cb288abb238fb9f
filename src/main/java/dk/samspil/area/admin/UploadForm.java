package dk.samspil.area.admin;

import dk.samspil.shared.Forms;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/** The boundary file chosen for upload. */
public record UploadForm(MultipartFile fil) {

  static UploadForm none() {
    return new UploadForm(null);
  }

  /** A form sent without a file: browsers send an empty part when none is chosen. */
  void check(BindingResult errors) {
    if (fil == null || fil.isEmpty()) {
      Forms.rejectField(errors, "fil", "admin.import.no-file");
    }
  }

  String fileName() {
    return fil == null ? null : fil.getOriginalFilename();
  }
}
