package dk.samspil.area;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The boundary of the municipality itself, by its kommunekode. */
@Entity
@Table(name = "municipality_boundary")
class MunicipalityBoundary {

  @Id private String code;
  private String name;
  private String boundary;

  protected MunicipalityBoundary() {}

  MunicipalityBoundary(String code, String name, String boundary) {
    this.code = code;
    this.name = name;
    this.boundary = boundary;
  }

  String getCode() {
    return code;
  }

  String getBoundary() {
    return boundary;
  }
}
