package dk.samspil.council.web;

import dk.samspil.council.CouncilPosition;
import dk.samspil.council.MemberInvitation;
import dk.samspil.shared.EmailAddress;
import dk.samspil.shared.Forms;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Inviting a person to the council's board by e-mail, as typed. */
public record InviteForm(
    @NotBlank(message = "{selfservice.members.error.email-missing}") @EmailAddress String email,
    @Size(max = 200) String navn,
    @NotNull(message = "{selfservice.members.error.position}") CouncilPosition position) {

  static InviteForm empty() {
    return empty(CouncilPosition.MEDLEM);
  }

  static InviteForm empty(CouncilPosition position) {
    return new InviteForm("", "", position);
  }

  MemberInvitation toInvitation() {
    return new MemberInvitation(email.strip(), Forms.clean(navn), position);
  }
}
