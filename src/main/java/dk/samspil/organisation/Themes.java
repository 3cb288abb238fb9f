package dk.samspil.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Themes extends JpaRepository<Theme, Long> {

  Optional<Theme> findBySlug(String slug);

  List<Theme> findAllByOrderByName();
}
