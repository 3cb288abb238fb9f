package dk.samspil.proposal.web.staff;

import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.council.PageSection;
import dk.samspil.involvement.StaffOverviewSection;
import dk.samspil.organisation.Department;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.proposal.MunicipalityQueries;
import dk.samspil.proposal.MunicipalityQueries.AnswerTime;
import dk.samspil.proposal.Proposal;
import dk.samspil.proposal.ProposalState;
import dk.samspil.shared.DanishDates;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The staff overview's two sections about citizens' proposals: those waiting for the municipality
 * (a department, its acknowledgement, or its answer), and each council's answer time.
 */
@Configuration(proxyBeanMethods = false)
class ProposalOverviewSections {

  /** How many waiting proposals the overview lists; the oldest first. */
  static final int SHOWN = 20;

  private static final Collator DANISH = Collator.getInstance(Locale.forLanguageTag("da"));

  @Bean
  @Order(10)
  StaffOverviewSection proposalsWaitingForTheMunicipality(
      MunicipalityQueries lists, OrganisationManagement organisation, MessageSource messages) {
    return locale -> {
      List<Proposal> waiting = lists.withMunicipality();
      Map<Long, Department> departments =
          organisation.departmentsById(
              waiting.stream()
                  .map(Proposal::getDepartmentId)
                  .filter(Objects::nonNull)
                  .collect(Collectors.toSet()));
      long toRoute =
          waiting.stream().filter(p -> p.getState() == ProposalState.VIDERESENDT).count();
      long toAcknowledge =
          waiting.stream().filter(p -> p.getState() == ProposalState.HOS_FORVALTNINGEN).count();
      long toAnswer = waiting.stream().filter(p -> p.getState() == ProposalState.KVITTERET).count();
      List<PageSection.Entry> entries = new ArrayList<>();
      for (Proposal p : waiting.subList(0, Math.min(SHOWN, waiting.size()))) {
        List<PageSection.Fact> facts = new ArrayList<>();
        facts.add(
            new PageSection.Fact(
                text(messages, "proposal.municipality.column.state", locale),
                text(messages, p.getState().messageKey(), locale)));
        if (p.getDepartmentId() != null && departments.containsKey(p.getDepartmentId())) {
          facts.add(
              new PageSection.Fact(
                  text(messages, "proposal.municipality.column.department", locale),
                  departments.get(p.getDepartmentId()).getName()));
        }
        if (p.getAnswerDeadline() != null) {
          facts.add(
              new PageSection.Fact(
                  text(messages, "proposal.municipality.column.answer-deadline", locale),
                  DanishDates.format(p.getAnswerDeadline())));
        }
        entries.add(
            new PageSection.Entry(p.getTitle(), "/medarbejder/forslag/" + p.getId(), facts, null));
      }
      return Optional.of(
          new PageSection(
              "borgerforslag-venter",
              text(messages, "proposal.municipality.overview.waiting", locale),
              messages.getMessage(
                  "proposal.municipality.overview.waiting.intro",
                  new Object[] {toRoute, toAcknowledge, toAnswer},
                  locale),
              entries,
              text(messages, "proposal.municipality.overview.waiting.none", locale),
              new PageSection.Link(
                  text(messages, "proposal.municipality.overview.waiting.all", locale),
                  StaffProposalsController.BASE)));
    };
  }

  @Bean
  @Order(11)
  StaffOverviewSection councilAnswerTimes(
      MunicipalityQueries lists, CouncilManagement councils, MessageSource messages) {
    return locale -> {
      List<AnswerTime> times = lists.councilAnswerTimes();
      Map<Long, Council> byId =
          councils.councilsById(times.stream().map(AnswerTime::councilId).toList());
      List<PageSection.Entry> entries =
          times.stream()
              .filter(time -> byId.containsKey(time.councilId()))
              .sorted(
                  (a, b) ->
                      DANISH.compare(
                          byId.get(a.councilId()).getName(), byId.get(b.councilId()).getName()))
              .map(
                  time ->
                      new PageSection.Entry(
                          byId.get(time.councilId()).getName(),
                          "/lokalraad/" + byId.get(time.councilId()).getSlug(),
                          List.of(
                              new PageSection.Fact(
                                  text(messages, "proposal.municipality.overview.median", locale),
                                  messages.getMessage(
                                      "proposal.municipality.days",
                                      new Object[] {Math.round(time.medianDays())},
                                      locale)),
                              new PageSection.Fact(
                                  text(messages, "proposal.municipality.overview.decided", locale),
                                  String.valueOf(time.decided()))),
                          null))
              .toList();
      return Optional.of(
          new PageSection(
              "lokalraadenes-svartider",
              text(messages, "proposal.municipality.overview.answer-times", locale),
              text(messages, "proposal.municipality.overview.answer-times.intro", locale),
              entries,
              text(messages, "proposal.municipality.overview.answer-times.none", locale),
              null));
    };
  }

  private static String text(MessageSource messages, String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
