package dk.samspil.council.web;

import dk.samspil.council.CouncilPosition;
import dk.samspil.shared.FieldError;
import java.util.ArrayList;
import java.util.List;

/** Inviting a person to the council's board by e-mail, as typed. */
public record InviteForm(String email, String navn, String position) {

  static final int NAME_MAX = 200;

  static InviteForm empty() {
    return new InviteForm(null, null, CouncilPosition.MEDLEM.name());
  }

  List<FieldError> validate() {
    List<FieldError> errors = new ArrayList<>();
    if (FormErrors.isBlank(email)) {
      errors.add(new FieldError("invite-email", "selfservice.members.error.email-missing"));
    } else if (!FormErrors.isEmail(email)) {
      errors.add(new FieldError("invite-email", "selfservice.members.error.email"));
    }
    if (navn != null && navn.strip().length() > NAME_MAX) {
      errors.add(new FieldError("invite-navn", "selfservice.profile.error.too-long", NAME_MAX));
    }
    if (positionValue() == null) {
      errors.add(new FieldError("invite-position", "selfservice.members.error.position"));
    }
    return errors;
  }

  CouncilPosition positionValue() {
    return MemberForm.positionOf(position);
  }

  public boolean isPosition(CouncilPosition candidate) {
    return candidate.name().equals(position);
  }
}
