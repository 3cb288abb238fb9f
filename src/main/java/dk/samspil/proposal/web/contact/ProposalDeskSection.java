package dk.samspil.proposal.web.contact;

import dk.samspil.council.PageSection;
import dk.samspil.involvement.ContactDeskSection;
import dk.samspil.involvement.ContactPersonDesk;
import dk.samspil.proposal.web.contact.ContactProposalPages.ListPage;
import dk.samspil.proposal.web.contact.ContactProposalPages.Row;
import dk.samspil.shared.DanishDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the contact person's desk: the citizens' proposals that wait for her (to route to a
 * department, to forward after a council's deadline, to handle as the council of an area without
 * one), and a link to her list of proposals.
 */
@Component
@Order(10)
class ProposalDeskSection implements ContactDeskSection {

  /** How many waiting proposals the desk lists; the rest are on her list. */
  static final int SHOWN = 5;

  private final ContactProposalViews views;
  private final MessageSource messages;

  ProposalDeskSection(ContactProposalViews views, MessageSource messages) {
    this.views = views;
    this.messages = messages;
  }

  @Override
  public Optional<PageSection> forContactPerson(ContactPersonDesk.Scope scope, Locale locale) {
    ListPage list = views.listPage(scope);
    List<PageSection.Entry> entries = new ArrayList<>();
    list.toRoute().forEach(row -> entries.add(entry(row, "desk.route", row.link(), locale)));
    list.askedAfterDeadline()
        .forEach(row -> entries.add(entry(row, "desk.asked", row.link(), locale)));
    list.asCouncil()
        .forEach(row -> entries.add(entry(row, "desk.as-council", row.handlingLink(), locale)));
    int waiting = entries.size();
    return Optional.of(
        new PageSection(
            "borgerforslag",
            text("proposal.municipality.desk.heading", locale),
            waiting == 0
                ? null
                : messages.getMessage(
                    "proposal.municipality.desk.waiting", new Object[] {waiting}, locale),
            entries.subList(0, Math.min(SHOWN, entries.size())),
            text("proposal.municipality.desk.empty", locale),
            new PageSection.Link(
                messages.getMessage(
                    "proposal.municipality.desk.all",
                    new Object[] {list.atDepartments().size()},
                    locale),
                ContactProposalsController.BASE)));
  }

  private PageSection.Entry entry(Row row, String what, String href, Locale locale) {
    return new PageSection.Entry(
        row.title(),
        href,
        List.of(
            new PageSection.Fact(text("proposal.municipality.desk.from", locale), row.from()),
            new PageSection.Fact(
                text("proposal.municipality.desk.what", locale),
                text("proposal.municipality." + what, locale)),
            new PageSection.Fact(
                text("proposal.municipality.desk.since", locale),
                messages.getMessage(
                    "proposal.municipality.days", new Object[] {row.days()}, locale))),
        row.deadline() == null
            ? null
            : messages.getMessage(
                "proposal.municipality.desk.deadline",
                new Object[] {DanishDates.format(row.deadline())},
                locale));
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
