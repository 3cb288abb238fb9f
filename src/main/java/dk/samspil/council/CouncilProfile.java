package dk.samspil.council;

import java.util.Set;

/**
 * What a council says about itself and may edit: its description, public contact, how it works
 * (meeting rhythm, size, capacity, preferred way of taking part), its themes and its own page text.
 * Blank texts are stored as null.
 *
 * @param capacity how many involvement processes a quarter the council can take on
 */
public record CouncilProfile(
    String description,
    String publicEmail,
    String website,
    String meetingRhythm,
    Integer memberCount,
    Integer capacity,
    Participation participation,
    Set<Long> themeIds,
    String pageText) {

  public CouncilProfile {
    description = blankToNull(description);
    publicEmail = blankToNull(publicEmail);
    website = blankToNull(website);
    meetingRhythm = blankToNull(meetingRhythm);
    pageText = blankToNull(pageText);
    themeIds = themeIds == null ? Set.of() : Set.copyOf(themeIds);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
