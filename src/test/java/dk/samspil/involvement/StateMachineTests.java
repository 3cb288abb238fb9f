package dk.samspil.involvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class StateMachineTests {

  static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
  static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

  /** The ids of that many invited councils. */
  static List<Long> invited(int councils) {
    return LongStream.rangeClosed(1, councils).boxed().toList();
  }

  static InvolvementProcess draft() {
    return new InvolvementProcess(
        new ProcessDraft(
            "Trafikplan",
            "Resumé",
            "Tekst",
            ProcessType.HANDLEPLAN,
            false,
            null,
            null,
            null,
            false,
            Set.of(1L),
            Set.of(),
            List.of(),
            TODAY.plusWeeks(4)),
        7L,
        NOW);
  }

  @Test
  void allowsOnlyTheTransitionsOfTheProcessLife() {
    for (ProcessStatus from : ProcessStatus.values()) {
      for (ProcessStatus to : ProcessStatus.values()) {
        boolean expected =
            (from == ProcessStatus.KLADDE && to == ProcessStatus.AABEN)
                || (from == ProcessStatus.AABEN && to == ProcessStatus.UNDER_BEHANDLING)
                || (from == ProcessStatus.UNDER_BEHANDLING && to == ProcessStatus.AFGJORT)
                || (from == ProcessStatus.AFGJORT && to == ProcessStatus.LUKKET);
        assertThat(from.mayMoveTo(to)).as("%s -> %s", from, to).isEqualTo(expected);
      }
    }
  }

  @Test
  void walksAProcessThroughItsWholeLife() {
    InvolvementProcess process = draft();

    process.publish(TODAY, invited(2), List.of(), NOW, false);
    process.closeForContributions();
    process.recordOutcome(
        "Byrådet vedtog planen", TODAY.plusWeeks(8), 3L, "https://example.org/ref", NOW, false);
    process.close(NOW);

    assertThat(process.getStatus()).isEqualTo(ProcessStatus.LUKKET);
    assertThat(process.getOutcomeText()).isEqualTo("Byrådet vedtog planen");
  }

  @Test
  void refusesEveryIllegalProcessTransition() {
    InvolvementProcess process = draft();
    assertThatThrownBy(process::closeForContributions).isInstanceOf(IllegalTransition.class);
    assertThatThrownBy(() -> process.recordOutcome("x", TODAY, null, null, NOW, false))
        .isInstanceOf(IllegalTransition.class);
    assertThatThrownBy(() -> process.close(NOW)).isInstanceOf(IllegalTransition.class);

    process.publish(TODAY, invited(1), List.of(), NOW, false);
    assertThatThrownBy(() -> process.publish(TODAY, invited(1), List.of(), NOW, false))
        .isInstanceOf(IllegalTransition.class);
    assertThatThrownBy(() -> process.close(NOW)).isInstanceOf(IllegalTransition.class);
    assertThatThrownBy(() -> process.edit(null))
        .isInstanceOfSatisfying(
            IllegalTransition.class,
            e -> assertThat(e.messageKey()).isEqualTo("process.edit.published"));

    process.closeForContributions();
    assertThatThrownBy(() -> process.close(NOW))
        .as("closing needs an outcome")
        .isInstanceOf(IllegalTransition.class);
    assertThatThrownBy(() -> process.recordOutcome(" ", TODAY, null, null, NOW, false))
        .isInstanceOfSatisfying(
            IllegalTransition.class,
            e -> assertThat(e.messageKey()).isEqualTo("process.outcome.incomplete"));
    assertThatThrownBy(() -> process.extendDeadline(TODAY.plusWeeks(10), TODAY))
        .isInstanceOf(IllegalTransition.class);
  }

  @Test
  void refusesToPublishWithoutAFutureDeadlineOrWithoutInvitedCouncils() {
    InvolvementProcess process = draft();

    assertThatThrownBy(() -> process.publish(TODAY, invited(0), List.of(), NOW, false))
        .isInstanceOfSatisfying(
            IllegalTransition.class,
            e -> assertThat(e.messageKey()).isEqualTo("process.publish.nobody"));
    assertThatThrownBy(() -> process.publish(TODAY.plusWeeks(4), invited(3), List.of(), NOW, false))
        .isInstanceOfSatisfying(
            IllegalTransition.class,
            e -> assertThat(e.messageKey()).isEqualTo("process.publish.deadline"));
  }

  @Test
  void extendsADeadlineOnlyToALaterDay() {
    InvolvementProcess process = draft();
    process.publish(TODAY, invited(1), List.of(), NOW, false);

    assertThatThrownBy(() -> process.extendDeadline(TODAY.plusWeeks(3), TODAY))
        .isInstanceOf(IllegalTransition.class);
    process.extendDeadline(TODAY.plusWeeks(6), TODAY);

    assertThat(process.getDeadline()).isEqualTo(TODAY.plusWeeks(6));
  }

  @Test
  void extendingTheDeadlineMovesThePhasesThatDependOnIt() {
    LocalDate deadline = TODAY.plusWeeks(4);
    InvolvementProcess process = draft();
    process.edit(
        new ProcessDraft(
            "Trafikplan",
            "Resumé",
            "Tekst",
            ProcessType.HANDLEPLAN,
            false,
            null,
            null,
            null,
            false,
            Set.of(1L),
            Set.of(),
            List.of(
                new Phase("Orientering", TODAY.minusWeeks(2), TODAY.minusDays(1)),
                new Phase("Bidrag", TODAY, deadline),
                new Phase("Politisk behandling", deadline.plusWeeks(2), null)),
            deadline));
    process.publish(TODAY, invited(1), List.of(), NOW, false);

    process.extendDeadline(deadline.plusWeeks(1), TODAY);

    assertThat(process.getPhases())
        .extracting(Phase::getName, Phase::getStartsOn, Phase::getEndsOn)
        .containsExactly(
            tuple("Orientering", TODAY.minusWeeks(2), TODAY.minusDays(1)),
            tuple("Bidrag", TODAY, deadline.plusWeeks(1)),
            tuple("Politisk behandling", deadline.plusWeeks(3), null));
  }

  @Test
  void anExplicitChangeOfPhasesStaysPossibleAfterTheDeadlineMoved() {
    InvolvementProcess process = draft();
    process.extendDeadline(TODAY.plusWeeks(6), TODAY);
    List<Phase> chosen = List.of(new Phase("Høring", TODAY.plusDays(1), TODAY.plusWeeks(5)));

    process.edit(
        new ProcessDraft(
            "Trafikplan",
            "Resumé",
            "Tekst",
            ProcessType.HANDLEPLAN,
            false,
            null,
            null,
            null,
            false,
            Set.of(1L),
            Set.of(),
            chosen,
            TODAY.plusWeeks(6)));

    assertThat(process.getPhases())
        .extracting(Phase::getName, Phase::getEndsOn)
        .containsExactly(tuple("Høring", TODAY.plusWeeks(5)));
  }

  @Test
  void savesDraftsAndRefusesTheLaterOfTwoConcurrentSaves() {
    Invitation invitation = new Invitation(1L, 2L, "");
    invitation.saveDraft("Første udkast", 0, 10L, NOW, true);

    assertThatThrownBy(() -> invitation.saveDraft("Mit udkast", 0, 11L, NOW, true))
        .isInstanceOfSatisfying(
            DraftConflict.class,
            conflict -> {
              assertThat(conflict.currentText()).isEqualTo("Første udkast");
              assertThat(conflict.updatedBy()).isEqualTo(10L);
              assertThat(conflict.currentVersion()).isEqualTo(1);
            });
    invitation.saveDraft("Andet udkast", 1, 11L, NOW, true);

    assertThat(invitation.getDraftText()).isEqualTo("Andet udkast");
    assertThat(invitation.getState()).isEqualTo(Invitation.State.DRAFT);
  }

  @Test
  void fixesWhatWasSentAndAllowsOnlyAddendaBeforeTheDeadline() {
    Invitation invitation = new Invitation(1L, 2L, "");
    assertThatThrownBy(() -> invitation.send(10L, NOW, true, true, false))
        .isInstanceOfSatisfying(
            IllegalTransition.class,
            e -> assertThat(e.messageKey()).isEqualTo("invitation.send.empty"));
    invitation.saveDraft("Vores bidrag", 0, 10L, NOW, true);
    invitation.send(10L, NOW, true, true, false);

    assertThatThrownBy(() -> invitation.saveDraft("Ændret", 1, 10L, NOW, true))
        .isInstanceOf(IllegalTransition.class);
    assertThatThrownBy(() -> invitation.send(10L, NOW, true, true, false))
        .isInstanceOf(IllegalTransition.class);
    assertThatThrownBy(() -> invitation.decline(null, 10L, NOW, true, false))
        .isInstanceOf(IllegalTransition.class);
    assertThatThrownBy(() -> invitation.addAddendum("Mere", 10L, NOW, false, false))
        .isInstanceOfSatisfying(
            IllegalTransition.class,
            e -> assertThat(e.messageKey()).isEqualTo("invitation.closed"));
    invitation.addAddendum("Et tillæg", 10L, NOW, true, false);

    assertThat(invitation.getSentText()).isEqualTo("Vores bidrag");
    assertThat(invitation.getAddenda()).extracting(Addendum::getText).containsExactly("Et tillæg");
  }

  @Test
  void declinesWithAnOptionalReasonButNotAfterTheDeadline() {
    Invitation late = new Invitation(1L, 2L, "");
    assertThatThrownBy(() -> late.decline("Ingen tid", 10L, NOW, false, false))
        .isInstanceOf(IllegalTransition.class);

    Invitation invitation = new Invitation(1L, 3L, "");
    invitation.decline("  ", 10L, NOW, true, false);

    assertThat(invitation.getState()).isEqualTo(Invitation.State.DECLINED);
    assertThat(invitation.getDeclineReason()).isNull();
    assertThatThrownBy(
            () -> invitation.giveFeedback(FeedbackVerdict.ANVENDT, "Tak", 7L, NOW, false))
        .isInstanceOf(IllegalTransition.class);
  }

  @Test
  void showsNoAnswerOnceTheDeadlineHasPassed() {
    Invitation invitation = new Invitation(1L, 2L, "");
    LocalDate deadline = TODAY.plusDays(5);

    assertThat(invitation.answerState(deadline, deadline)).isEqualTo(AnswerState.INVITED);
    assertThat(invitation.answerState(deadline.plusDays(1), deadline))
        .isEqualTo(AnswerState.NO_ANSWER);
  }

  @Test
  void showsNoAnswerWhenStaffCloseTheProcessBeforeTheDeadline() {
    InvolvementProcess process = draft();
    process.publish(TODAY, invited(1), List.of(), NOW, false);
    Invitation invitation = new Invitation(1L, 2L, "");
    assertThat(invitation.answerState(process, TODAY)).isEqualTo(AnswerState.INVITED);

    process.closeForContributions();

    assertThat(invitation.answerState(process, TODAY)).isEqualTo(AnswerState.NO_ANSWER);
  }

  @Test
  void hidesAContributionFromThePublicOnlyWithAReason() {
    Invitation invitation = new Invitation(1L, 2L, "");
    invitation.saveDraft("Tekst med et navn", 0, 10L, NOW, true);
    invitation.send(10L, NOW, true, true, false);
    assertThat(invitation.isPubliclyVisible()).isTrue();

    assertThatThrownBy(() -> invitation.hide("", 7L, NOW)).isInstanceOf(IllegalTransition.class);
    invitation.hide("Indeholder personoplysninger", 7L, NOW);

    assertThat(invitation.isPubliclyVisible()).isFalse();
  }
}
