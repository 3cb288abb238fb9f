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

  /** Sent contributions without feedback, of published processes whose deadline was before. */
  @Query(
      "select i from Invitation i, InvolvementProcess p where p.id = i.processId"
          + " and p.status <> dk.samspil.involvement.ProcessStatus.KLADDE"
          + " and i.state = dk.samspil.involvement.Invitation.State.CONTRIBUTED"
          + " and i.feedbackAt is null and p.deadline < ?1 order by p.deadline, i.sentAt")
  List<Invitation> findAwaitingFeedbackWithDeadlineBefore(LocalDate day);
}
