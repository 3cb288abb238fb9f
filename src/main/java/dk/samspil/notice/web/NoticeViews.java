package dk.samspil.notice.web;

import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.notice.Notice;
import dk.samspil.notice.NoticeManagement;
import dk.samspil.organisation.Department;
import dk.samspil.organisation.OrganisationManagement;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Puts notices and the names they refer to together for the public pages. */
@Component
@Transactional(readOnly = true)
class NoticeViews {

  static final int PAGE_SIZE = 20;

  private final NoticeManagement notices;
  private final AreaManagement areas;
  private final CouncilManagement councils;
  private final OrganisationManagement organisation;

  NoticeViews(
      NoticeManagement notices,
      AreaManagement areas,
      CouncilManagement councils,
      OrganisationManagement organisation) {
    this.notices = notices;
    this.areas = areas;
    this.councils = councils;
    this.organisation = organisation;
  }

  NoticePages.NoticeList notices(String areaSlug, int page) {
    List<Area> allAreas = areas.areas();
    boolean filtered = areaSlug != null && !areaSlug.isBlank();
    Optional<Area> area =
        filtered
            ? allAreas.stream().filter(a -> a.getSlug().equals(areaSlug)).findFirst()
            : Optional.empty();
    Page<Notice> found =
        filtered && area.isEmpty()
            ? Page.empty()
            : notices.notices(area.map(Area::getId).orElse(null), page, PAGE_SIZE);
    Map<Long, Area> areasById =
        allAreas.stream().collect(Collectors.toMap(Area::getId, Function.identity()));
    Map<Long, Department> departments =
        organisation.departmentsById(
            found.getContent().stream()
                .map(Notice::getDepartmentId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    List<NoticePages.NoticeRow> rows =
        found.getContent().stream()
            .map(
                notice ->
                    new NoticePages.NoticeRow(
                        notice,
                        nameOf(departments.get(notice.getDepartmentId())),
                        names(notice.getAreaIds(), areasById)))
            .toList();
    return new NoticePages.NoticeList(
        rows,
        allAreas,
        areaSlug,
        found.getTotalElements(),
        page,
        Math.max(0, found.getTotalPages() - 1));
  }

  NoticePages.NoticeDetail notice(Long id) {
    Notice notice = notices.notice(id);
    return new NoticePages.NoticeDetail(
        notice,
        notice.getDepartmentId() == null
            ? null
            : nameOf(
                organisation
                    .departmentsById(List.of(notice.getDepartmentId()))
                    .get(notice.getDepartmentId())),
        names(notice.getAreaIds(), areas.areasById(notice.getAreaIds())),
        councils.councilsById(notice.getCouncilIds()).values().stream()
            .sorted(Comparator.comparing(Council::getName, AreaManagement.DANISH_ORDER))
            .toList());
  }

  private static List<String> names(Collection<Long> areaIds, Map<Long, Area> areasById) {
    return areaIds.stream()
        .map(areasById::get)
        .filter(Objects::nonNull)
        .map(Area::getName)
        .sorted(AreaManagement.DANISH_ORDER)
        .toList();
  }

  private static String nameOf(Department department) {
    return department == null ? null : department.getName();
  }
}
