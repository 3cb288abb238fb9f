package dk.samspil.council;

import dk.samspil.shared.SecretTokens;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A seat offered to a person who already has an account: it becomes a seat ({@link CouncilMember})
 * only when they accept it, signed in, through the single-use link in their mail. Only the SHA-256
 * of the link's token is stored, so a copy of the database does not let anyone accept.
 */
@Entity
@Table(name = "council_seat_offer")
public class CouncilSeatOffer {

  /** How long the link in the mail can be used, as long as an account invitation's. */
  static final Duration LIFETIME = Duration.ofDays(14);

  /** What became of an offer. */
  enum Decision {
    ACCEPTED,
    DECLINED,
    /** A newer offer of a seat on the same council replaced it. */
    WITHDRAWN
  }

  /** What the link of an offer leads to. */
  public enum State {
    OPEN,
    EXPIRED,
    /** Accepted, declined or replaced by a newer offer. */
    USED,
    UNKNOWN;

    public String messageKey() {
      return "seat-offer.state." + name();
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long councilId;
  private Long accountId;

  @Enumerated(EnumType.STRING)
  private CouncilPosition position;

  private String tokenHash;
  private Instant createdAt;
  private Instant expiresAt;
  private Instant decidedAt;

  @Enumerated(EnumType.STRING)
  private Decision decision;

  protected CouncilSeatOffer() {}

  CouncilSeatOffer(Long councilId, Long accountId, CouncilPosition position, Instant now) {
    this.councilId = councilId;
    this.accountId = accountId;
    this.position = position;
    this.createdAt = now;
    this.expiresAt = now.plus(LIFETIME);
  }

  /** A new secret for the offer's link; only its hash is kept. Returns the secret. */
  String issueToken() {
    String token = SecretTokens.newSecret();
    this.tokenHash = SecretTokens.hash(token);
    return token;
  }

  State state(Instant now) {
    if (decidedAt != null) {
      return State.USED;
    }
    return now.isBefore(expiresAt) ? State.OPEN : State.EXPIRED;
  }

  void decide(Decision decision, Instant now) {
    if (state(now) != State.OPEN) {
      throw new IllegalStateException("Offer " + id + " is not open");
    }
    this.decision = decision;
    this.decidedAt = now;
  }

  Map<String, Object> auditSnapshot() {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("position", position.name());
    snapshot.put("expiresAt", expiresAt.toString());
    if (decision != null) {
      snapshot.put("decision", decision.name());
    }
    return snapshot;
  }

  public Long getId() {
    return id;
  }

  public Long getCouncilId() {
    return councilId;
  }

  public Long getAccountId() {
    return accountId;
  }

  public CouncilPosition getPosition() {
    return position;
  }

  boolean hasToken() {
    return tokenHash != null;
  }
}
