package dk.samspil.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Accounts of the tests' own, with unique addresses (never the demo accounts), and a real principal
 * for MockMvc, loaded the way sign-in loads it.
 */
@Component
public class TestAccounts {

  /** The password of every account made here. */
  public static final String PASSWORD = "en lang test-adgangskode";

  private final AccountManagement accounts;
  private final AccountUserDetailsService users;

  TestAccounts(AccountManagement accounts, AccountUserDetailsService users) {
    this.accounts = accounts;
    this.users = users;
  }

  public static String uniqueEmail(String prefix) {
    return prefix + "-" + UUID.randomUUID() + "@konto.test";
  }

  /** A new active account with {@link #PASSWORD}. */
  public Account create(String prefix) {
    return accounts.ensureActiveAccount(uniqueEmail(prefix), "Test " + prefix, PASSWORD);
  }

  /** A new active administrator with {@link #PASSWORD}. */
  public Account createAdministrator(String prefix) {
    Account account = create(prefix);
    return accounts.setMunicipalRoles(account.getId(), true, null, null);
  }

  public AccountManagement accounts() {
    return accounts;
  }

  /** Signs the request in as the account, with the principal and roles sign-in would give. */
  public RequestPostProcessor signedIn(Account account) {
    return user(users.loadUserByUsername(account.getEmail()));
  }
}
