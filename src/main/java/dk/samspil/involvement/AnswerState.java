package dk.samspil.involvement;

import java.util.Locale;

/**
 * A council's answer to one invitation, as the public and the API see it. {@code NO_ANSWER} is not
 * stored: it is what an invitation without a contribution or decline is once the deadline passed.
 */
public enum AnswerState {
  INVITED,
  DRAFT,
  CONTRIBUTED,
  DECLINED,
  NO_ANSWER;

  public String apiValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String messageKey() {
    return "invitation.state." + name();
  }
}
