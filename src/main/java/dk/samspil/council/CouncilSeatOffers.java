package dk.samspil.council;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CouncilSeatOffers extends JpaRepository<CouncilSeatOffer, Long> {

  Optional<CouncilSeatOffer> findByTokenHash(String tokenHash);

  /** The offer, locked until the transaction ends, so that two requests cannot both decide it. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select o from CouncilSeatOffer o where o.tokenHash = ?1")
  Optional<CouncilSeatOffer> lockByTokenHash(String tokenHash);

  List<CouncilSeatOffer> findByCouncilIdAndAccountIdAndDecidedAtIsNull(
      Long councilId, Long accountId);
}
