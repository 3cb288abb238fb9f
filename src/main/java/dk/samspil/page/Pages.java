package dk.samspil.page;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Pages extends JpaRepository<Page, String> {

  List<Page> findAllByOrderByTitle();
}
