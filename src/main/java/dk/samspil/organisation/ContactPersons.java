package dk.samspil.organisation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactPersons extends JpaRepository<ContactPerson, Long> {

  Optional<ContactPerson> findByEmail(String email);

  Optional<ContactPerson> findByEmailIgnoreCase(String email);
}
