package dk.samspil.account;

import java.util.Set;

/**
 * Lets another module add roles to a signing-in account (the council module adds {@link
 * Role#RAADSMEDLEM} for council members), without the account module knowing that module.
 */
public interface AuthorityContributor {

  Set<Role> rolesFor(long accountId);
}
