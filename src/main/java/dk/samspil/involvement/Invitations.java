package dk.samspil.involvement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Invitations extends JpaRepository<Invitation, Long> {

  List<Invitation> findByProcessId(Long processId);

  List<Invitation> findByProcessIdIn(Collection<Long> processIds);

  List<Invitation> findByCouncilId(Long councilId);

  Optional<Invitation> findByProcessIdAndCouncilId(Long processId, Long councilId);

  /** Unanswered invitations, never reminded, of open processes with a deadline in the period. */
  @Query(
      "select i from Invitation i, InvolvementProcess p where p.id = i.processId"
          + " and p.status = dk.samspil.involvement.ProcessStatus.AABEN"
          + " and i.state in (dk.samspil.involvement.Invitation.State.INVITED,"
          + " dk.samspil.involvement.Invitation.State.DRAFT)"
          + " and i.remindedAt is null and p.deadline between ?1 and ?2")
  List<Invitation> findUnansweredWithDeadlineBetween(LocalDate from, LocalDate to);

  /**
   * Per council, over the invitations of published processes: the unanswered ones the council can
   * still answer on {@code today} (open, deadline not passed), all unanswered ones, the
   * contributions, the declines, and the contributions without feedback of processes whose deadline
   * was before {@code feedbackDueBefore}. One row per council that has an invitation.
   */
  @Query(
      "select i.councilId,"
          + " sum(case when i.state in (dk.samspil.involvement.Invitation.State.INVITED,"
          + " dk.samspil.involvement.Invitation.State.DRAFT)"
          + " and p.status = dk.samspil.involvement.ProcessStatus.AABEN and p.deadline >= ?2"
          + " then 1 else 0 end),"
          + " sum(case when i.state in (dk.samspil.involvement.Invitation.State.INVITED,"
          + " dk.samspil.involvement.Invitation.State.DRAFT) then 1 else 0 end),"
          + " sum(case when i.state = dk.samspil.involvement.Invitation.State.CONTRIBUTED"
          + " then 1 else 0 end),"
          + " sum(case when i.state = dk.samspil.involvement.Invitation.State.DECLINED"
          + " then 1 else 0 end),"
          + " sum(case when i.state = dk.samspil.involvement.Invitation.State.CONTRIBUTED"
          + " and i.feedbackAt is null and p.deadline < ?3 then 1 else 0 end)"
          + " from Invitation i, InvolvementProcess p where p.id = i.processId"
          + " and p.status <> dk.samspil.involvement.ProcessStatus.KLADDE"
          + " and i.councilId in ?1 group by i.councilId")
  List<Object[]> workloadOf(
      Collection<Long> councilIds, LocalDate today, LocalDate feedbackDueBefore);

  /** Whether one of the councils is invited to the process. */
  boolean existsByProcessIdAndCouncilIdIn(Long processId, Collection<Long> councilIds);

  /** Sent contributions without feedback, of published processes whose deadline was before. */
  @Query(
      "select i from Invitation i, InvolvementProcess p where p.id = i.processId"
          + " and p.status <> dk.samspil.involvement.ProcessStatus.KLADDE"
          + " and i.state = dk.samspil.involvement.Invitation.State.CONTRIBUTED"
          + " and i.feedbackAt is null and p.deadline < ?1 order by p.deadline, i.sentAt")
  List<Invitation> findAwaitingFeedbackWithDeadlineBefore(LocalDate day);
}
