package dk.samspil.notice.web;

import dk.samspil.shared.PublicPaths;
import java.util.List;
import org.springframework.stereotype.Component;

/** The published notices. */
@Component
class NoticePublicPaths implements PublicPaths {

  @Override
  public List<String> pages() {
    return List.of("/orienteringer", "/orienteringer/**");
  }
}
