package dk.samspil.council;

import dk.samspil.account.AccountManagement;
import dk.samspil.shared.SamspilPrincipal;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Council-scoped permissions, checked per request against the database so that a change of position
 * takes effect at once. Used in {@code @PreAuthorize(„@councilAccess.…“)} and by services.
 */
@Component("councilAccess")
@Transactional(readOnly = true)
public class CouncilAccess {

  private final Councils councils;
  private final CouncilMembers members;
  private final AccountManagement accounts;

  CouncilAccess(Councils councils, CouncilMembers members, AccountManagement accounts) {
    this.councils = councils;
    this.members = members;
    this.accounts = accounts;
  }

  /** Sits on the council (any position). */
  public boolean isMember(Authentication authentication, String councilSlug) {
    return membership(authentication, councilSlug).isPresent();
  }

  /** May answer on the council's behalf: the chair, or whoever the chair gave the right. */
  public boolean mayAnswer(Authentication authentication, String councilSlug) {
    return membership(authentication, councilSlug).map(CouncilMember::isMayAnswer).orElse(false);
  }

  /** May edit the council's profile and members: the same people who may answer for it. */
  public boolean mayManage(Authentication authentication, String councilSlug) {
    return mayAnswer(authentication, councilSlug);
  }

  /** Is the municipal contact person assigned to the council. */
  public boolean isContactPersonFor(Authentication authentication, String councilSlug) {
    Long accountId = accountId(authentication);
    if (accountId == null) {
      return false;
    }
    Optional<Council> council = councils.findBySlug(councilSlug);
    return council.isPresent()
        && council.get().getContactPersonId() != null
        && accounts
            .account(accountId)
            .map(account -> council.get().getContactPersonId().equals(account.getContactPersonId()))
            .orElse(false);
  }

  public Optional<CouncilMember> membership(Authentication authentication, String councilSlug) {
    Long accountId = accountId(authentication);
    if (accountId == null) {
      return Optional.empty();
    }
    return councils
        .findBySlug(councilSlug)
        .flatMap(council -> members.findByCouncilIdAndAccountId(council.getId(), accountId));
  }

  static Long accountId(Authentication authentication) {
    return authentication != null && authentication.getPrincipal() instanceof SamspilPrincipal p
        ? p.accountId()
        : null;
  }
}
