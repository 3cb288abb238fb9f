package dk.samspil.involvement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Invitations extends JpaRepository<Invitation, Long> {

  List<Invitation> findByProcessId(Long processId);

  List<Invitation> findByProcessIdIn(Collection<Long> processIds);

  List<Invitation> findByCouncilId(Long councilId);

  Optional<Invitation> findByProcessIdAndCouncilId(Long processId, Long councilId);
}
