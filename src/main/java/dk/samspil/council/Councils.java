package dk.samspil.council;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Councils extends JpaRepository<Council, Long> {

  Optional<Council> findBySlug(String slug);

  List<Council> findByAreaIdAndStatusNot(Long areaId, CouncilStatus status);
}
