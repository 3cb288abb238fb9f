package dk.samspil.account;

import dk.samspil.shared.SamspilPrincipal;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a person signed in with e-mail and password. Kept in the JDBC session. */
public final class SignedInAccount implements UserDetails, CredentialsContainer, SamspilPrincipal {

  @Serial private static final long serialVersionUID = 1L;

  private final long accountId;
  private final String email;
  private final String displayName;
  private String passwordHash;
  private final List<SimpleGrantedAuthority> authorities;

  SignedInAccount(
      long accountId,
      String email,
      String displayName,
      String passwordHash,
      Collection<Role> roles) {
    this.accountId = accountId;
    this.email = email;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.authorities =
        roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
  }

  private SignedInAccount(SignedInAccount original, String displayName) {
    this.accountId = original.accountId;
    this.email = original.email;
    this.displayName = displayName;
    this.passwordHash = null;
    this.authorities = original.authorities;
  }

  /** The same person under a new name, after they changed it on their profile. */
  public SignedInAccount withDisplayName(String displayName) {
    return new SignedInAccount(this, displayName);
  }

  @Override
  public long accountId() {
    return accountId;
  }

  @Override
  public String displayName() {
    return displayName;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return authorities;
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return email;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }
}
