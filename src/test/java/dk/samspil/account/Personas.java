package dk.samspil.account;

import dk.samspil.council.CouncilManagement;
import dk.samspil.council.CouncilPosition;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The kinds of people the authorisation tests act as, each a real account of the demonstration data
 * (plus a plain member of a second council), signed in exactly as the sign-in form would.
 */
@Component
public class Personas {

  /** Council A is Fensmark, council B Tappernøje. */
  public enum Persona {
    ANONYMOUS(null),
    CITIZEN("borger@samspil.test"),
    MEMBER_A("medlem.fensmark@samspil.test"),
    MEMBER_B("medlem.tappernoeje.test@samspil.test"),
    CHAIR_A("formand.fensmark@samspil.test"),
    MEDARBEJDER("medarbejder@samspil.test"),
    KONTAKTPERSON("kontaktperson@samspil.test"),
    ADMINISTRATOR("admin@samspil.test");

    final String email;

    Persona(String email) {
      this.email = email;
    }

    public String email() {
      return email;
    }
  }

  private final UserDetailsService users;
  private final AccountManagement accounts;
  private final CouncilManagement councils;

  Personas(UserDetailsService users, AccountManagement accounts, CouncilManagement councils) {
    this.users = users;
    this.accounts = accounts;
    this.councils = councils;
  }

  /** The signed-in authentication of the persona; null for anonymous. */
  public Authentication authentication(Persona persona) {
    if (persona == Persona.ANONYMOUS) {
      return null;
    }
    if (persona == Persona.MEMBER_B) {
      Account member = accounts.ensureActiveAccount(persona.email, "Test Medlem", "test1234test");
      councils.ensureMember(
          councils.council("tappernoeje").getId(), member.getId(), CouncilPosition.MEDLEM);
    }
    UserDetails user = users.loadUserByUsername(persona.email);
    return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
  }

  /** A signed-in authentication for any active account with a password. */
  public Authentication authenticationOf(String email) {
    UserDetails user = users.loadUserByUsername(email);
    return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
  }
}
