package dk.samspil.council.web;

import dk.samspil.organisation.Theme;
import dk.samspil.shared.JsonApi;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Open data: the councils. */
@RestController
@JsonApi
class CouncilApiController {

  /** One council as the API shows it; {@code themes} are theme slugs. */
  record CouncilJson(
      String slug,
      String name,
      String status,
      String area,
      String website,
      String publicEmail,
      List<String> themes) {}

  private final Directory directory;

  CouncilApiController(Directory directory) {
    this.directory = directory;
  }

  @GetMapping(path = "/api/v1/councils", produces = MediaType.APPLICATION_JSON_VALUE)
  List<CouncilJson> councils() {
    Map<Long, Theme> themes = directory.allThemes();
    return directory.councilListings(directory.listings()).stream()
        .map(
            listing ->
                new CouncilJson(
                    listing.council().getSlug(),
                    listing.council().getName(),
                    listing.council().getStatus().apiValue(),
                    listing.area().getSlug(),
                    listing.council().getWebsite(),
                    listing.council().getPublicEmail(),
                    listing.council().getThemeIds().stream()
                        .map(themes::get)
                        .filter(Objects::nonNull)
                        .map(Theme::getSlug)
                        .sorted()
                        .toList()))
        .toList();
  }
}
