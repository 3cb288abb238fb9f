package dk.samspil.account;

import dk.samspil.shared.SecretTokens;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A single-use, time-limited link (invitation or password reset). Only the SHA-256 of the token is
 * stored, so a copy of the database does not let anyone use an open link.
 */
@Entity
@Table(name = "account_token")
class AccountToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long accountId;

  @Enumerated(EnumType.STRING)
  private TokenPurpose purpose;

  private String tokenHash;
  private Instant expiresAt;
  private Instant usedAt;
  private Instant createdAt;

  protected AccountToken() {}

  private AccountToken(Long accountId, TokenPurpose purpose, String tokenHash, Instant now) {
    this.accountId = accountId;
    this.purpose = purpose;
    this.tokenHash = tokenHash;
    this.createdAt = now;
    this.expiresAt = now.plus(purpose.lifetime());
  }

  /** A new token for the account; the returned pair holds the secret to put in the link. */
  static Issued issue(Long accountId, TokenPurpose purpose, Instant now) {
    String token = SecretTokens.newSecret();
    return new Issued(new AccountToken(accountId, purpose, SecretTokens.hash(token), now), token);
  }

  record Issued(AccountToken stored, String secret) {}

  boolean isUsable(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  void use(Instant now) {
    if (!isUsable(now)) {
      throw new IllegalStateException("Token is used or expired");
    }
    this.usedAt = now;
  }

  Long getAccountId() {
    return accountId;
  }

  TokenPurpose getPurpose() {
    return purpose;
  }

  Instant getExpiresAt() {
    return expiresAt;
  }

  Instant getUsedAt() {
    return usedAt;
  }
}
