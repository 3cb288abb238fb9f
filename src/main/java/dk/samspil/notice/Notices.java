package dk.samspil.notice;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Notices extends JpaRepository<Notice, Long>, JpaSpecificationExecutor<Notice> {

  Page<Notice> findAllByOrderByPublishedAtDesc(Pageable pageable);

  /**
   * Notices about the area or sent to its council (with an area), and about the theme (with a
   * theme). The pageable gives the order.
   */
  default Page<Notice> findFiltered(Long areaId, Long councilId, Long themeId, Pageable pageable) {
    Specification<Notice> filter =
        (root, query, cb) -> {
          List<Predicate> where = new ArrayList<>();
          if (areaId != null) {
            where.add(
                cb.or(
                    cb.isMember(areaId, root.<Collection<Long>>get("areaIds")),
                    cb.isMember(councilId, root.<Collection<Long>>get("councilIds"))));
          }
          if (themeId != null) {
            where.add(cb.isMember(themeId, root.<Collection<Long>>get("themeIds")));
          }
          return cb.and(where.toArray(Predicate[]::new));
        };
    return findAll(filter, pageable);
  }
}
