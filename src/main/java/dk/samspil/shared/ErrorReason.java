package dk.samspil.shared;

import jakarta.servlet.http.HttpServletRequest;

/** Why a request was refused, for the error page to explain it (set before {@code sendError}). */
public enum ErrorReason {
  /** The form's security token no longer matches: the session ended or the page was too old. */
  SESSION_ENDED,
  /** The signed-in person may not do this. */
  DENIED,
  /** The uploaded file (or the whole form) was larger than the server takes (status 413). */
  UPLOAD_TOO_LARGE,
  /** A form without files was larger than the server takes (status 413). */
  FORM_TOO_LARGE;

  private static final String ATTRIBUTE = ErrorReason.class.getName();

  public static void set(HttpServletRequest request, ErrorReason reason) {
    request.setAttribute(ATTRIBUTE, reason);
  }

  static ErrorReason of(HttpServletRequest request) {
    return request.getAttribute(ATTRIBUTE) instanceof ErrorReason reason ? reason : null;
  }
}
