package dk.samspil.council;

import dk.samspil.shared.NotFoundException;

/** The council has no member with the id asked for, or there is no seat with that id. */
public class CouncilMemberNotFound extends NotFoundException {

  private CouncilMemberNotFound(String messageKey, Object argument) {
    super(messageKey, argument);
  }

  /** The council (named by its slug) has no member with the id asked for. */
  public static CouncilMemberNotFound on(String slug) {
    return new CouncilMemberNotFound("selfservice.members.error.not-found", slug);
  }

  /** No seat on any council has this id. */
  public static CouncilMemberNotFound forId(long memberId) {
    return new CouncilMemberNotFound("selfservice.members.error.no-seat", memberId);
  }
}
