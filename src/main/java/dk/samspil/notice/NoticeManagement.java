package dk.samspil.notice;

import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.shared.Act;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The notice module's API: publishing a notice, and reading them. */
@Service
@Transactional(readOnly = true)
public class NoticeManagement {

  private final Notices notices;
  private final CouncilManagement councils;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  NoticeManagement(
      Notices notices, CouncilManagement councils, ApplicationEventPublisher events, Clock clock) {
    this.notices = notices;
    this.councils = councils;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Publishes a notice about the areas and themes to the chosen councils; {@link NoticePublished}
   * mails them and the councils of the areas. (The event is published here, not registered by the
   * notice, because it needs the id the database gives the notice.)
   */
  @Transactional
  public Notice publish(
      String title,
      String body,
      Long departmentId,
      Set<Long> areaIds,
      Set<Long> councilIds,
      Set<Long> themeIds,
      Act act) {
    Notice notice =
        notices.save(
            new Notice(
                title, body, departmentId, act.by(), areaIds, councilIds, themeIds, act.at(clock)));
    events.publishEvent(new NoticePublished(notice.getId(), act.replayed()));
    return notice;
  }

  /**
   * @throws NoticeNotFound if there is no such notice
   */
  public Notice notice(Long id) {
    return notices.findById(id).orElseThrow(() -> NoticeNotFound.forId(id));
  }

  /** Notices, newest first; with an area (not null), those about it or sent to its council. */
  public Page<Notice> notices(Long areaId, int page, int size) {
    return notices(areaId, null, page, size);
  }

  /**
   * Notices, newest first; with an area (not null), those about it or sent to its council; with a
   * theme (not null), those about the theme.
   */
  public Page<Notice> notices(Long areaId, Long themeId, int page, int size) {
    PageRequest pageable = PageRequest.of(Math.max(0, page), size);
    if (areaId == null && themeId == null) {
      return notices.findAllByOrderByPublishedAtDesc(pageable);
    }
    Long councilId =
        areaId == null ? null : councils.councilOf(areaId).map(Council::getId).orElse(-1L);
    return notices.findFiltered(
        areaId,
        councilId,
        themeId,
        pageable.withSort(Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id"))));
  }

  /** The councils a notice is mailed to: those chosen, and the living councils of its areas. */
  Set<Long> recipients(Notice notice) {
    Set<Long> recipients = new LinkedHashSet<>(notice.getCouncilIds());
    councils
        .councilsByArea()
        .forEach(
            (areaId, council) -> {
              if (notice.getAreaIds().contains(areaId)) {
                recipients.add(council.getId());
              }
            });
    return recipients;
  }
}
