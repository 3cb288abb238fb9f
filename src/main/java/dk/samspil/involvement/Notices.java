package dk.samspil.involvement;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface Notices extends JpaRepository<Notice, Long> {

  Page<Notice> findAllByOrderByPublishedAtDesc(Pageable pageable);
}
