package dk.samspil.council;

import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.shared.SamspilPrincipal;
import java.util.List;
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
  private final AreaManagement areas;

  CouncilAccess(
      Councils councils, CouncilMembers members, AccountManagement accounts, AreaManagement areas) {
    this.councils = councils;
    this.members = members;
    this.accounts = accounts;
    this.areas = areas;
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

  /**
   * May invite anyone to the council's board from outside it, e.g. its first chair: the
   * administrator, and the contact person of the council or of its area.
   */
  public boolean mayInviteFromOutside(Authentication authentication, String councilSlug) {
    Long accountId = SamspilPrincipal.accountIdOrNull(authentication);
    Optional<Council> council = councils.findBySlug(councilSlug);
    Optional<Account> account = accountId == null ? Optional.empty() : accounts.account(accountId);
    if (council.isEmpty() || account.isEmpty()) {
      return false;
    }
    if (account.get().isAdministrator()) {
      return true;
    }
    Long contactPersonId = account.get().getContactPersonId();
    if (contactPersonId == null) {
      return false;
    }
    Long areaId = council.get().getAreaId();
    Area area = areas.areasById(List.of(areaId)).get(areaId);
    return council
        .get()
        .isServedBy(contactPersonId, area == null ? null : area.getContactPersonId());
  }

  public Optional<CouncilMember> membership(Authentication authentication, String councilSlug) {
    Long accountId = SamspilPrincipal.accountIdOrNull(authentication);
    if (accountId == null) {
      return Optional.empty();
    }
    return councils
        .findBySlug(councilSlug)
        .flatMap(council -> members.findByCouncilIdAndAccountId(council.getId(), accountId));
  }
}
