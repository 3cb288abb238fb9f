package dk.samspil.proposal;

import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.shared.SecretTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local support of a proposal: one per account or confirmed e-mail address, while the proposal is
 * on its way (not when it is finished). A signed-in person supports at once; anyone else is mailed
 * a single-use link ({@link LocalSupportRequested}), and one client address may ask for only so
 * many links an hour.
 */
@Service
@Transactional
public class LocalSupportManagement {

  /** What became of a request to support. */
  public enum Outcome {
    /** Counted now. */
    SUPPORTED,
    /** This account or address supports it already. */
    ALREADY_SUPPORTED,
    /** A link to confirm was mailed. */
    LINK_SENT,
    /** A link was mailed earlier and can still be used. */
    LINK_ALREADY_SENT
  }

  /** A confirmation link's state, and the proposal it is for (null when unknown). */
  public record Link(LinkState state, Proposal proposal) {}

  public enum LinkState {
    OPEN,
    USED,
    EXPIRED,
    UNKNOWN,
    /** The proposal is finished (or no longer public): it can no longer be supported. */
    CLOSED;

    public String messageKey() {
      return "proposal.public.support.link." + name();
    }
  }

  private final LocalSupports supports;
  private final ProposalQueries queries;
  private final AccountManagement accounts;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Duration linkLifetime;
  private final int perClientPerHour;

  LocalSupportManagement(
      LocalSupports supports,
      ProposalQueries queries,
      AccountManagement accounts,
      ApplicationEventPublisher events,
      Clock clock,
      @Value("${samspil.proposal.public.support.link-lifetime:7d}") Duration linkLifetime,
      @Value("${samspil.proposal.public.support.per-address-per-hour:10}") int perClientPerHour) {
    this.supports = supports;
    this.queries = queries;
    this.accounts = accounts;
    this.events = events;
    this.clock = clock;
    this.linkLifetime = linkLifetime;
    this.perClientPerHour = perClientPerHour;
  }

  /** How long a mailed link can be used. */
  public Duration linkLifetime() {
    return linkLifetime;
  }

  /** A signed-in person supports the public proposal, at once. */
  public Outcome supportAsAccount(Long proposalId, Long accountId) {
    Proposal proposal = supportable(proposalId);
    if (supports.findByProposalIdAndAccountId(proposal.getId(), accountId).isPresent()) {
      return Outcome.ALREADY_SUPPORTED;
    }
    Instant now = clock.instant();
    String email =
        accounts.account(accountId).map(Account::getEmail).map(String::strip).orElse(null);
    Optional<LocalSupport> byAddress =
        email == null
            ? Optional.empty()
            : supports.findByProposalIdAndEmail(proposal.getId(), email);
    if (byAddress.isPresent()) {
      if (byAddress.get().isConfirmed()) {
        return Outcome.ALREADY_SUPPORTED;
      }
      byAddress.get().confirmByAccount(accountId, now);
      return Outcome.SUPPORTED;
    }
    supports.save(LocalSupport.byAccount(proposal.getId(), accountId, email, now));
    return Outcome.SUPPORTED;
  }

  /**
   * Someone without an account supports the public proposal by e-mail: a link to confirm is mailed,
   * unless the address supports it already or has a link that still works.
   *
   * @param clientAddress the address the request came from, for the limit per hour (kept only as
   *     its hash)
   * @throws SupportRefused when that client address has asked for too many links this hour
   */
  public Outcome requestByEmail(Long proposalId, String email, String clientAddress) {
    Proposal proposal = supportable(proposalId);
    String address = email.strip();
    Instant now = clock.instant();
    String clientHash =
        clientAddress == null ? null : SecretTokens.hash(clientAddress.toLowerCase(Locale.ROOT));
    Optional<LocalSupport> existing = supports.findByProposalIdAndEmail(proposal.getId(), address);
    if (existing.isPresent() && existing.get().isConfirmed()) {
      return Outcome.ALREADY_SUPPORTED;
    }
    if (existing.isPresent() && !existing.get().isExpired(now, linkLifetime)) {
      return Outcome.LINK_ALREADY_SENT;
    }
    if (clientHash != null
        && supports.countByClientHashAndCreatedAtAfter(clientHash, now.minus(Duration.ofHours(1)))
            >= perClientPerHour) {
      throw SupportRefused.tooMany();
    }
    LocalSupport support;
    if (existing.isPresent()) {
      support = existing.get();
      support.renew(clientHash, now);
    } else {
      support = supports.save(LocalSupport.byEmail(proposal.getId(), address, clientHash, now));
    }
    events.publishEvent(new LocalSupportRequested(support.getId()));
    return Outcome.LINK_SENT;
  }

  /** What the link with this token is, without using it. */
  @Transactional(readOnly = true)
  public Link link(String token) {
    return find(token);
  }

  /** Uses the link: the support is counted. Answers the link's state before it was used. */
  public Link confirm(String token) {
    Link link = find(token);
    if (link.state() == LinkState.OPEN) {
      supports.findByTokenHash(SecretTokens.hash(token)).orElseThrow().confirm(clock.instant());
    }
    return link;
  }

  /** Replayed history (demonstration data): a support by e-mail, confirmed on the day. */
  void replaySupport(Long proposalId, String email, Instant at) {
    if (supports.findByProposalIdAndEmail(proposalId, email).isEmpty()) {
      LocalSupport support = LocalSupport.byEmail(proposalId, email, null, at);
      support.confirm(at);
      supports.save(support);
    }
  }

  private Link find(String token) {
    if (token == null || token.isBlank()) {
      return new Link(LinkState.UNKNOWN, null);
    }
    Optional<LocalSupport> support = supports.findByTokenHash(SecretTokens.hash(token.strip()));
    if (support.isEmpty()) {
      return new Link(LinkState.UNKNOWN, null);
    }
    Proposal proposal = queries.proposal(support.get().getProposalId());
    if (!proposal.isPublic()) {
      return new Link(LinkState.UNKNOWN, null);
    }
    if (support.get().isConfirmed()) {
      return new Link(LinkState.USED, proposal);
    }
    if (proposal.isFinished()) {
      return new Link(LinkState.CLOSED, proposal);
    }
    if (support.get().isExpired(clock.instant(), linkLifetime)) {
      return new Link(LinkState.EXPIRED, proposal);
    }
    return new Link(LinkState.OPEN, proposal);
  }

  private Proposal supportable(Long proposalId) {
    Proposal proposal = queries.publicProposal(proposalId);
    if (proposal.isFinished()) {
      throw SupportRefused.finished();
    }
    return proposal;
  }
}
