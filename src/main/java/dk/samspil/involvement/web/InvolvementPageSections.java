package dk.samspil.involvement.web;

import dk.samspil.area.Area;
import dk.samspil.council.AreaPageSection;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilPageSection;
import dk.samspil.council.PageSection;
import dk.samspil.involvement.AnswerState;
import dk.samspil.involvement.Invitation;
import dk.samspil.involvement.InvolvementProcess;
import dk.samspil.involvement.ProcessQueries;
import dk.samspil.involvement.ProcessStatus;
import dk.samspil.shared.DanishDates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The involvement sections of the public council and area pages: what a council was asked, what it
 * answered and what came of it; and the processes that affect an area.
 */
@Component
@Transactional(readOnly = true)
class InvolvementPageSections implements CouncilPageSection, AreaPageSection {

  /** How many processes an area page lists before linking to the rest. */
  static final int AREA_LIMIT = 10;

  private static final int OUTCOME_LENGTH = 300;

  private final ProcessQueries queries;
  private final MessageSource messages;

  InvolvementPageSections(ProcessQueries queries, MessageSource messages) {
    this.queries = queries;
    this.messages = messages;
  }

  @Override
  public Optional<PageSection> forCouncil(Council council, Locale locale) {
    List<Invitation> invitations = queries.inbox(council.getId());
    Map<Long, InvolvementProcess> processes =
        queries.processesById(invitations.stream().map(Invitation::getProcessId).toList());
    LocalDate today = queries.today();
    List<PageSection.Entry> entries = new ArrayList<>();
    invitations.stream()
        .filter(i -> processes.containsKey(i.getProcessId()))
        .filter(i -> processes.get(i.getProcessId()).getStatus().isPublic())
        .sorted(
            Comparator.comparing(
                    (Invitation i) -> processes.get(i.getProcessId()).getPublishedAt(),
                    Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
                .reversed())
        .forEach(
            invitation -> {
              InvolvementProcess process = processes.get(invitation.getProcessId());
              List<PageSection.Fact> facts = new ArrayList<>();
              facts.add(
                  fact(locale, "section.status", t(locale, process.getStatus().messageKey())));
              AnswerState state = invitation.answerState(process, today);
              facts.add(fact(locale, "section.council.answer", t(locale, state.messageKey())));
              if (state == AnswerState.CONTRIBUTED && !invitation.isPubliclyVisible()) {
                facts.add(
                    fact(
                        locale,
                        "section.council.contribution",
                        t(locale, "section.council.withheld")));
              }
              if (invitation.getFeedbackVerdict() != null) {
                facts.add(
                    fact(
                        locale,
                        "section.council.feedback",
                        t(locale, invitation.getFeedbackVerdict().messageKey())));
              }
              String outcome = null;
              if (process.getOutcomeText() != null) {
                outcome =
                    t(
                        locale,
                        "section.council.outcome",
                        DanishDates.format(process.getOutcomeDate()),
                        shorten(process.getOutcomeText()));
              }
              entries.add(
                  new PageSection.Entry(
                      process.getTitle(), "/inddragelser/" + process.getId(), facts, outcome));
            });
    return Optional.of(
        new PageSection(
            "inddragelser",
            t(locale, "section.council.heading"),
            t(locale, "section.council.intro", council.getName()),
            entries,
            t(locale, "section.council.empty"),
            null));
  }

  @Override
  public Optional<PageSection> forArea(Area area, Locale locale) {
    List<InvolvementProcess> processes = queries.processesAffecting(area.getId());
    List<PageSection.Entry> entries =
        processes.stream()
            .limit(AREA_LIMIT)
            .map(
                process -> {
                  List<PageSection.Fact> facts = new ArrayList<>();
                  facts.add(
                      fact(locale, "section.type", t(locale, process.getType().messageKey())));
                  facts.add(
                      fact(locale, "section.status", t(locale, process.getStatus().messageKey())));
                  if (process.getStatus() == ProcessStatus.AABEN) {
                    facts.add(
                        fact(
                            locale, "section.deadline", DanishDates.format(process.getDeadline())));
                  }
                  if (process.isWholeMunicipality()) {
                    facts.add(fact(locale, "section.area.scope", t(locale, "section.area.whole")));
                  }
                  return new PageSection.Entry(
                      process.getTitle(),
                      "/inddragelser/" + process.getId(),
                      facts,
                      process.getSummary());
                })
            .toList();
    return Optional.of(
        new PageSection(
            "inddragelser",
            t(locale, "section.area.heading"),
            t(locale, "section.area.intro", area.getName()),
            entries,
            t(locale, "section.area.empty"),
            processes.size() > AREA_LIMIT
                ? new PageSection.Link(
                    t(locale, "section.area.more", processes.size()),
                    "/inddragelser?omraade=" + area.getSlug())
                : null));
  }

  private PageSection.Fact fact(Locale locale, String labelKey, String value) {
    return new PageSection.Fact(t(locale, labelKey), value);
  }

  private String t(Locale locale, String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  static String shorten(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= OUTCOME_LENGTH ? flat : flat.substring(0, OUTCOME_LENGTH - 1) + "…";
  }
}
