package dk.samspil.page;

import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.shared.AuditEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the standing pages, and the administrator's changes to their text (audited). */
@Service
@Transactional(readOnly = true)
public class PageManagement {

  /** A page as the administration lists it: with the name of who changed it last, or null. */
  public record Summary(Page page, String updatedByName) {}

  private final Pages pages;
  private final AccountManagement accounts;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PageManagement(
      Pages pages, AccountManagement accounts, ApplicationEventPublisher events, Clock clock) {
    this.pages = pages;
    this.accounts = accounts;
    this.events = events;
    this.clock = clock;
  }

  /** The page with this address. */
  public Page page(String slug) {
    return pages.findById(slug).orElseThrow(() -> PageNotFound.forSlug(slug));
  }

  /** Every page, by title, with who changed it last (their accounts read in one query). */
  public List<Summary> summaries() {
    List<Page> all = pages.findAllByOrderByTitle();
    Map<Long, Account> editors =
        accounts.accountsById(
            all.stream().map(Page::getUpdatedBy).filter(Objects::nonNull).distinct().toList());
    return all.stream()
        .map(
            page -> {
              Account editor =
                  page.getUpdatedBy() == null ? null : editors.get(page.getUpdatedBy());
              return new Summary(page, editor == null ? null : editor.displayName());
            })
        .toList();
  }

  /**
   * Changes a page's title and text, as the account {@code by}, and records the change in the audit
   * log with the text before and after.
   *
   * @param basedOn the version of the page the administrator started from
   * @throws PageChangeRefused if the page has been changed since that version
   */
  @Transactional
  public Page update(String slug, PageDraft draft, int basedOn, Long by) {
    Page page = page(slug);
    if (page.getVersion() != basedOn) {
      Account editor =
          page.getUpdatedBy() == null ? null : accounts.account(page.getUpdatedBy()).orElse(null);
      throw PageChangeRefused.changedMeanwhile(
          editor == null ? null : editor.displayName(), page.getUpdatedAt());
    }
    Map<String, Object> before = snapshot(page);
    page.change(draft, by, Instant.now(clock));
    events.publishEvent(AuditEvent.updated("page", slug, page.getTitle(), before, snapshot(page)));
    return page;
  }

  private static Map<String, Object> snapshot(Page page) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", page.getTitle());
    fields.put("body", page.getBody());
    return fields;
  }
}
