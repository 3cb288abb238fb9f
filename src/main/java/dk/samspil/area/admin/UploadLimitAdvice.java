package dk.samspil.area.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A boundary file over the size limit is refused before any controller sees it; this sends the
 * administrator back to the upload form with a message instead of an error page.
 */
@ControllerAdvice
class UploadLimitAdvice {

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  String tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request)
      throws MaxUploadSizeExceededException {
    if (request.getRequestURI().startsWith("/admin/omraader/import")) {
      return "redirect:/admin/omraader/import?for-stor";
    }
    throw e;
  }
}
