package dk.samspil.involvement.web.council;

import dk.samspil.council.Council;
import dk.samspil.council.CouncilHomeSection;
import dk.samspil.council.PageSection;
import dk.samspil.involvement.AnswerState;
import dk.samspil.involvement.Invitation;
import dk.samspil.involvement.InvolvementProcess;
import dk.samspil.involvement.ProcessQueries;
import dk.samspil.shared.DanishDates;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On <em>Mit lokalråd</em>: the invitations that wait for the council's answer, soonest deadline
 * first, each with its deadline and the state of the council's draft, and a link to all of them.
 */
@Component
@Order(1)
class AwaitingInvitationsSection implements CouncilHomeSection {

  private final ProcessQueries queries;
  private final MessageSource messages;

  AwaitingInvitationsSection(ProcessQueries queries, MessageSource messages) {
    this.queries = queries;
    this.messages = messages;
  }

  @Override
  public Optional<PageSection> forMembers(Council council, long accountId, Locale locale) {
    LocalDate today = queries.today();
    List<Invitation> invitations = queries.inbox(council.getId());
    Map<Long, InvolvementProcess> processes =
        queries.processesById(invitations.stream().map(Invitation::getProcessId).toList());
    List<PageSection.Entry> entries =
        invitations.stream()
            .filter(invitation -> awaitsAnswer(invitation, processes, today))
            .sorted(
                Comparator.comparing(
                    invitation -> processes.get(invitation.getProcessId()).getDeadline()))
            .map(invitation -> entry(council, invitation, processes, today, locale))
            .toList();
    String base = "/mit-lokalraad/" + council.getSlug() + "/inddragelser";
    return Optional.of(
        new PageSection(
            "afventer-svar",
            text("council.home.awaiting.heading", locale),
            null,
            entries,
            text("council.home.awaiting.empty", locale),
            new PageSection.Link(text("council.home.awaiting.all", locale), base)));
  }

  private static boolean awaitsAnswer(
      Invitation invitation, Map<Long, InvolvementProcess> processes, LocalDate today) {
    InvolvementProcess process = processes.get(invitation.getProcessId());
    if (process == null) {
      return false;
    }
    AnswerState state = invitation.answerState(process, today);
    return state == AnswerState.INVITED || state == AnswerState.DRAFT;
  }

  private PageSection.Entry entry(
      Council council,
      Invitation invitation,
      Map<Long, InvolvementProcess> processes,
      LocalDate today,
      Locale locale) {
    InvolvementProcess process = processes.get(invitation.getProcessId());
    AnswerState state = invitation.answerState(process, today);
    return new PageSection.Entry(
        process.getTitle(),
        "/mit-lokalraad/" + council.getSlug() + "/inddragelser/" + process.getId(),
        List.of(
            new PageSection.Fact(
                text("council.home.awaiting.deadline", locale),
                DanishDates.format(process.getDeadline())),
            new PageSection.Fact(
                text("council.home.awaiting.state", locale),
                text("council.inbox.state." + state.name(), locale))),
        null);
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
