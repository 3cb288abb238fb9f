package dk.samspil.proposal;

import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilAccess;
import dk.samspil.council.CouncilManagement;
import dk.samspil.shared.SamspilPrincipal;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what with a proposal, in one place. The council that has it qualifies it: its members
 * read it with its internal comments, and those who may answer for it decide. Where the area has no
 * council, the area's contact person acts as the council. The municipality's staff and the contact
 * person of the council read everything; the public reads only what is public.
 */
@Service
@Transactional(readOnly = true)
public class ProposalAccess {

  private final CouncilAccess councilAccess;
  private final CouncilManagement councils;
  private final AreaManagement areas;
  private final AccountManagement accounts;

  ProposalAccess(
      CouncilAccess councilAccess,
      CouncilManagement councils,
      AreaManagement areas,
      AccountManagement accounts) {
    this.councilAccess = councilAccess;
    this.councils = councils;
    this.areas = areas;
    this.accounts = accounts;
  }

  /** Whether the person may read the proposal's internal side: comments, questions, the e-mail. */
  public boolean readsInternals(Authentication authentication, Proposal proposal) {
    if (!proposal.getState().isConfirmed()) {
      return false;
    }
    Optional<Account> account = account(authentication);
    if (account.isEmpty()) {
      return false;
    }
    if (isStaff(account.get()) || isContactPersonFor(account.get(), proposal)) {
      return true;
    }
    return councilSlug(proposal)
        .map(slug -> councilAccess.isMember(authentication, slug))
        .orElse(false);
  }

  /**
   * Whether the person decides for the council: forwards, returns, moves or takes it up, asks the
   * proposer a question. The council's answerers; where the area has no council, its contact
   * person.
   */
  public boolean decidesForCouncil(Authentication authentication, Proposal proposal) {
    if (proposal.getState() != ProposalState.HOS_LOKALRAADET) {
      return false;
    }
    Optional<String> slug = councilSlug(proposal);
    if (slug.isPresent()) {
      return councilAccess.mayAnswer(authentication, slug.get());
    }
    return account(authentication).map(a -> isAreaContactPerson(a, proposal)).orElse(false);
  }

  /** Whether the person may comment internally: whoever reads the internals of a live proposal. */
  public boolean comments(Authentication authentication, Proposal proposal) {
    return !proposal.isFinished() && readsInternals(authentication, proposal);
  }

  /**
   * Whether the person routes a forwarded proposal to a department, or forwards one whose council
   * let the deadline pass: the contact person of its council or area.
   */
  public boolean routes(Authentication authentication, Proposal proposal) {
    return account(authentication).map(a -> isContactPersonFor(a, proposal)).orElse(false);
  }

  /** Whether the person answers for the department that has the proposal: its employees. */
  public boolean answersForDepartment(Authentication authentication, Proposal proposal) {
    return proposal.getDepartmentId() != null
        && account(authentication)
            .map(a -> proposal.getDepartmentId().equals(a.getDepartmentId()))
            .orElse(false);
  }

  /** Whether the person may hide it from the public: staff, and the council's answerers. */
  public boolean hides(Authentication authentication, Proposal proposal) {
    if (!proposal.isPublic()) {
      return false;
    }
    if (account(authentication).map(ProposalAccess::isStaff).orElse(false)) {
      return true;
    }
    Optional<String> slug = councilSlug(proposal);
    return slug.isPresent()
        ? councilAccess.mayAnswer(authentication, slug.get())
        : account(authentication).map(a -> isAreaContactPerson(a, proposal)).orElse(false);
  }

  private Optional<String> councilSlug(Proposal proposal) {
    return proposal.getCouncilId() == null
        ? Optional.empty()
        : Optional.of(councils.councilById(proposal.getCouncilId()).getSlug());
  }

  /** The contact person of the proposal's council, or of its area. */
  private boolean isContactPersonFor(Account account, Proposal proposal) {
    Long contactPersonId = account.getContactPersonId();
    if (contactPersonId == null) {
      return false;
    }
    Area area = areas.areasById(List.of(proposal.getAreaId())).get(proposal.getAreaId());
    Long areaContact = area == null ? null : area.getContactPersonId();
    if (proposal.getCouncilId() == null) {
      return contactPersonId.equals(areaContact);
    }
    Council council = councils.councilById(proposal.getCouncilId());
    return council.isServedBy(contactPersonId, areaContact);
  }

  private boolean isAreaContactPerson(Account account, Proposal proposal) {
    return proposal.getCouncilId() == null && isContactPersonFor(account, proposal);
  }

  private static boolean isStaff(Account account) {
    return account.isAdministrator() || account.getDepartmentId() != null;
  }

  private Optional<Account> account(Authentication authentication) {
    return authentication != null && authentication.getPrincipal() instanceof SamspilPrincipal p
        ? accounts.account(p.accountId())
        : Optional.empty();
  }
}
