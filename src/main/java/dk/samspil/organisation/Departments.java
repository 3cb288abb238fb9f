package dk.samspil.organisation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Departments extends JpaRepository<Department, Long> {

  Optional<Department> findByName(String name);

  Optional<Department> findByNameIgnoreCase(String name);
}
