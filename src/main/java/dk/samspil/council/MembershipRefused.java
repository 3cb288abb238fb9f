package dk.samspil.council;

import dk.samspil.shared.ChangeRefused;

/**
 * A change to a council's members that the rules do not allow, with the reason in the user's words
 * and the form field it concerns: the invited address ({@code email}), the right to answer ({@code
 * maaSvare}) or the remove button ({@code fjern}).
 */
public class MembershipRefused extends ChangeRefused {

  private static final String LAST_ANSWERER = "selfservice.members.error.last-answerer";

  private MembershipRefused(String field, String messageKey) {
    super(field, messageKey);
  }

  /** Taking the right to answer from the last member who has it. */
  public static MembershipRefused lastAnswererKeepsTheRight() {
    return new MembershipRefused("maaSvare", LAST_ANSWERER);
  }

  /** Removing the last member who may answer: a council always keeps one. */
  public static MembershipRefused lastAnswererStays() {
    return new MembershipRefused("fjern", LAST_ANSWERER);
  }

  public static MembershipRefused alreadyMember() {
    return new MembershipRefused("email", "selfservice.members.error.already-member");
  }
}
