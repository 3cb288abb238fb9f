package dk.samspil.account.admin;

import dk.samspil.organisation.ContactPerson;
import dk.samspil.organisation.Department;
import dk.samspil.shared.FieldError;
import java.util.List;

/** The invitation form. */
public record InvitePage(
    InviteForm form,
    List<FieldError> errors,
    List<Department> departments,
    List<ContactPerson> contactPersons,
    String existingAccountPath) {}
