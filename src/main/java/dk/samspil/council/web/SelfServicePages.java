package dk.samspil.council.web;

import dk.samspil.council.Council;
import dk.samspil.council.CouncilMemberListing;
import dk.samspil.council.CouncilSeat;
import dk.samspil.organisation.Theme;
import dk.samspil.shared.FieldError;
import java.util.List;

/** The data of the council self-service pages, as their templates take it. */
public final class SelfServicePages {

  private SelfServicePages() {}

  /** "Mit lokalråd": the signed-in person's seats. {@code notice} says what was just done. */
  public record MyCouncils(List<CouncilSeat> seats, String notice) {}

  /** The council's profile form. */
  public record ProfileEdit(
      Council council,
      ProfileForm form,
      List<Theme> themes,
      List<FieldError> errors,
      boolean saved) {

    public FieldError error(String field) {
      return FormErrors.of(errors, field);
    }
  }

  /**
   * The council's members; {@code mayManage} decides whether the invite form and edit links show.
   * {@code notice} says what was just done.
   */
  public record Members(
      Council council,
      List<CouncilMemberListing> members,
      boolean mayManage,
      InviteForm invite,
      List<FieldError> errors,
      String notice) {

    public FieldError error(String field) {
      return FormErrors.of(errors, field);
    }
  }

  /** One member's position and right to answer. */
  public record MemberEdit(
      Council council, CouncilMemberListing member, MemberForm form, List<FieldError> errors) {

    public FieldError error(String field) {
      return FormErrors.of(errors, field);
    }
  }
}
