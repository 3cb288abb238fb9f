package dk.samspil.shared;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administration's front page: what can be maintained where. */
@Controller
class AdminHomeController {

  @GetMapping("/admin")
  String home() {
    return "shared/adminHome";
  }
}
