package dk.samspil.council;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Councils extends JpaRepository<Council, Long> {

  Optional<Council> findBySlug(String slug);

  /**
   * The council, locked until the transaction ends: member changes of one council run one by one.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from Council c where c.slug = ?1")
  Optional<Council> lockBySlug(String slug);

  List<Council> findByAreaIdAndStatusNot(Long areaId, CouncilStatus status);
}
