package dk.samspil.proposal.web.citizen;

import dk.samspil.area.Area;
import dk.samspil.organisation.Theme;
import dk.samspil.proposal.InitiativeNeed;
import dk.samspil.proposal.Proposal;
import dk.samspil.proposal.ProposalKind;
import dk.samspil.proposal.ProposalPhotos;
import dk.samspil.proposal.Receiver;
import dk.samspil.shared.FormErrors;
import java.time.LocalDate;
import java.util.List;

/** What the citizen's proposal pages show. */
public final class SubmitPages {

  private SubmitPages() {}

  /** The choices the form offers. */
  public record Choices(List<Area> areas, List<Theme> themes) {

    public List<ProposalKind> kinds() {
      return List.of(ProposalKind.values());
    }

    public List<InitiativeNeed> needs() {
      return List.of(InitiativeNeed.values());
    }
  }

  /**
   * The form. {@code ambiguous}: the areas a typed place lies in, to choose from; {@code
   * accountEmail}: the signed-in proposer's address, which needs no confirmation.
   */
  public record Form(
      SubmitForm form,
      FormErrors errors,
      Choices choices,
      List<ProposalPhotos.Kept> photos,
      List<Area> ambiguous,
      String accountEmail,
      boolean uploadTooLarge,
      int maxPhotos,
      long maxPhotoMegabytes) {

    public boolean signedIn() {
      return accountEmail != null;
    }
  }

  /** The preview before sending: what is sent, who receives it, and what happens next. */
  public record Preview(
      SubmitForm form,
      Receiver receiver,
      List<Theme> themes,
      List<ProposalPhotos.Kept> photos,
      String accountEmail,
      int councilWeeks,
      int answerWeeks,
      int linkHours) {

    public boolean signedIn() {
      return accountEmail != null;
    }

    public String email() {
      return signedIn() ? accountEmail : form.email();
    }
  }

  /** After sending without an account: the mail with the link is on its way. */
  public record Sent(String email, int linkHours) {}

  /** The page of a valid confirmation link, with the button that confirms. */
  public record Confirm(String token, Proposal proposal) {}

  /** After the confirmation (or sending while signed in): the council has it now. */
  public record Received(
      Proposal proposal, Receiver receiver, LocalDate deadline, int answerWeeks) {}

  /** A confirmation link that no longer works. */
  public record LinkProblem(boolean expired, int linkHours) {}
}
