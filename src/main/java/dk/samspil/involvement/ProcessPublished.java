package dk.samspil.involvement;

import java.util.List;

/**
 * A process was published: the councils are invited, and the affected areas without a council are
 * to be told through their contact person.
 *
 * @param replayed history replayed by demonstration data, which no one is told about
 */
public record ProcessPublished(
    Long processId,
    List<Long> invitedCouncilIds,
    List<Long> areasWithoutCouncil,
    boolean replayed) {

  public ProcessPublished {
    invitedCouncilIds = List.copyOf(invitedCouncilIds);
    areasWithoutCouncil = List.copyOf(areasWithoutCouncil);
  }
}
