package dk.samspil.council;

import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where mail to a council goes: to each of its members with an active account, and to its public
 * address if it has one (once, when a member uses that address too).
 */
@Service
@Transactional(readOnly = true)
public class CouncilMailboxes {

  /**
   * One address of a council.
   *
   * @param key names the recipient by id ({@code account:7}, {@code council:3}), never by address:
   *     what a listener's once-key ends with
   */
  public record Mailbox(String key, String address) {}

  private final CouncilMembers members;
  private final AccountManagement accounts;

  CouncilMailboxes(CouncilMembers members, AccountManagement accounts) {
    this.members = members;
    this.accounts = accounts;
  }

  /** The council's addresses: its active members', then its public one. */
  public List<Mailbox> of(Council council) {
    List<Long> memberIds =
        members.findByCouncilId(council.getId()).stream().map(CouncilMember::getAccountId).toList();
    List<Mailbox> mailboxes = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    accounts.accountsById(memberIds).values().stream()
        .filter(Account::canSignIn)
        .forEach(
            account -> {
              if (seen.add(account.mailAddress())) {
                mailboxes.add(new Mailbox("account:" + account.getId(), account.mailAddress()));
              }
            });
    if (council.getPublicEmail() != null && seen.add(council.getPublicEmail())) {
      mailboxes.add(new Mailbox("council:" + council.getId(), council.getPublicEmail()));
    }
    return List.copyOf(mailboxes);
  }
}
