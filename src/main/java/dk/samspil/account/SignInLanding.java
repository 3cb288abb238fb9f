package dk.samspil.account;

import java.util.Optional;
import java.util.Set;

/**
 * Extension point: where a module wants a person to land after signing in, when they did not come
 * from a page of their own (e.g. a council member on <em>Mit lokalråd</em>). The first bean in
 * {@code @Order} that has a page for the person wins; without one, the front page.
 */
public interface SignInLanding {

  /**
   * The path (starting with {@code /}) the person should land on, if this module has one.
   *
   * @param roles the person's roles without the {@code ROLE_} prefix, e.g. {@code MEDARBEJDER}
   */
  Optional<String> landingFor(long accountId, Set<String> roles);
}
