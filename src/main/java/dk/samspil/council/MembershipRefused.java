package dk.samspil.council;

/** A change to a council's members that the rules do not allow; says why in the user's words. */
public class MembershipRefused extends RuntimeException {

  private final String messageKey;

  private MembershipRefused(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  /** A council must always keep at least one member who may answer on its behalf. */
  public static MembershipRefused lastAnswerer() {
    return new MembershipRefused("selfservice.members.error.last-answerer");
  }

  public static MembershipRefused alreadyMember() {
    return new MembershipRefused("selfservice.members.error.already-member");
  }

  /** The address belongs to a deactivated or deleted account. */
  public static MembershipRefused accountClosed() {
    return new MembershipRefused("selfservice.members.error.account-closed");
  }

  public String messageKey() {
    return messageKey;
  }
}
