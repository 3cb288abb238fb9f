package dk.samspil.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** Every step from every state: the legal ones change the state, every other one is refused. */
class ProposalStateMachineTests {

  static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
  static final LocalDate DEADLINE = LocalDate.of(2027, 4, 12);

  static Proposal brought() {
    Proposal proposal =
        new Proposal(
            new NewProposal(
                ProposalKind.FORSLAG,
                Set.of(),
                "Fodgængerovergang ved skolen",
                "Børnene krydser Fensmarkvej hver morgen.",
                55.27,
                11.80,
                "Fensmarkvej",
                false,
                4L,
                9L,
                Set.of(2L),
                "Mette Hansen",
                "mette@example.dk",
                null,
                true),
            "hash",
            NOW);
    ReflectionTestUtils.setField(proposal, "id", 1L);
    return proposal;
  }

  /** A proposal brought to the state, by legal steps. */
  static Proposal in(ProposalState state) {
    Proposal proposal = brought();
    switch (state) {
      case UBEKRAEFTET -> {}
      case HOS_LOKALRAADET -> proposal.confirm(NOW, DEADLINE);
      case VIDERESENDT -> {
        proposal.confirm(NOW, DEADLINE);
        proposal.forward(Assessment.STOETTER, "God idé", 5L, NOW);
      }
      case HOS_FORVALTNINGEN -> {
        proposal.confirm(NOW, DEADLINE);
        proposal.forward(Assessment.STOETTER, "God idé", 5L, NOW);
        proposal.route(3L, 6L, NOW, DEADLINE);
      }
      case KVITTERET -> {
        proposal.confirm(NOW, DEADLINE);
        proposal.forward(Assessment.STOETTER, "God idé", 5L, NOW);
        proposal.route(3L, 6L, NOW, DEADLINE);
        proposal.acknowledge("Jens Vej", 7L, NOW);
      }
      case BESVARET -> {
        proposal.confirm(NOW, DEADLINE);
        proposal.forward(Assessment.STOETTER, "God idé", 5L, NOW);
        proposal.route(3L, 6L, NOW, DEADLINE);
        proposal.acknowledge("Jens Vej", 7L, NOW);
        proposal.answer(MunicipalAnswer.JA, "Vi laver den i 2027.", null, 7L, NOW);
      }
      case GENNEMFOERT -> {
        proposal.confirm(NOW, DEADLINE);
        proposal.forward(Assessment.STOETTER, "God idé", 5L, NOW);
        proposal.route(3L, 6L, NOW, DEADLINE);
        proposal.acknowledge("Jens Vej", 7L, NOW);
        proposal.answer(MunicipalAnswer.JA, "Vi laver den i 2027.", null, 7L, NOW);
        proposal.complete("Malet i maj.", 7L, NOW);
      }
      case RETURNERET -> {
        proposal.confirm(NOW, DEADLINE);
        proposal.returnToProposer(ReturnReason.IKKE_KOMMUNAL, "Vejdirektoratets vej", 5L, NOW);
      }
      case OVERTAGET -> {
        proposal.confirm(NOW, DEADLINE);
        proposal.takeUp("Vi gør det selv", 5L, NOW);
      }
    }
    assertThat(proposal.getState()).isEqualTo(state);
    return proposal;
  }

  /** Each step, tried with complete and valid arguments. */
  static final Map<StepKind, Consumer<Proposal>> STEPS = new EnumMap<>(StepKind.class);

