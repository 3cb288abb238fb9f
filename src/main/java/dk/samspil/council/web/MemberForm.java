package dk.samspil.council.web;

import dk.samspil.council.CouncilMemberListing;
import dk.samspil.council.CouncilPosition;
import dk.samspil.shared.FieldError;
import java.util.ArrayList;
import java.util.List;

/** A member's position and right to answer, as chosen in the form. */
public record MemberForm(String position, Boolean maaSvare) {

  static MemberForm of(CouncilMemberListing member) {
    return new MemberForm(member.position().name(), member.mayAnswer());
  }

  List<FieldError> validate() {
    List<FieldError> errors = new ArrayList<>();
    if (positionOf(position) == null) {
      errors.add(new FieldError("position", "selfservice.members.error.position"));
    }
    return errors;
  }

  public boolean isPosition(CouncilPosition candidate) {
    return candidate.name().equals(position);
  }

  public boolean answers() {
    return Boolean.TRUE.equals(maaSvare);
  }

  static CouncilPosition positionOf(String text) {
    for (CouncilPosition candidate : CouncilPosition.values()) {
      if (candidate.name().equals(text)) {
        return candidate;
      }
    }
    return null;
  }
}
