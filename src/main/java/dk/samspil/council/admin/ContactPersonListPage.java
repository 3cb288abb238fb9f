package dk.samspil.council.admin;

import dk.samspil.area.Area;
import dk.samspil.council.Council;
import dk.samspil.organisation.ContactPerson;
import dk.samspil.organisation.Department;
import java.util.List;

/** Every contact person with the councils and the areas (without a council) they serve. */
public record ContactPersonListPage(List<Row> rows) {

  public record Row(
      ContactPerson person, Department department, List<Council> councils, List<Area> areas) {}
}