  static {
    STEPS.put(StepKind.MODTAGET, p -> p.confirm(NOW, DEADLINE));
    STEPS.put(StepKind.SPOERGSMAAL, p -> p.recordQuestion(5L, NOW));
    STEPS.put(StepKind.FLYTTET, p -> p.moveTo(8L, 12L, "Hører til Herlufmagle", 5L, NOW, DEADLINE));
    STEPS.put(StepKind.VIDERESENDT, p -> p.forward(Assessment.INGEN_HOLDNING, null, 5L, NOW));
    STEPS.put(
        StepKind.RETURNERET,
        p -> p.returnToProposer(ReturnReason.ALLEREDE_PLANLAGT, "Er i planen", 5L, NOW));
    STEPS.put(StepKind.OVERTAGET, p -> p.takeUp(null, 5L, NOW));
    STEPS.put(StepKind.FRIST_OVERSKREDET, p -> p.tellDeadlinePassed(NOW));
    STEPS.put(StepKind.FORDELT, p -> p.route(3L, 6L, NOW, DEADLINE));
    STEPS.put(StepKind.SENDT_VIDERE, p -> p.passOn(4L, "Hører under os", 7L, NOW));
    STEPS.put(StepKind.KVITTERET, p -> p.acknowledge("Jens Vej", 7L, NOW));
    STEPS.put(StepKind.BESVARET, p -> p.answer(MunicipalAnswer.NEJ, "Ikke plads", null, 7L, NOW));
    STEPS.put(StepKind.GENNEMFOERT, p -> p.complete(null, 7L, NOW));
    STEPS.put(StepKind.SKJULT, p -> p.hide("Personoplysninger", 1L, NOW));
  }

  /** Where each step may be taken from, and the state it leads to (null: the state stays). */
  static final Map<StepKind, Map<ProposalState, ProposalState>> LEGAL =
      Map.ofEntries(
          Map.entry(
              StepKind.MODTAGET, Map.of(ProposalState.UBEKRAEFTET, ProposalState.HOS_LOKALRAADET)),
          Map.entry(
              StepKind.SPOERGSMAAL,
              Map.of(ProposalState.HOS_LOKALRAADET, ProposalState.HOS_LOKALRAADET)),
          Map.entry(
              StepKind.FLYTTET,
              Map.of(ProposalState.HOS_LOKALRAADET, ProposalState.HOS_LOKALRAADET)),
          Map.entry(
              StepKind.VIDERESENDT,
              Map.of(ProposalState.HOS_LOKALRAADET, ProposalState.VIDERESENDT)),
          Map.entry(
              StepKind.RETURNERET, Map.of(ProposalState.HOS_LOKALRAADET, ProposalState.RETURNERET)),
          Map.entry(
              StepKind.OVERTAGET, Map.of(ProposalState.HOS_LOKALRAADET, ProposalState.OVERTAGET)),
          Map.entry(
              StepKind.FRIST_OVERSKREDET,
              Map.of(ProposalState.HOS_LOKALRAADET, ProposalState.HOS_LOKALRAADET)),
          Map.entry(
              StepKind.FORDELT, Map.of(ProposalState.VIDERESENDT, ProposalState.HOS_FORVALTNINGEN)),
          Map.entry(
              StepKind.SENDT_VIDERE,
              Map.of(
                  ProposalState.HOS_FORVALTNINGEN, ProposalState.HOS_FORVALTNINGEN,
                  ProposalState.KVITTERET, ProposalState.HOS_FORVALTNINGEN)),
          Map.entry(
              StepKind.KVITTERET, Map.of(ProposalState.HOS_FORVALTNINGEN, ProposalState.KVITTERET)),
          Map.entry(StepKind.BESVARET, Map.of(ProposalState.KVITTERET, ProposalState.BESVARET)),
          Map.entry(
              StepKind.GENNEMFOERT, Map.of(ProposalState.BESVARET, ProposalState.GENNEMFOERT)));

