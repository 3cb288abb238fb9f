package dk.samspil.involvement.web;

import dk.samspil.shared.PublicPaths;
import java.util.List;
import org.springframework.stereotype.Component;

/** Published processes and their open data. */
@Component
class InvolvementPublicPaths implements PublicPaths {

  @Override
  public List<String> pages() {
    return List.of(
        "/inddragelser", "/inddragelser/**", "/api/v1/processes", "/api/v1/processes/**");
  }
}
