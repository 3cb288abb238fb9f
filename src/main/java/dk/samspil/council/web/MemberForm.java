package dk.samspil.council.web;

import dk.samspil.council.CouncilMemberListing;
import dk.samspil.council.CouncilPosition;
import jakarta.validation.constraints.NotNull;

/** A member's position and right to answer ({@code maaSvare}), as chosen in the form. */
public record MemberForm(
    @NotNull(message = "{selfservice.members.error.position}") CouncilPosition position,
    Boolean maaSvare) {

  static MemberForm of(CouncilMemberListing member) {
    return new MemberForm(member.position(), member.mayAnswer());
  }

  public boolean answers() {
    return Boolean.TRUE.equals(maaSvare);
  }
}
