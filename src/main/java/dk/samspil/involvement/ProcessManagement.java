package dk.samspil.involvement;

import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.council.CouncilRouting;
import dk.samspil.council.MeetingRhythm;
import dk.samspil.council.RoutingPolicy;
import dk.samspil.shared.Act;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employee's side of a process, from the draft to the recorded outcome: create and edit it,
 * choose the councils (with the deadline checked against their meetings), publish it, move its
 * deadline, close it for contributions, record the outcome and close it. What the councils must
 * hear of it is mailed by listeners to the events the process registers.
 */
@Service
@Transactional
public class ProcessManagement {

  private final InvolvementProcesses processes;
  private final Invitations invitations;
  private final ProcessQueries queries;
  private final CouncilManagement councils;
  private final CouncilRouting routing;
  private final Clock clock;
  private final DeadlinePolicy.Minimums minimums;
  private final Holidays holidays;

  ProcessManagement(
      InvolvementProcesses processes,
      Invitations invitations,
      ProcessQueries queries,
      CouncilManagement councils,
      CouncilRouting routing,
      Clock clock,
      SchoolHolidayProperties schoolHolidays,
      @Value("${samspil.involvement.minimum-weeks.municipal-plan-hearing:8}") int planHearingWeeks,
      @Value("${samspil.involvement.minimum-weeks.local-plan:4}") int localPlanWeeks,
      @Value("${samspil.involvement.minimum-weeks.other:3}") int otherWeeks) {
    this.processes = processes;
    this.invitations = invitations;
    this.queries = queries;
    this.councils = councils;
    this.routing = routing;
    this.clock = clock;
    this.minimums = new DeadlinePolicy.Minimums(planHearingWeeks, localPlanWeeks, otherWeeks);
    this.holidays = Holidays.danish(schoolHolidays.periods());
  }

  /** A new draft, which only the staff see. */
  public InvolvementProcess create(ProcessDraft draft, Act act) {
    return processes.save(new InvolvementProcess(draft, act.by(), act.at(clock)));
  }

  /** Changes what a draft says. */
  public InvolvementProcess edit(Long processId, ProcessDraft draft) {
    InvolvementProcess process = queries.process(processId);
    process.edit(draft);
    return process;
  }

  /** The councils Samspil proposes for a process, with reasons, and areas without a council. */
  @Transactional(readOnly = true)
  public RoutingPolicy.Routing proposeCouncils(Long processId) {
    InvolvementProcess process = queries.process(processId);
    return routing.route(
        process.isWholeMunicipality(), process.getAreaIds(), process.getThemeIds());
  }

  /** The deadline check for inviting these councils, counted from today. */
  @Transactional(readOnly = true)
  public DeadlinePolicy.Check checkDeadline(Long processId, Collection<Long> councilIds) {
    InvolvementProcess process = queries.process(processId);
    List<DeadlinePolicy.Invited> invited =
        chosen(councilIds).stream()
            .map(
                council ->
                    new DeadlinePolicy.Invited(
                        council.getId(),
                        council.getName(),
                        MeetingRhythm.parse(council.getMeetingRhythm())))
            .toList();
    return DeadlinePolicy.check(
        queries.today(),
        process.getDeadline(),
        process.getType(),
        process.isMunicipalPlanHearing(),
        invited,
        minimums,
        holidays);
  }

  /**
   * Publishes a draft: invites the chosen councils, each with Samspil's reasons for proposing it
   * (or „chosen by the employee“). {@link ProcessPublished} tells them, and the contact persons of
   * the affected areas without a council.
   */
  public void publish(Long processId, Set<Long> councilIds, Act act) {
    InvolvementProcess process = queries.process(processId);
    RoutingPolicy.Routing proposed = proposeCouncils(processId);
    List<Long> invited = chosen(councilIds).stream().map(Council::getId).toList();
    process.publish(
        act.day(clock), invited, proposed.areasWithoutCouncil(), act.at(clock), act.replayed());
    for (Long councilId : invited) {
      invitations.save(
          new Invitation(process.getId(), councilId, proposed.encodedReasonsFor(councilId)));
    }
    processes.save(process);
  }

  /** Moves the deadline later; {@link DeadlineChanged} tells the invited councils. */
  public void extendDeadline(Long processId, LocalDate newDeadline) {
    InvolvementProcess process = queries.process(processId);
    process.extendDeadline(newDeadline, queries.today());
    processes.save(process);
  }

  /**
   * Moves a draft's or open process's deadline to the earliest one without warnings for these
   * councils (the one-click extension of the deadline check).
   *
   * @return the new deadline
   */
  public LocalDate extendToSuggestedDeadline(Long processId, Collection<Long> councilIds) {
    LocalDate suggested = checkDeadline(processId, councilIds).suggestedDeadline();
    extendDeadline(processId, suggested);
    return suggested;
  }

  /** Stops taking contributions: the municipality now considers them. */
  public void closeForContributions(Long processId) {
    queries.process(processId).closeForContributions();
  }

  /** Records (or corrects) the outcome; {@link OutcomeRecorded} tells the invited councils. */
  public void recordOutcome(
      Long processId, String text, LocalDate date, Long committeeId, String minutesUrl, Act act) {
    InvolvementProcess process = queries.process(processId);
    process.recordOutcome(text, date, committeeId, minutesUrl, act.at(clock), act.replayed());
    processes.save(process);
  }

  /** Closes a decided process for good. */
  public void close(Long processId, Act act) {
    queries.process(processId).close(act.at(clock));
  }

  /**
   * The councils among these that exist and are not closed down, in Danish alphabetical order: a
   * closed-down council cannot be invited.
   */
  private List<Council> chosen(Collection<Long> councilIds) {
    Set<Long> wanted = Set.copyOf(councilIds);
    return councils.councils().stream().filter(c -> wanted.contains(c.getId())).toList();
  }
}
