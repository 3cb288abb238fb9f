package dk.samspil.account;

import dk.samspil.shared.ChangeRefused;
import dk.samspil.shared.SecretTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first sign-in of an identity without an e-mail address (a MitID broker sends none): the
 * person chooses an address, proves it by a single-use link, and the identity is then linked to the
 * account with that address, or to a new citizen account. Nothing here tells whether an address has
 * an account.
 */
@Service
public class IdentityVerification {

  /** The HTTP session attribute holding the id of the identity waiting for an address. */
  public static final String SESSION_ATTRIBUTE = "samspil.pendingIdentity";

  /** How long the e-mailed link works. */
  static final Duration LIFETIME = Duration.ofHours(24);

  /** The period over which the links sent are counted. */
  static final Duration SEND_WINDOW = Duration.ofHours(24);

  private final PendingIdentities pending;
  private final OidcAccounts accounts;
  private final ApplicationEventPublisher events;
  private final int maxPerIdentity;
  private final int maxPerAddress;

  IdentityVerification(
      PendingIdentities pending,
      OidcAccounts accounts,
      ApplicationEventPublisher events,
      @Value("${samspil.login.identity-email.max-per-identity:5}") int maxPerIdentity,
      @Value("${samspil.login.identity-email.max-per-address:3}") int maxPerAddress) {
    this.pending = pending;
    this.accounts = accounts;
    this.events = events;
    this.maxPerIdentity = maxPerIdentity;
    this.maxPerAddress = maxPerAddress;
  }

  /** Too many links were sent for this identity, or to this address, in the last 24 hours. */
  public static final class TooManyLinks extends ChangeRefused {
    TooManyLinks() {
      super("email", "identity-email.too-many");
    }
  }

  /** Whether the identity is still waiting for an address (the link is not used yet). */
  public boolean isWaiting(Long pendingId) {
    return pendingId != null && pending.find(pendingId).filter(p -> p.usedAt() == null).isPresent();
  }

  /** The address the identity's link was (or is being) sent to. */
  public Optional<String> chosenEmail(Long pendingId) {
    return pendingId == null
        ? Optional.empty()
        : pending.find(pendingId).map(PendingIdentities.Pending::email);
  }

  /**
   * Keeps the chosen address and has the link sent to it; an earlier link stops working. At most
   * {@code samspil.login.identity-email.max-per-identity} links per identity and {@code
   * max-per-address} to one address are sent in 24 hours, so the form cannot flood a mailbox.
   *
   * @throws TooManyLinks past either limit; nothing is sent and the earlier link still works
   */
  @Transactional
  public void chooseEmail(long pendingId, String email) {
    String address = email.strip();
    Instant now = Instant.now();
    pending.lockForSending(pendingId);
    if (pending.sentFor(pendingId, now.minus(SEND_WINDOW)) >= maxPerIdentity
        || pending.sentTo(address, now.minus(SEND_WINDOW)) >= maxPerAddress) {
      throw new TooManyLinks();
    }
    pending.recordSend(pendingId, address, now);
    pending.chooseEmail(pendingId, address);
    events.publishEvent(new IdentityEmailChosen(pendingId, address, now));
  }

  /** What following a link did, and the registration to sign in with again. */
  public record Confirmation(TokenState state, String registrationId) {}

  /**
   * Uses the link: links the identity to the account with the proved address (an invited account is
   * activated), or creates a citizen account with the provider's name. Single use.
   */
  @Transactional
  public Confirmation confirm(String token) {
    if (token == null || token.isBlank()) {
      return new Confirmation(TokenState.UNKNOWN, null);
    }
    Optional<PendingIdentities.Pending> found = pending.lockByTokenHash(SecretTokens.hash(token));
    if (found.isEmpty()) {
      return new Confirmation(TokenState.UNKNOWN, null);
    }
    PendingIdentities.Pending identity = found.get();
    Instant now = Instant.now();
    if (identity.usedAt() != null) {
      return new Confirmation(TokenState.USED, identity.provider());
    }
    if (identity.expiresAt() == null || !now.isBefore(identity.expiresAt())) {
      return new Confirmation(TokenState.EXPIRED, identity.provider());
    }
    accounts.confirm(identity.email(), identity.name(), identity.provider(), identity.subject());
    pending.used(identity.id(), now);
    return new Confirmation(TokenState.VALID, identity.provider());
  }
}
