package dk.samspil.page;

import dk.samspil.shared.NotFoundException;

/** No standing page has the address asked for. */
public class PageNotFound extends NotFoundException {

  private PageNotFound(String slug) {
    super("admin.error.not-found", "page", slug);
  }

  public static PageNotFound forSlug(String slug) {
    return new PageNotFound(slug);
  }
}
