package dk.samspil.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** All roles of an account: its municipal roles and those other modules contribute. */
@Component
class Roles {

  private final List<AuthorityContributor> contributors;

  Roles(List<AuthorityContributor> contributors) {
    this.contributors = contributors;
  }

  Set<Role> of(Account account) {
    Set<Role> roles = EnumSet.copyOf(account.municipalRoles());
    for (AuthorityContributor contributor : contributors) {
      roles.addAll(contributor.rolesFor(account.getId()));
    }
    return roles;
  }
}