  @Test
  void everyStepIsTakenOnlyFromTheStatesThatAllowIt() {
    int refused = 0;
    for (Map.Entry<StepKind, Consumer<Proposal>> step : STEPS.entrySet()) {
      for (ProposalState state : ProposalState.values()) {
        Proposal proposal = in(state);
        int stepsBefore = proposal.getSteps().size();
        if (step.getKey() == StepKind.SKJULT) {
          if (state == ProposalState.UBEKRAEFTET) {
            assertThatThrownBy(() -> step.getValue().accept(proposal))
                .isInstanceOf(IllegalProposalStep.class);
            refused++;
          } else {
            step.getValue().accept(proposal);
            assertThat(proposal.isPublic()).isFalse();
            assertThat(proposal.getState()).isEqualTo(state);
          }
          continue;
        }
        Map<ProposalState, ProposalState> legal = LEGAL.get(step.getKey());
        if (legal.containsKey(state)) {
          step.getValue().accept(proposal);
          assertThat(proposal.getState())
              .as(step.getKey() + " from " + state)
              .isEqualTo(legal.get(state));
          assertThat(proposal.getSteps()).hasSize(stepsBefore + 1);
          assertThat(proposal.getSteps().get(stepsBefore).getKind()).isEqualTo(step.getKey());
        } else {
          assertThatThrownBy(() -> step.getValue().accept(proposal))
              .as(step.getKey() + " from " + state)
              .isInstanceOf(IllegalProposalStep.class);
          assertThat(proposal.getState()).isEqualTo(state);
          assertThat(proposal.getSteps()).hasSize(stepsBefore);
          refused++;
        }
      }
    }
    assertThat(refused).isGreaterThan(90);
  }

  @Test
  void everyStepIsPublishedAsAnEventWithItsPosition() {
    Proposal proposal = in(ProposalState.BESVARET);
    @SuppressWarnings("unchecked")
    List<Object> events = (List<Object>) ReflectionTestUtils.invokeMethod(proposal, "domainEvents");
    assertThat(events)
        .containsExactly(
            new ProposalStepTaken(1L, 0, StepKind.MODTAGET, false),
            new ProposalStepTaken(1L, 1, StepKind.VIDERESENDT, false),
            new ProposalStepTaken(1L, 2, StepKind.FORDELT, false),
            new ProposalStepTaken(1L, 3, StepKind.KVITTERET, false),
            new ProposalStepTaken(1L, 4, StepKind.BESVARET, false));
  }

  @Test
  void aStepNeedsItsWords() {
    assertThatThrownBy(() -> in(ProposalState.HOS_LOKALRAADET).forward(null, "x", 5L, NOW))
        .isInstanceOf(IllegalProposalStep.class);
    assertThatThrownBy(
            () ->
                in(ProposalState.HOS_LOKALRAADET)
                    .returnToProposer(ReturnReason.ANDET, " ", 5L, NOW))
        .isInstanceOf(IllegalProposalStep.class);
    assertThatThrownBy(() -> in(ProposalState.HOS_FORVALTNINGEN).acknowledge("", 7L, NOW))
        .isInstanceOf(IllegalProposalStep.class);
    assertThatThrownBy(
            () -> in(ProposalState.KVITTERET).answer(MunicipalAnswer.JA, "", null, 7L, NOW))
        .isInstanceOf(IllegalProposalStep.class);
    assertThatThrownBy(
            () ->
                in(ProposalState.KVITTERET)
                    .answer(MunicipalAnswer.INDDRAGELSE, "Del af trafikplanen", null, 7L, NOW))
        .as("an answer that it is part of a process names the process")
        .isInstanceOf(IllegalProposalStep.class);
    assertThatThrownBy(
            () -> in(ProposalState.KVITTERET).answer(MunicipalAnswer.NEJ, "Nej", 12L, 7L, NOW))
        .isInstanceOf(IllegalProposalStep.class);
    assertThatThrownBy(() -> in(ProposalState.HOS_FORVALTNINGEN).passOn(3L, "samme", 7L, NOW))
        .isInstanceOf(IllegalProposalStep.class);
    assertThatThrownBy(
            () ->
                in(ProposalState.HOS_LOKALRAADET).moveTo(4L, 9L, "samme område", 5L, NOW, DEADLINE))
        .isInstanceOf(IllegalProposalStep.class);
  }

