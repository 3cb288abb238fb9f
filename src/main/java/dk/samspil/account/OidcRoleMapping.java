package dk.samspil.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Municipal roles taken from the municipality's identity provider, per OpenID Connect registration
 * ({@code samspil.oidc.role-mapping.<registration>}). For a mapped registration the provider
 * decides the administrator role and the employee's department at every sign-in: a group present
 * grants them, a group removed takes them away again. Contact persons stay an administrator's
 * choice.
 *
 * @param roleMapping by registration id
 */
@ConfigurationProperties("samspil.oidc")
record OidcRoleMapping(Map<String, Registration> roleMapping) {

  OidcRoleMapping {
    roleMapping = roleMapping == null ? Map.of() : Map.copyOf(roleMapping);
  }

  /**
   * @param claim the ID token or user-info claim listing the person's groups, e.g. {@code groups}
   *     or {@code roles} (a list of strings, or one string)
   * @param administrators the groups whose members are administrators
   * @param departments group → the exact name of the department whose employee a member is; the
   *     first group (in this order) the person has decides
   */
  record Registration(String claim, List<String> administrators, Map<String, String> departments) {

    Registration {
      claim = claim == null || claim.isBlank() ? "groups" : claim;
      administrators = administrators == null ? List.of() : List.copyOf(administrators);
      departments = departments == null ? Map.of() : departments;
    }

    boolean administrator(Collection<String> groups) {
      return administrators.stream().anyMatch(groups::contains);
    }

    Optional<String> department(Collection<String> groups) {
      return departments.entrySet().stream()
          .filter(entry -> groups.contains(entry.getKey()))
          .map(Map.Entry::getValue)
          .findFirst();
    }
  }

  Optional<Registration> of(String registrationId) {
    return Optional.ofNullable(roleMapping.get(registrationId));
  }
}
