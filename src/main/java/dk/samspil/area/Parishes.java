package dk.samspil.area;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Parishes extends JpaRepository<Parish, String> {

  List<Parish> findAllByOrderByName();
}
