package dk.samspil.shared;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Exists only in the tests: a page that fails, to show the 500 page. */
@Controller
class FailingTestController {

  @GetMapping("/test/fejl")
  String fail() {
    throw new IllegalStateException("deliberately failing for the 500 page");
  }
}
