package dk.samspil.account;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A single-use, time-limited link (invitation or password reset). Only the SHA-256 of the token is
 * stored, so a copy of the database does not let anyone use an open link.
 */
@Entity
@Table(name = "account_token")
class AccountToken {

  private static final SecureRandom RANDOM = new SecureRandom();

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
    String token = newSecret();
    return new Issued(new AccountToken(accountId, purpose, hash(token), now), token);
  }

  /** A new random secret for a link; store only its {@link #hash}. */
  static String newSecret() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  record Issued(AccountToken stored, String secret) {}

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

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
