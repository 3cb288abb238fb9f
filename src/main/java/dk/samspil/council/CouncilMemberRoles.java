package dk.samspil.council;

import dk.samspil.account.AuthorityContributor;
import dk.samspil.account.Role;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Gives council members the role {@link Role#RAADSMEDLEM} when they sign in. */
@Component
class CouncilMemberRoles implements AuthorityContributor {

  private final CouncilMembers members;

  CouncilMemberRoles(CouncilMembers members) {
    this.members = members;
  }

  @Override
  public Set<Role> rolesFor(long accountId) {
    return members.existsByAccountId(accountId) ? Set.of(Role.RAADSMEDLEM) : Set.of();
  }
}
