package dk.samspil.involvement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A named period of a process, e.g. "Idéfase" or "Politisk behandling". */
@Embeddable
public class Phase {

  @Column(name = "name")
  private String name;

  private LocalDate startsOn;
  private LocalDate endsOn;

  protected Phase() {}

  public Phase(String name, LocalDate startsOn, LocalDate endsOn) {
    if (endsOn != null && endsOn.isBefore(startsOn)) {
      throw IllegalTransition.because("process.phase.ends-before-start");
    }
    this.name = name;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
  }

  public String getName() {
    return name;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }
}
