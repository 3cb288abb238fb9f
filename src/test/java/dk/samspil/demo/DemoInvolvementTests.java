package dk.samspil.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.SamspilTest;
import dk.samspil.council.CouncilManagement;
import dk.samspil.involvement.AnswerState;
import dk.samspil.involvement.Invitation;
import dk.samspil.involvement.InvolvementProcess;
import dk.samspil.involvement.ProcessFilter;
import dk.samspil.involvement.ProcessQueries;
import dk.samspil.involvement.ProcessStatus;
import dk.samspil.notice.NoticeManagement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demonstration's involvement processes: every state, and something to do for each role. */
@SamspilTest
class DemoInvolvementTests {

  @Autowired ProcessQueries queries;
  @Autowired NoticeManagement notices;
  @Autowired CouncilManagement councils;
  @Autowired JdbcClient jdbc;

  InvolvementProcess demo(String title) {
    return queries.publishedProcesses(ProcessFilter.ANY, 0, 1000).getContent().stream()
        .filter(process -> process.getTitle().equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no demonstration process " + title));
  }

  Map<String, AnswerState> answers(InvolvementProcess process) {
    Map<Long, String> slugs =
        councils.councils().stream().collect(Collectors.toMap(c -> c.getId(), c -> c.getSlug()));
    LocalDate today = queries.today();
    return queries.invitationsOf(process.getId()).stream()
        .collect(
            Collectors.toMap(
                i -> slugs.get(i.getCouncilId()),
                i -> i.answerState(today, process.getDeadline())));
  }

  @Test
  void hasAProcessInEveryStatus() {
    Integer drafts =
        jdbc.sql("select count(*) from involvement_process where status = 'KLADDE'")
            .query(Integer.class)
            .single();
    assertThat(drafts).isPositive();
    List<ProcessStatus> published =
        queries.publishedProcesses(ProcessFilter.ANY, 0, 1000).getContent().stream()
            .map(InvolvementProcess::getStatus)
            .distinct()
            .toList();
    assertThat(published)
        .contains(
            ProcessStatus.AABEN,
            ProcessStatus.UNDER_BEHANDLING,
            ProcessStatus.AFGJORT,
            ProcessStatus.LUKKET);
  }

  @Test
  void keepsOpenProcessesOpenForWeeksWithSomethingToDoForFensmarkAndTappernoeje() {
    LocalDate today = queries.today();
    InvolvementProcess traffic = demo("Trafiksikkerhedsplan 2027–2030");
    assertThat(traffic.getStatus()).isEqualTo(ProcessStatus.AABEN);
    assertThat(traffic.getDeadline()).isBetween(today.plusWeeks(3), today.plusWeeks(6));
    assertThat(traffic.acceptsAnswers(today)).isTrue();
    assertThat(answers(traffic))
        .containsEntry("fensmark", AnswerState.INVITED)
        .containsEntry("tappernoeje", AnswerState.INVITED)
        .containsEntry("glumsoe", AnswerState.CONTRIBUTED)
        .containsEntry("fladsaa", AnswerState.DRAFT);

    InvolvementProcess housing =
        demo("Nyt boligområde i det nordlige Fensmark – forudgående høring");
    assertThat(housing.acceptsAnswers(today)).isTrue();
    assertThat(answers(housing)).containsEntry("fensmark", AnswerState.DRAFT);
  }

  @Test
  void hasAProcessUnderConsiderationWithContributionsADeclineAndNoAnswer() {
    InvolvementProcess climate = demo("Klimatilpasningsplan for kyst og vandløb");
    assertThat(climate.getStatus()).isEqualTo(ProcessStatus.UNDER_BEHANDLING);
    assertThat(answers(climate).values())
        .contains(AnswerState.CONTRIBUTED, AnswerState.DECLINED, AnswerState.NO_ANSWER);
    List<Invitation> invitations = queries.invitationsOf(climate.getId());
    assertThat(invitations)
        .as("one contribution is not public")
        .anyMatch(i -> i.getState() == Invitation.State.CONTRIBUTED && !i.isPubliclyVisible());
    assertThat(invitations).anyMatch(i -> !i.getAddenda().isEmpty());
  }

  @Test
  void hasADecidedProcessWithFeedbackOnEveryContributionAndAnOutcome() {
    InvolvementProcess strategy = demo("Planstrategi 2027");
    assertThat(strategy.getStatus()).isEqualTo(ProcessStatus.AFGJORT);
    assertThat(strategy.getOutcomeText()).contains("Byrådet vedtog");
    assertThat(strategy.getOutcomeDate()).isBefore(queries.today());
    assertThat(strategy.getPublishedAt()).isBefore(strategy.getDecidedAt());
    List<Invitation> contributions =
        queries.invitationsOf(strategy.getId()).stream()
            .filter(i -> i.getState() == Invitation.State.CONTRIBUTED)
            .toList();
    assertThat(contributions).hasSizeGreaterThanOrEqualTo(3);
    assertThat(contributions).allMatch(i -> i.getFeedbackVerdict() != null);
    assertThat(answers(strategy).values()).contains(AnswerState.DECLINED, AnswerState.NO_ANSWER);
  }

  @Test
  void publishesNotices() {
    assertThat(notices.notices(null, 0, 100).getContent())
        .extracting(n -> n.getTitle())
        .contains("Vejarbejde på Næstvedvej ved Fensmark");
  }
}
