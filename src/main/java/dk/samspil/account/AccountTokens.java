package dk.samspil.account;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokens extends JpaRepository<AccountToken, Long> {

  Optional<AccountToken> findByTokenHashAndPurpose(String tokenHash, TokenPurpose purpose);

  /** Spends every open token of this purpose, e.g. older reset links once a password is set. */
  @Modifying
  @Query(
      "update AccountToken t set t.usedAt = ?3 where t.accountId = ?1 and t.purpose = ?2 and t.usedAt is null")
  int spendAll(Long accountId, TokenPurpose purpose, Instant now);

  /** The token, locked until the transaction ends, so that two requests cannot both use it. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select t from AccountToken t where t.tokenHash = ?1 and t.purpose = ?2")
  Optional<AccountToken> lockByTokenHashAndPurpose(String tokenHash, TokenPurpose purpose);

  /** Spends every open token of the account, whatever it is for. */
  @Modifying
  @Query("update AccountToken t set t.usedAt = ?2 where t.accountId = ?1 and t.usedAt is null")
  int spendAllOf(Long accountId, Instant now);

  /** How many tokens of this purpose the account was given since {@code since}. */
  long countByAccountIdAndPurposeAndCreatedAtAfter(
      Long accountId, TokenPurpose purpose, Instant since);

  /** Whether the account has a token of this purpose that can still be used. */
  boolean existsByAccountIdAndPurposeAndUsedAtIsNullAndExpiresAtAfter(
      Long accountId, TokenPurpose purpose, Instant now);
}
