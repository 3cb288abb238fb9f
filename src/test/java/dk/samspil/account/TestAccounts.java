package dk.samspil.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
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
  private final AccountTokens tokens;

  TestAccounts(AccountManagement accounts, AccountUserDetailsService users, AccountTokens tokens) {
    this.accounts = accounts;
    this.users = users;
    this.tokens = tokens;
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

  /**
   * A password reset link's token for the account, as if it had been mailed at {@code issuedAt}.
   */
  public String resetTokenIssuedAt(Account account, Instant issuedAt) {
    AccountToken.Issued issued =
        AccountToken.issue(account.getId(), TokenPurpose.PASSWORD_RESET, issuedAt);
    tokens.save(issued.stored());
    return issued.secret();
  }

  /** Signs the request in as the account, with the principal and roles sign-in would give. */
  public RequestPostProcessor signedIn(Account account) {
    return user(users.loadUserByUsername(account.getEmail()));
  }
}
