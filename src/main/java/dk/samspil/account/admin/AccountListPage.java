package dk.samspil.account.admin;

import dk.samspil.account.Account;
import dk.samspil.account.AccountStatus;
import dk.samspil.account.Role;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A page of accounts matching the search, with the search itself. */
public record AccountListPage(
    String query,
    AccountStatus status,
    List<Account> accounts,
    int page,
    int lastPage,
    long total) {

  public List<AccountStatus> statuses() {
    return List.of(AccountStatus.values());
  }

  public String queryValue() {
    return query == null ? "" : query;
  }

  /** The roles to show in the list: the municipal ones (everyone is a citizen). */
  public List<Role> rolesOf(Account account) {
    return account.municipalRoles().stream().filter(role -> role != Role.BORGER).toList();
  }

  /** The search as query parameters for the pagination links. */
  public String queryString() {
    StringBuilder q = new StringBuilder();
    if (query != null && !query.isBlank()) {
      q.append("&q=").append(URLEncoder.encode(query, StandardCharsets.UTF_8));
    }
    if (status != null) {
      q.append("&status=").append(status.name());
    }
    return q.toString();
  }
}
