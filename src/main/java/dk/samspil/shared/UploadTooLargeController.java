package dk.samspil.shared;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page an upload too large for the server lands on (see {@link UploadTooLargeFilter}). */
@Controller
class UploadTooLargeController {

  @GetMapping(UploadTooLargeFilter.PAGE)
  String page(
      @RequestParam(name = "tilbage", required = false) String back,
      @RequestParam(name = "tekst", required = false) String text,
      HttpServletResponse response,
      Model model) {
    response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
    model.addAttribute("status", HttpStatus.CONTENT_TOO_LARGE.value());
    model.addAttribute(
        "reason", text == null ? ErrorReason.UPLOAD_TOO_LARGE : ErrorReason.FORM_TOO_LARGE);
    model.addAttribute("back", isLocalPath(back) ? back : "/");
    return "shared/error";
  }

  /** Only a path on this site: never another site's address ("//host" or "https://…"). */
  static boolean isLocalPath(String path) {
    return path != null
        && path.startsWith("/")
        && !path.startsWith("//")
        && !path.startsWith("/\\")
        && path.chars().noneMatch(Character::isISOControl);
  }
}
