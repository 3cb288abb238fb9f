package dk.samspil.proposal;

import dk.samspil.account.AccountManagement;
import dk.samspil.shared.SamspilPrincipal;
import java.time.Clock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's internal discussion of a proposal: whoever reads its internals adds a short comment
 * while the proposal is not finished. Comments are never public.
 */
@Service
@Transactional
public class CouncilComments {

  private final ProposalQueries queries;
  private final ProposalComments comments;
  private final ProposalAccess access;
  private final AccountManagement accounts;
  private final Clock clock;

  CouncilComments(
      ProposalQueries queries,
      ProposalComments comments,
      ProposalAccess access,
      AccountManagement accounts,
      Clock clock) {
    this.queries = queries;
    this.comments = comments;
    this.access = access;
    this.accounts = accounts;
    this.clock = clock;
  }

  /**
   * Adds the signed-in person's comment.
   *
   * @throws AccessDeniedException if the person does not read the proposal's internals
   * @throws IllegalProposalStep if the proposal is finished
   */
  public ProposalComment comment(Long proposalId, String text, Authentication authentication) {
    Proposal proposal = queries.proposal(proposalId);
    if (!access.readsInternals(authentication, proposal)) {
      throw new AccessDeniedException("does not read the proposal's internals");
    }
    if (!access.comments(authentication, proposal)) {
      throw IllegalProposalStep.because("proposal.council.comment.finished");
    }
    long accountId = ((SamspilPrincipal) authentication.getPrincipal()).accountId();
    String name = accounts.account(accountId).map(a -> a.displayName()).orElse("?");
    return comments.save(
        new ProposalComment(proposalId, accountId, name, text.strip(), clock.instant()));
  }
}
