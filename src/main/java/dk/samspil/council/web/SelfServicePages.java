package dk.samspil.council.web;

import dk.samspil.council.Council;
import dk.samspil.council.CouncilMemberListing;
import dk.samspil.council.CouncilMembership;
import dk.samspil.council.CouncilSeat;
import dk.samspil.council.PageSection;
import dk.samspil.organisation.Theme;
import dk.samspil.shared.FormErrors;
import java.util.List;

/** The data of the council members' own pages, as their templates take them. */
public final class SelfServicePages {

  private SelfServicePages() {}

  /** A seat offered by mail, to accept or decline with the link's token. */
  public record SeatOfferPage(CouncilMembership.SeatOffer offer, String token) {}

  /** "Mit lokalråd": the signed-in person's seats, each with the way to its council's home. */
  public record MyCouncils(List<CouncilSeat> seats) {}

  /**
   * A council's home for its members: the person's seat, the council's pages, and the sections
   * other modules add (e.g. the invitations waiting for the council's answer).
   */
  public record CouncilHome(CouncilSeat seat, List<PageSection> sections) {

    public Council council() {
      return seat.council();
    }
  }

  /** The council's profile form. */
  public record ProfileEdit(
      Council council, ProfileForm form, List<Theme> themes, FormErrors errors) {}

  /**
   * The council's members; {@code mayManage} decides whether the invite form and edit links show.
   */
  public record Members(
      Council council,
      List<CouncilMemberListing> members,
      boolean mayManage,
      InviteForm invite,
      FormErrors errors) {}

  /** One member's position and right to answer. */
  public record MemberEdit(
      Council council, CouncilMemberListing member, MemberForm form, FormErrors errors) {}

  /**
   * Inviting members from outside the council (the administrator, the contact person): its board as
   * it is, possibly empty, and the invite form.
   */
  public record OutsideInvite(
      Council council, List<CouncilMemberListing> members, InviteForm invite, FormErrors errors) {}
}
