package dk.samspil.shared;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The 404, 500 and other error pages in the site's layout; JSON for paths under /api/. A request
 * that failed because the database is unreachable (in a controller or in a filter, e.g. the session
 * store) gets 503 with the Danish page, never Tomcat's own.
 */
@Controller
class ErrorPageController implements ErrorController {

  @RequestMapping(value = "/error", produces = "text/html")
  String page(HttpServletRequest request, HttpServletResponse response, Model model) {
    HttpStatus status = status(request);
    response.setStatus(status.value());
    model.addAttribute("status", status.value());
    model.addAttribute("reason", ErrorReason.of(request));
    model.addAttribute("signIn", signInBackTo(request));
    if (status == HttpStatus.SERVICE_UNAVAILABLE) {
      response.setHeader("Retry-After", "30");
    }
    if (isApi(request)) {
      return "forward:/error/json";
    }
    return "shared/error";
  }

  @RequestMapping("/error")
  ResponseEntity<Map<String, Object>> json(HttpServletRequest request) {
    HttpStatus status = status(request);
    return ApiErrors.body(status, status.getReasonPhrase());
  }

  @RequestMapping("/error/json")
  ResponseEntity<Map<String, Object>> forwardedJson(HttpServletRequest request) {
    return json(request);
  }

  /**
   * The sign-in link for a refused form: back to the page the form was on (its Referer, when that
   * is a page of this site), since the form's own address only takes a POST.
   */
  static String signInBackTo(HttpServletRequest request) {
    return RefererPage.of(request)
        .map(path -> "/login?fortsaet=" + URLEncoder.encode(path, StandardCharsets.UTF_8))
        .orElse("/login");
  }

  private static boolean isApi(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    return uri != null && uri.toString().startsWith("/api/");
  }

  static HttpStatus status(HttpServletRequest request) {
    if (DatabaseOutage.during(request)) {
      return HttpStatus.SERVICE_UNAVAILABLE;
    }
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status =
        code instanceof Integer value
            ? HttpStatus.resolve(value)
            : HttpStatus.INTERNAL_SERVER_ERROR;
    return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
  }
}
