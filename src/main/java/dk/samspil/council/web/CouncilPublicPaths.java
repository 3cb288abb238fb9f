package dk.samspil.council.web;

import dk.samspil.shared.PublicPaths;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The front page, the areas, the councils, the contact list, the area finder and their open data. A
 * council's own pages under {@code /lokalraad/{slug}/…} are checked on their controllers.
 */
@Component
class CouncilPublicPaths implements PublicPaths {

  @Override
  public List<String> pages() {
    return List.of(
        "/",
        "/lokalomraader",
        "/lokalomraader/**",
        "/lokalraad",
        "/lokalraad/**",
        "/kontakt",
        "/kontakt.csv",
        "/find-dit-lokalomraade",
        "/api/v1/areas",
        "/api/v1/areas/**",
        "/api/v1/councils",
        "/api/v1/councils/**");
  }
}
