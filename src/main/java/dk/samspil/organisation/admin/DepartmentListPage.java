package dk.samspil.organisation.admin;

import dk.samspil.organisation.Department;
import java.util.List;

/** Every department. */
public record DepartmentListPage(List<Department> departments) {}
