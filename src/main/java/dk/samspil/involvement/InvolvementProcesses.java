package dk.samspil.involvement;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface InvolvementProcesses
    extends JpaRepository<InvolvementProcess, Long>, JpaSpecificationExecutor<InvolvementProcess> {

  Page<InvolvementProcess> findByStatusIn(Collection<ProcessStatus> statuses, Pageable pageable);

  List<InvolvementProcess> findByStatus(ProcessStatus status);

  @Query(
      "select p from InvolvementProcess p where p.status <> dk.samspil.involvement.ProcessStatus.KLADDE"
          + " and (p.wholeMunicipality = true or ?1 member of p.areaIds) order by p.publishedAt desc")
  List<InvolvementProcess> findPublishedAffecting(Long areaId);
}