  @Test
  void onlyAPromiseCanBeCompleted() {
    Proposal proposal = in(ProposalState.KVITTERET);
    proposal.answer(MunicipalAnswer.NEJ, "Der er ikke plads.", null, 7L, NOW);
    assertThat(proposal.isFinished()).isTrue();
    assertThatThrownBy(() -> proposal.complete(null, 7L, NOW))
        .isInstanceOf(IllegalProposalStep.class);
    assertThat(in(ProposalState.BESVARET).isFinished()).isFalse();
  }

  @Test
  void theContactPersonForwardsOnlyWhenAskedAfterTheDeadline() {
    Proposal proposal = in(ProposalState.HOS_LOKALRAADET);
    assertThatThrownBy(() -> proposal.askContactPerson(NOW))
        .as("not before the deadline passed")
        .isInstanceOf(IllegalProposalStep.class);
    assertThatThrownBy(() -> proposal.forwardAfterDeadline(6L, NOW))
        .isInstanceOf(IllegalProposalStep.class);
    assertThat(proposal.councilDeadlinePassed(DEADLINE)).isFalse();
    assertThat(proposal.councilDeadlinePassed(DEADLINE.plusDays(1))).isTrue();
    proposal.tellDeadlinePassed(NOW);
    assertThat(proposal.councilDeadlinePassed(DEADLINE.plusDays(1))).as("told once").isFalse();
    proposal.askContactPerson(NOW);
    assertThatThrownBy(() -> proposal.askContactPerson(NOW))
        .isInstanceOf(IllegalProposalStep.class);
    proposal.forwardAfterDeadline(6L, NOW);
    assertThat(proposal.getState()).isEqualTo(ProposalState.VIDERESENDT);
    assertThat(proposal.getAssessment()).isNull();
  }

  @Test
  void aMovedProposalStartsAfreshWithItsNewCouncil() {
    Proposal proposal = in(ProposalState.HOS_LOKALRAADET);
    proposal.tellDeadlinePassed(NOW);
    proposal.askContactPerson(NOW);
    proposal.moveTo(8L, null, "Hører til Herlufmagle", 5L, NOW, DEADLINE.plusWeeks(6));
    assertThat(proposal.getCouncilId()).isNull();
    assertThat(proposal.getAreaId()).isEqualTo(8L);
    assertThat(proposal.contactPersonAsked()).isFalse();
    assertThat(proposal.councilDeadlinePassed(DEADLINE.plusDays(1))).isFalse();
  }

  @Test
  void theRemindersComeOnceBeforeTheDeadline() {
    Proposal proposal = in(ProposalState.HOS_LOKALRAADET);
    assertThat(proposal.councilReminderDue(DEADLINE.minusDays(8), 7)).isFalse();
    assertThat(proposal.councilReminderDue(DEADLINE.minusDays(7), 7)).isTrue();
    proposal.councilReminded(NOW);
    assertThat(proposal.councilReminderDue(DEADLINE.minusDays(3), 7)).isFalse();
    Proposal routed = in(ProposalState.HOS_FORVALTNINGEN);
    assertThat(routed.answerReminderDue(DEADLINE, 7)).isTrue();
    assertThat(routed.answerReminderDue(DEADLINE.plusDays(1), 7)).isFalse();
  }

  @Test
  void thePublicSeesNeitherTheUnconfirmedNorTheHiddenNorTheInternalSteps() {
    assertThat(in(ProposalState.UBEKRAEFTET).isPublic()).isFalse();
    Proposal proposal = in(ProposalState.HOS_LOKALRAADET);
    proposal.recordQuestion(5L, NOW);
    proposal.recordQuestionAnswered(NOW);
    assertThat(proposal.publicSteps())
        .extracting(ProposalStep::getKind)
        .containsExactly(StepKind.MODTAGET);
    assertThat(proposal.publicProposerName()).contains("Mette Hansen");
    proposal.hide("Navn på en nabo", 1L, NOW);
    assertThat(proposal.isPublic()).isFalse();
  }
}
