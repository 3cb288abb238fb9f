package dk.samspil.council.web;

import java.util.Set;

/** The confirmations the self-service pages show after a change (Post/Redirect/Get). */
final class Notices {

  static final String CONSENT_SAVED = "samtykke-gemt";
  static final String INVITED = "inviteret";
  static final String MEMBER_SAVED = "medlem-gemt";
  static final String MEMBER_REMOVED = "medlem-fjernet";
  static final String LEFT = "udtraadt";

  private static final Set<String> ALL =
      Set.of(CONSENT_SAVED, INVITED, MEMBER_SAVED, MEMBER_REMOVED, LEFT);

  private Notices() {}

  /** The notice if it is one of ours, else null: the page shows only texts it knows. */
  static String known(String notice) {
    return notice != null && ALL.contains(notice) ? notice : null;
  }
}
