package dk.samspil.area;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Areas extends JpaRepository<Area, Long> {

  Optional<Area> findBySlug(String slug);
}
