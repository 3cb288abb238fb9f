package dk.samspil.area;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AreaImports extends JpaRepository<AreaImport, Long> {

  List<AreaImport> findByStatusOrderByCreatedAtDesc(ImportStatus status);

  /**
   * Records the decision on a pending import; returns 0 if it is no longer pending. One statement,
   * so two administrators (or two clicks) cannot both apply the same file.
   */
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query(
      "update AreaImport i set i.status = ?2, i.decidedBy = ?3, i.decidedAt = ?4"
          + " where i.id = ?1 and i.status = ?5")
  int decide(Long id, ImportStatus decision, Long decidedBy, Instant at, ImportStatus pending);
}
