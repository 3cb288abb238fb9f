package dk.samspil.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Exists only in the tests: tells the client address and scheme the application sees. */
@RestController
class ClientAddressTestController {

  @GetMapping("/test/klient")
  String client(HttpServletRequest request) {
    request.getSession(true);
    return request.getRemoteAddr() + "|" + request.getScheme() + "|" + request.isSecure();
  }
}
