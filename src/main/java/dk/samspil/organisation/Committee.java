package dk.samspil.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A political committee of the city council, valid for a period (committees change each term). */
@Entity
@Table(name = "committee")
public class Committee {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;
  private LocalDate validFrom;
  private LocalDate validTo;

  protected Committee() {}

  /**
   * A committee for the period.
   *
   * @throws OrganisationChangeRefused if it would end before it begins
   */
  Committee(String name, LocalDate validFrom, LocalDate validTo) {
    requirePeriod(validFrom, validTo);
    this.name = name;
    this.validFrom = validFrom;
    this.validTo = validTo;
  }

  /** Whether the committee exists on {@code day}. */
  public boolean isValidOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  /**
   * Renames the committee or changes its period.
   *
   * @throws OrganisationChangeRefused if it would end before it begins
   */
  void change(String name, LocalDate validFrom, LocalDate validTo) {
    requirePeriod(validFrom, validTo);
    this.name = name;
    this.validFrom = validFrom;
    this.validTo = validTo;
  }

  /** Whether the committee has ended before {@code day}. */
  public boolean hasEndedBy(LocalDate day) {
    return validTo != null && validTo.isBefore(day);
  }

  private static void requirePeriod(LocalDate validFrom, LocalDate validTo) {
    if (validTo != null && validTo.isBefore(validFrom)) {
      throw OrganisationChangeRefused.committeeEndsBeforeItBegins();
    }
  }
}
