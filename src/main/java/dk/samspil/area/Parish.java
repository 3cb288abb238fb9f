package dk.samspil.area;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A national parish (sogn), identified by its DAGI parish code. */
@Entity
@Table(name = "parish")
public class Parish {

  @Id private String code;
  private String name;
  private String boundary;

  protected Parish() {}

  Parish(String code, String name, String boundary) {
    this.code = code;
    this.name = name;
    this.boundary = boundary;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  String getBoundary() {
    return boundary;
  }
}
