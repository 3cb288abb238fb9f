package dk.samspil.proposal;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the municipality's pages read of proposals: the contact person's routing list, each
 * department's proposals, those waiting for the municipality, and the councils' answer times.
 */
@Service
@Transactional(readOnly = true)
public class MunicipalityQueries {

  private static final Set<ProposalState> AT_DEPARTMENT =
      Set.of(ProposalState.HOS_FORVALTNINGEN, ProposalState.KVITTERET);

  private final Proposals proposals;
  private final JdbcClient jdbc;
  private final Clock clock;

  MunicipalityQueries(Proposals proposals, JdbcClient jdbc, Clock clock) {
    this.proposals = proposals;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * What a contact person looks after.
   *
   * @param toRoute forwarded, waiting for her to choose a department, oldest first
   * @param askedAfterDeadline past the council's deadline, whose proposer asked her to forward it
   * @param asCouncil with her, as the council of an area without one, to qualify as a council would
   *     (on the council's handling page)
   * @param atDepartments with a department, waiting for its acknowledgement or answer, the nearest
   *     answer deadline first
   */
  public record ContactList(
      List<Proposal> toRoute,
      List<Proposal> askedAfterDeadline,
      List<Proposal> asCouncil,
      List<Proposal> atDepartments) {

    /** How many wait for her to act. */
    public int waiting() {
      return toRoute.size() + askedAfterDeadline.size() + asCouncil.size();
    }
  }

  /** A council's answer time: the median of the days from receiving a proposal to deciding. */
  public record AnswerTime(Long councilId, double medianDays, long decided) {}

  /** Today, in Danish time: for the days a proposal has waited. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * The proposals of her councils, and of her areas (those without a council), that she routes or
   * follows.
   */
  public ContactList contactList(Collection<Long> councilIds, Collection<Long> areaIds) {
    List<Proposal> found =
        proposals.findAll(
            ofCouncilsOrAreas(councilIds, areaIds)
                .and(
                    states(
                        Set.of(
                            ProposalState.HOS_LOKALRAADET,
                            ProposalState.VIDERESENDT,
                            ProposalState.HOS_FORVALTNINGEN,
                            ProposalState.KVITTERET))),
            Sort.by("id"));
    List<Proposal> toRoute = new ArrayList<>();
    List<Proposal> asked = new ArrayList<>();
    List<Proposal> asCouncil = new ArrayList<>();
    List<Proposal> atDepartments = new ArrayList<>();
    for (Proposal proposal : found) {
      switch (proposal.getState()) {
        case VIDERESENDT -> toRoute.add(proposal);
        case HOS_LOKALRAADET -> {
          if (proposal.getCouncilId() == null) {
            asCouncil.add(proposal);
          } else if (proposal.contactPersonAsked()) {
            asked.add(proposal);
          }
        }
        default -> atDepartments.add(proposal);
      }
    }
    Comparator<Proposal> byLastStep =
        Comparator.comparing(p -> p.lastStepAt().orElse(Instant.EPOCH));
    toRoute.sort(byLastStep);
    asked.sort(byLastStep);
    asCouncil.sort(
        Comparator.comparing(
            Proposal::getCouncilDeadline, Comparator.nullsLast(Comparator.naturalOrder())));
    atDepartments.sort(byAnswerDeadline());
    return new ContactList(toRoute, asked, asCouncil, atDepartments);
  }

  /**
   * The proposals a department has to acknowledge, answer, or mark as done (null: every
   * department's), the nearest answer deadline first, those to mark as done last.
   */
  public List<Proposal> atDepartment(Long departmentId) {
    Specification<Proposal> spec =
        (root, query, cb) -> {
          List<Predicate> where = new ArrayList<>();
          where.add(
              cb.or(
                  root.get("state").in(AT_DEPARTMENT),
                  cb.and(
                      cb.equal(root.get("state"), ProposalState.BESVARET),
                      root.get("answer").in(MunicipalAnswer.JA, MunicipalAnswer.DELVIS))));
          where.add(
              departmentId == null
                  ? cb.isNotNull(root.get("departmentId"))
                  : cb.equal(root.get("departmentId"), departmentId));
          return cb.and(where.toArray(Predicate[]::new));
        };
    List<Proposal> found = new ArrayList<>(proposals.findAll(spec, Sort.by("id")));
    found.sort(
        Comparator.comparing((Proposal p) -> p.getState() == ProposalState.BESVARET)
            .thenComparing(byAnswerDeadline()));
    return found;
  }

  /**
   * Every proposal the municipality has and has not answered: forwarded and waiting for a
   * department, or with one; the oldest first.
   */
  public List<Proposal> withMunicipality() {
    return proposals.findAll(
        states(
            Set.of(
                ProposalState.VIDERESENDT,
                ProposalState.HOS_FORVALTNINGEN,
                ProposalState.KVITTERET)),
        Sort.by("id"));
  }

  /**
   * Each council's answer time, in one query: the median of the days from the step that gave it a
   * proposal (received, or moved to it) to its decision (forwarded, returned, taken up). A proposal
   * the contact person forwarded after the council's deadline, at the proposer's request, is no
   * decision of the council's and is left out; so are councils that have decided nothing.
   */
  public List<AnswerTime> councilAnswerTimes() {
    return jdbc.sql(
            """
            select d.council_id,
              percentile_cont(0.5) within group (
                order by extract(epoch from (d.at - received.at)) / 86400.0) as median_days,
              count(*) as decided
            from proposal_step d
            join lateral (
              select s.at, s.position from proposal_step s
              where s.proposal_id = d.proposal_id and s.position < d.position
                and s.kind in ('MODTAGET', 'FLYTTET')
              order by s.position desc limit 1) received on true
            where d.kind in ('VIDERESENDT', 'RETURNERET', 'OVERTAGET') and d.council_id is not null
              and not exists (
                select 1 from proposal_step asked
                where asked.proposal_id = d.proposal_id and asked.kind = 'KONTAKTPERSON_BEDT'
                  and asked.position > received.position and asked.position < d.position)
            group by d.council_id
            """)
        .query(
            (rs, row) ->
                new AnswerTime(
                    rs.getLong("council_id"), rs.getDouble("median_days"), rs.getLong("decided")))
        .list();
  }

  private static Comparator<Proposal> byAnswerDeadline() {
    return Comparator.comparing(
        Proposal::getAnswerDeadline, Comparator.nullsLast(Comparator.naturalOrder()));
  }

  private static Specification<Proposal> states(Set<ProposalState> states) {
    return (root, query, cb) -> root.get("state").in(states);
  }

  private static Specification<Proposal> ofCouncilsOrAreas(
      Collection<Long> councilIds, Collection<Long> areaIds) {
    return (root, query, cb) -> {
      List<Predicate> any = new ArrayList<>();
      if (!councilIds.isEmpty()) {
        any.add(root.get("councilId").in(councilIds));
      }
      if (!areaIds.isEmpty()) {
        any.add(cb.and(cb.isNull(root.get("councilId")), root.get("areaId").in(areaIds)));
      }
      return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
    };
  }
}
