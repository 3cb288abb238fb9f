package dk.samspil.account;

/**
 * The roles of DESIGN.md §2. Municipal roles come from the account; council roles (member, chair,
 * the right to answer) are scoped to a council and checked per request by the council module.
 */
public enum Role {
  ADMINISTRATOR,
  MEDARBEJDER,
  KONTAKTPERSON,
  /** Sits on at least one council. */
  RAADSMEDLEM,
  /** Everyone who is signed in. */
  BORGER;

  public String authority() {
    return "ROLE_" + name();
  }

  public String messageKey() {
    return "role." + name();
  }
}
