package dk.samspil.account.admin;

import dk.samspil.account.MunicipalRoles;
import dk.samspil.shared.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Inviting a person, with the municipal roles they are to have. */
public record InviteForm(
    @NotBlank @EmailAddress String email,
    @NotBlank @Size(max = 200) String name,
    String administrator,
    Long departmentId,
    Long contactPersonId) {

  static InviteForm empty() {
    return new InviteForm("", "", null, null, null);
  }

  /** The roles part of the form, as the roles fields show it. */
  public RolesForm roles() {
    return new RolesForm(administrator, departmentId, contactPersonId);
  }

  MunicipalRoles toRoles() {
    return roles().toRoles();
  }
}
