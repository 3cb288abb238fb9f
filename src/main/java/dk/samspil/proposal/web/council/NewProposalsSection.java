package dk.samspil.proposal.web.council;

import dk.samspil.council.Council;
import dk.samspil.council.CouncilHomeSection;
import dk.samspil.council.PageSection;
import dk.samspil.proposal.DeadlineStatus;
import dk.samspil.shared.DanishDates;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On <em>Mit lokalråd</em>: the citizens' proposals waiting for the council, newest first, each
 * with its deadline and whether it is near or past, and a link to all, the decided ones included.
 */
@Component
@Order(2)
class NewProposalsSection implements CouncilHomeSection {

  private final CouncilProposalViews views;
  private final MessageSource messages;

  NewProposalsSection(CouncilProposalViews views, MessageSource messages) {
    this.views = views;
    this.messages = messages;
  }

  @Override
  public Optional<PageSection> forMembers(Council council, long accountId, Locale locale) {
    List<PageSection.Entry> entries =
        views.waiting(council.getId()).stream()
            .map(
                waiting ->
                    new PageSection.Entry(
                        waiting.proposal().getTitle(),
                        waiting.href(),
                        facts(waiting, locale),
                        null))
            .toList();
    return Optional.of(
        new PageSection(
            "borgerforslag",
            text("proposal.council.home.heading", locale),
            text("proposal.council.home.intro", locale),
            entries,
            text("proposal.council.home.empty", locale),
            new PageSection.Link(
                text("proposal.council.home.all", locale),
                "/mit-lokalraad/" + council.getSlug() + "/forslag")));
  }

  private List<PageSection.Fact> facts(CouncilProposalViews.Waiting waiting, Locale locale) {
    var proposal = waiting.proposal();
    PageSection.Fact kind =
        new PageSection.Fact(
            text("proposal.council.home.kind", locale),
            text(proposal.getKind().messageKey(), locale));
    if (waiting.status() == null) {
      return List.of(kind);
    }
    String deadline = DanishDates.format(proposal.getCouncilDeadline());
    String status =
        waiting.status() == DeadlineStatus.GOD_TID
            ? deadline
            : deadline
                + " – "
                + (waiting.status() == DeadlineStatus.OVERSKREDET
                    ? text("proposal.council.deadline-status.OVERSKREDET", locale)
                    : messages.getMessage(
                        "proposal.council.days-left", new Object[] {waiting.daysLeft()}, locale));
    return List.of(
        kind, new PageSection.Fact(text("proposal.council.home.deadline", locale), status));
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
