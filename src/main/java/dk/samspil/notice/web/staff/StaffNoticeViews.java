package dk.samspil.notice.web.staff;

import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.notice.Notice;
import dk.samspil.notice.NoticeManagement;
import dk.samspil.organisation.Department;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.shared.FormErrors;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Puts notices, and what the notice form offers, together for the staff pages. */
@Component
@Transactional(readOnly = true)
class StaffNoticeViews {

  static final int PAGE_SIZE = 20;

  private final NoticeManagement notices;
  private final AreaManagement areas;
  private final CouncilManagement councils;
  private final OrganisationManagement organisation;
  private final AccountManagement accounts;

  StaffNoticeViews(
      NoticeManagement notices,
      AreaManagement areas,
      CouncilManagement councils,
      OrganisationManagement organisation,
      AccountManagement accounts) {
    this.notices = notices;
    this.areas = areas;
    this.councils = councils;
    this.organisation = organisation;
    this.accounts = accounts;
  }

  /** The employee's own department, chosen in a new form. */
  Long departmentOf(long accountId) {
    return accounts.account(accountId).map(Account::getDepartmentId).orElse(null);
  }

  /**
   * The form with what it offers: every department, every area, every council that is not closed
   * down, and every theme.
   */
  NoticeFormPage formPage(NoticeForm form, FormErrors errors) {
    return new NoticeFormPage(
        form,
        organisation.departments().stream()
            .sorted(Comparator.comparing(Department::getName, AreaManagement.DANISH_ORDER))
            .map(d -> NoticeFormPage.Option.of(d.getId(), d.getName()))
            .toList(),
        areas.areas().stream().map(a -> NoticeFormPage.Option.of(a.getId(), a.getName())).toList(),
        councils.councils().stream()
            .map(c -> NoticeFormPage.Option.of(c.getId(), c.getName()))
            .toList(),
        organisation.themes().stream()
            .map(t -> NoticeFormPage.Option.of(t.getId(), t.getName()))
            .toList(),
        errors);
  }

  NoticeListPage listPage(int page) {
    Page<Notice> found = notices.notices(null, page, PAGE_SIZE);
    Map<Long, Department> departments =
        organisation.departmentsById(
            found.stream()
                .map(Notice::getDepartmentId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    Map<Long, String> areaNames =
        areas.areas().stream().collect(Collectors.toMap(Area::getId, Area::getName));
    Map<Long, String> councilNames =
        councils
            .councilsById(
                found.stream().flatMap(n -> n.getCouncilIds().stream()).collect(Collectors.toSet()))
            .values()
            .stream()
            .collect(Collectors.toMap(Council::getId, Council::getName));
    List<NoticeListPage.Row> rows =
        found.stream()
            .map(
                n ->
                    new NoticeListPage.Row(
                        n.getId(),
                        n.getTitle(),
                        n.getPublishedAt(),
                        departmentName(departments.get(n.getDepartmentId())),
                        names(n.getAreaIds(), areaNames),
                        names(n.getCouncilIds(), councilNames)))
            .toList();
    return new NoticeListPage(rows, found.getNumber(), Math.max(0, found.getTotalPages() - 1));
  }

  private static String departmentName(Department department) {
    return department == null ? null : department.getName();
  }

  private static List<String> names(Collection<Long> ids, Map<Long, String> names) {
    return ids.stream()
        .map(names::get)
        .filter(Objects::nonNull)
        .sorted(AreaManagement.DANISH_ORDER)
        .toList();
  }
}
