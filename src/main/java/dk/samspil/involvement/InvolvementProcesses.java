package dk.samspil.involvement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface InvolvementProcesses
    extends JpaRepository<InvolvementProcess, Long>, JpaSpecificationExecutor<InvolvementProcess> {

  @Query(
      "select p from InvolvementProcess p where p.status <> dk.samspil.involvement.ProcessStatus.KLADDE"
          + " and (p.wholeMunicipality = true or ?1 member of p.areaIds) order by p.publishedAt desc")
  List<InvolvementProcess> findPublishedAffecting(Long areaId);

  /** Published processes about one of the areas or the whole municipality, newest first. */
  @Query(
      "select p from InvolvementProcess p where p.status <> dk.samspil.involvement.ProcessStatus.KLADDE"
          + " and (p.wholeMunicipality = true or exists (select 1 from InvolvementProcess q"
          + " join q.areaIds a where q.id = p.id and a in ?1))"
          + " order by p.publishedAt desc, p.id desc")
  List<InvolvementProcess> findPublishedAffectingAny(Collection<Long> areaIds, Pageable page);

  List<InvolvementProcess> findByStatusAndDeadlineBefore(ProcessStatus status, LocalDate day);

  @Query("select p.status, count(p) from InvolvementProcess p group by p.status")
  List<Object[]> countByStatus();

  /**
   * Takes a PostgreSQL advisory lock until the transaction ends, if no other transaction holds it.
   * Scheduled jobs take one, so that each run happens once however many instances are running.
   */
  @Query(value = "select pg_try_advisory_xact_lock(?1)", nativeQuery = true)
  boolean tryAdvisoryTransactionLock(long key);
}
