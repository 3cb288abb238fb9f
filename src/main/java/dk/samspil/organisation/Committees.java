package dk.samspil.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Committees extends JpaRepository<Committee, Long> {

  Optional<Committee> findByNameAndValidFrom(String name, LocalDate validFrom);

  List<Committee> findAllByOrderByValidFromDescNameAsc();
}
