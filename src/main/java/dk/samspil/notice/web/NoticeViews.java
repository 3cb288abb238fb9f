package dk.samspil.notice.web;

import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.notice.Notice;
import dk.samspil.notice.NoticeManagement;
import dk.samspil.organisation.Department;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.organisation.Theme;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

  /**
   * The notices about an area and a theme (each by slug; blank: any); an unknown slug matches
   * nothing.
   */
  NoticePages.NoticeList notices(String areaSlug, String themeSlug, int page) {
    List<Area> allAreas = areas.areas();
    List<Theme> allThemes = organisation.themes();
    boolean byArea = areaSlug != null && !areaSlug.isBlank();
    boolean byTheme = themeSlug != null && !themeSlug.isBlank();
    Optional<Area> area =
        byArea
            ? allAreas.stream().filter(a -> a.getSlug().equals(areaSlug)).findFirst()
            : Optional.empty();
    Optional<Theme> theme =
        byTheme
            ? allThemes.stream().filter(t -> t.getSlug().equals(themeSlug)).findFirst()
            : Optional.empty();
    Page<Notice> found =
        (byArea && area.isEmpty()) || (byTheme && theme.isEmpty())
            ? Page.empty()
            : notices.notices(
                area.map(Area::getId).orElse(null),
                theme.map(Theme::getId).orElse(null),
                page,
                PAGE_SIZE);
    Map<Long, String> areaNames =
        allAreas.stream().collect(Collectors.toMap(Area::getId, Area::getName));
    Map<Long, String> themeNames =
        allThemes.stream().collect(Collectors.toMap(Theme::getId, Theme::getName));
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
                        names(notice.getAreaIds(), areaNames),
                        names(notice.getThemeIds(), themeNames)))
            .toList();
    return new NoticePages.NoticeList(
        rows,
        allAreas,
        allThemes,
        areaSlug,
        themeSlug,
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
        names(
            notice.getAreaIds(),
            areas.areasById(notice.getAreaIds()).values().stream()
                .collect(Collectors.toMap(Area::getId, Area::getName))),
        names(
            notice.getThemeIds(),
            organisation.themesById(notice.getThemeIds()).values().stream()
                .collect(Collectors.toMap(Theme::getId, Theme::getName))),
        councils.councilsById(notice.getCouncilIds()).values().stream()
            .sorted(Comparator.comparing(Council::getName, AreaManagement.DANISH_ORDER))
            .toList());
  }

  /** The names of the ids that have one, in Danish order. */
  private static List<String> names(Collection<Long> ids, Map<Long, String> names) {
    return ids.stream()
        .map(names::get)
        .filter(Objects::nonNull)
        .sorted(AreaManagement.DANISH_ORDER)
        .toList();
  }

  private static String nameOf(Department department) {
    return department == null ? null : department.getName();
  }
}
