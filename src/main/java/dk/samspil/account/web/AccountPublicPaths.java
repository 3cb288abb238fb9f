package dk.samspil.account.web;

import dk.samspil.shared.PublicPaths;
import java.util.List;
import org.springframework.stereotype.Component;

/** Signing in, and the ways into an account: a forgotten password, an account invitation. */
@Component
class AccountPublicPaths implements PublicPaths {

  @Override
  public List<String> pages() {
    return List.of();
  }

  @Override
  public List<String> forms() {
    return List.of(
        "/login",
        "/login/e-mail",
        "/login/e-mail/bekraeft",
        "/glemt-adgangskode",
        "/nulstil-adgangskode",
        "/invitation");
  }
}
