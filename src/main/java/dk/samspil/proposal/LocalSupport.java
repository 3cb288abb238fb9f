package dk.samspil.proposal;

import dk.samspil.shared.SecretTokens;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One person's local support of a proposal: by account (confirmed at once) or by e-mail, confirmed
 * by a single-use link of which only the hash is kept. Counted, never a threshold.
 */
@Entity
@Table(name = "proposal_support")
class LocalSupport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long proposalId;
  private String email;
  private Long accountId;
  private String tokenHash;
  private Instant createdAt;
  private Instant confirmedAt;
  private String clientHash;

  protected LocalSupport() {}

  private LocalSupport(Long proposalId, String email, Long accountId, Instant now) {
    this.proposalId = proposalId;
    this.email = email;
    this.accountId = accountId;
    this.createdAt = now;
  }

  /** A signed-in person's support: confirmed at once. */
  static LocalSupport byAccount(Long proposalId, Long accountId, String email, Instant now) {
    LocalSupport support = new LocalSupport(proposalId, email, accountId, now);
    support.confirmedAt = now;
    return support;
  }

  /** Support by an e-mail address, waiting for the link in the mail to be used. */
  static LocalSupport byEmail(Long proposalId, String email, String clientHash, Instant now) {
    LocalSupport support = new LocalSupport(proposalId, email, null, now);
    support.clientHash = clientHash;
    return support;
  }

  /** A new secret for the confirmation link; only its hash is kept. Returns the secret. */
  String issueToken() {
    String token = SecretTokens.newSecret();
    this.tokenHash = SecretTokens.hash(token);
    return token;
  }

  boolean hasToken() {
    return tokenHash != null;
  }

  boolean isConfirmed() {
    return confirmedAt != null;
  }

  /** Whether the link mailed for it can no longer be used. */
  boolean isExpired(Instant now, Duration lifetime) {
    return !isConfirmed() && !now.isBefore(createdAt.plus(lifetime));
  }

  /** Asked for again after the link expired: a new link will be mailed. */
  void renew(String clientHash, Instant now) {
    this.createdAt = now;
    this.tokenHash = null;
    this.clientHash = clientHash;
  }

  void confirm(Instant now) {
    this.confirmedAt = now;
  }

  /** A signed-in person whose address had asked for a link: their account confirms it. */
  void confirmByAccount(Long accountId, Instant now) {
    this.accountId = accountId;
    this.confirmedAt = now;
  }

  Long getId() {
    return id;
  }

  Long getProposalId() {
    return proposalId;
  }

  String getEmail() {
    return email;
  }

  Instant getCreatedAt() {
    return createdAt;
  }
}
