package dk.samspil.organisation.admin;

import dk.samspil.organisation.Committee;
import java.time.LocalDate;
import java.util.List;

/** The committees, current (and coming) apart from ended ones, as of {@code today}. */
public record CommitteeListPage(List<Committee> current, List<Committee> ended, LocalDate today) {

  /** Whether the committee has not begun yet. */
  public boolean isComing(Committee committee) {
    return committee.getValidFrom().isAfter(today);
  }
}
