package dk.samspil.page.web;

import dk.samspil.page.Page;
import dk.samspil.shared.PublicPaths;
import java.util.List;
import org.springframework.stereotype.Component;

/** About the cooperation, the accessibility statement and the privacy policy. */
@Component
class PagePublicPaths implements PublicPaths {

  @Override
  public List<String> pages() {
    return List.of("/" + Page.ABOUT, "/" + Page.ACCESSIBILITY, "/" + Page.PRIVACY);
  }
}
