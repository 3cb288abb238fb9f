package dk.samspil.organisation.admin;

import dk.samspil.organisation.ContactPerson;
import dk.samspil.organisation.ContactPersonDuties;
import dk.samspil.organisation.Department;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every contact person with their department and what they serve, as the other modules tell it
 * ({@link ContactPersonDuties}: the councils, the areas).
 */
public record ContactPersonListPage(List<Row> rows) {

  public record Row(
      ContactPerson person, Department department, List<ContactPersonDuties.Duties> duties) {}

  static ContactPersonListPage of(
      List<ContactPerson> persons,
      List<Department> departments,
      List<Map<Long, ContactPersonDuties.Duties>> dutiesOfEachKind) {
    Map<Long, Department> byId =
        departments.stream().collect(Collectors.toMap(Department::getId, Function.identity()));
    return new ContactPersonListPage(
        persons.stream()
            .map(
                person ->
                    new Row(
                        person,
                        byId.get(person.getDepartmentId()),
                        dutiesOfEachKind.stream()
                            .map(kind -> kind.get(person.getId()))
                            .filter(Objects::nonNull)
                            .toList()))
            .toList());
  }
}
