package dk.samspil.notice;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Notices extends JpaRepository<Notice, Long> {

  Page<Notice> findAllByOrderByPublishedAtDesc(Pageable pageable);

  /** Notices about the area, or sent to its council, newest first. */
  @Query(
      value =
          "select n from Notice n where ?1 member of n.areaIds or ?2 member of n.councilIds"
              + " order by n.publishedAt desc, n.id desc",
      countQuery =
          "select count(n) from Notice n where ?1 member of n.areaIds or ?2 member of n.councilIds")
  Page<Notice> findConcerning(Long areaId, Long councilId, Pageable pageable);
}
