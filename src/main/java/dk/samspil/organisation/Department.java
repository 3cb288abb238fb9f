package dk.samspil.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An administrative unit of the municipality (center / forvaltning), optionally with a unit. */
@Entity
@Table(name = "department")
public class Department {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;
  private String unit;

  protected Department() {}

  Department(String name, String unit) {
    this.name = name;
    this.unit = unit;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getUnit() {
    return unit;
  }

  void change(String name, String unit) {
    this.name = name;
    this.unit = unit;
  }
}
