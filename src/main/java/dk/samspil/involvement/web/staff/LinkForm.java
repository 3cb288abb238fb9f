package dk.samspil.involvement.web.staff;

import dk.samspil.shared.WebAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** A link to add to a process's documents: its address and, if not the address, a title. */
public record LinkForm(
    @Size(max = StaffDocumentController.TITLE_MAX, message = "{staff.form.error.too-long}")
        String titel,
    @NotBlank(message = "{staff.form.error.url}") @WebAddress(message = "{staff.form.error.url}")
        String adresse) {

  /** The inputs of the link form on the process page. */
  static final Map<String, String> INPUTS =
      Map.of("titel", "link-titel", "adresse", "link-adresse");

  String title() {
    return titel == null || titel.isBlank() ? adresse.strip() : titel.strip();
  }
}
