package dk.samspil.council;

import dk.samspil.shared.NotFoundException;

/** The council has no member with the id asked for. */
public class CouncilMemberNotFound extends NotFoundException {

  private CouncilMemberNotFound(String slug) {
    super("selfservice.members.error.not-found", slug);
  }

  public static CouncilMemberNotFound on(String slug) {
    return new CouncilMemberNotFound(slug);
  }
}
