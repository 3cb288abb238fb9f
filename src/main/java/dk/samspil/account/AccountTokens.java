package dk.samspil.account;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokens extends JpaRepository<AccountToken, Long> {

  Optional<AccountToken> findByTokenHashAndPurpose(String tokenHash, TokenPurpose purpose);

  /** Spends every open token of this purpose, e.g. older reset links once a password is set. */
  @Modifying
  @Query(
      "update AccountToken t set t.usedAt = ?3 where t.accountId = ?1 and t.purpose = ?2 and t.usedAt is null")
  int spendAll(Long accountId, TokenPurpose purpose, Instant now);
}
