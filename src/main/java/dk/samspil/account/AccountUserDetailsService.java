package dk.samspil.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads an active account with a password for e-mail and password sign-in. */
@Component
class AccountUserDetailsService implements UserDetailsService {

  private final Accounts accounts;
  private final Roles roles;

  AccountUserDetailsService(Accounts accounts, Roles roles) {
    this.accounts = accounts;
    this.roles = roles;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String email) {
    Account account =
        accounts
            .findByEmail(Account.normalise(email))
            .filter(Account::canSignIn)
            .filter(Account::hasPassword)
            // the same exception for unknown, inactive and password-less accounts: the message
            // must not reveal which addresses have an account
            .orElseThrow(() -> new UsernameNotFoundException("no active account"));
    return new SignedInAccount(
        account.getId(),
        account.getEmail(),
        account.displayName(),
        account.getPasswordHash(),
        roles.of(account));
  }
}
