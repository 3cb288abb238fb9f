package dk.samspil.proposal;

import dk.samspil.organisation.Department;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.organisation.Theme;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact person's use case: she gives a forwarded proposal to a department, which must answer
 * within the configured weeks, or forwards one whose council let its deadline pass when the
 * proposer asked her to. Who may do so is {@link ProposalAccess#routes}.
 */
@Service
@Transactional
public class ProposalRouting {

  private static final Collator DANISH = Collator.getInstance(Locale.forLanguageTag("da"));

  private final Proposals proposals;
  private final OrganisationManagement organisation;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final int answerWeeks;

  ProposalRouting(
      Proposals proposals,
      OrganisationManagement organisation,
      JdbcClient jdbc,
      Clock clock,
      @Value("${samspil.proposal.municipality.answer-weeks:8}") int answerWeeks) {
    this.proposals = proposals;
    this.organisation = organisation;
    this.jdbc = jdbc;
    this.clock = clock;
    this.answerWeeks = answerWeeks;
  }

  /**
   * A department Samspil offers for a proposal, with why: the themes of the proposal that earlier
   * proposals the department had shared, and how many there were (none: no reason, just a choice).
   */
  public record DepartmentChoice(Department department, List<String> themes, long earlier) {

    public boolean suggested() {
      return earlier > 0;
    }
  }

  /**
   * Gives the forwarded proposal to the department, to answer within the configured weeks from
   * today.
   *
   * @throws IllegalProposalStep if it is not waiting for a department, or there is no such one
   */
  public void route(Long proposalId, Long departmentId, Long by) {
    Proposal proposal = proposal(proposalId);
    if (departmentId != null && organisation.departmentsById(List.of(departmentId)).isEmpty()) {
      departmentId = null;
    }
    proposal.route(departmentId, by, clock.instant(), LocalDate.now(clock).plusWeeks(answerWeeks));
    proposals.save(proposal);
  }

  /**
   * Forwards a proposal whose council let its deadline pass, as its proposer asked: without the
   * council's assessment. It then waits for a department like any forwarded proposal.
   */
  public void forwardAfterDeadline(Long proposalId, Long by) {
    Proposal proposal = proposal(proposalId);
    proposal.forwardAfterDeadline(by, clock.instant());
    proposals.save(proposal);
  }

  /**
   * Every department, those that earlier proposals with the same themes went to first (most such
   * proposals first), each with its reasons; then the others in Danish alphabetical order. The
   * organisation does not relate themes to departments, so the proposals' own history does.
   */
  @Transactional(readOnly = true)
  public List<DepartmentChoice> departmentChoices(Proposal proposal) {
    Map<Long, List<Long>> themesByDepartment = new HashMap<>();
    Map<Long, Long> countByDepartment = new HashMap<>();
    if (!proposal.getThemeIds().isEmpty()) {
      jdbc.sql(
              """
              select distinct p.department_id, pt.theme_id
              from proposal p join proposal_theme pt on pt.proposal_id = p.id
              where p.department_id is not null and p.id <> :id and pt.theme_id in (:themes)
              """)
          .param("id", proposal.getId())
          .param("themes", proposal.getThemeIds())
          .query(
              (rs, row) -> {
                long department = rs.getLong(1);
                themesByDepartment
                    .computeIfAbsent(department, d -> new ArrayList<>())
                    .add(rs.getLong(2));
                return department;
              })
          .list();
      jdbc.sql(
              """
              select p.department_id, count(distinct p.id)
              from proposal p join proposal_theme pt on pt.proposal_id = p.id
              where p.department_id is not null and p.id <> :id and pt.theme_id in (:themes)
              group by p.department_id
              """)
          .param("id", proposal.getId())
          .param("themes", proposal.getThemeIds())
          .query((rs, row) -> countByDepartment.put(rs.getLong(1), rs.getLong(2)))
          .list();
    }
    Map<Long, Theme> themes = organisation.themesById(proposal.getThemeIds());
    return organisation.departments().stream()
        .map(
            department ->
                new DepartmentChoice(
                    department,
                    themesByDepartment.getOrDefault(department.getId(), List.of()).stream()
                        .map(themes::get)
                        .filter(Objects::nonNull)
                        .map(Theme::getName)
                        .sorted(DANISH)
                        .toList(),
                    countByDepartment.getOrDefault(department.getId(), 0L)))
        .sorted(
            Comparator.comparing(DepartmentChoice::earlier)
                .reversed()
                .thenComparing(choice -> choice.department().getName(), DANISH))
        .toList();
  }

  private Proposal proposal(Long id) {
    return proposals.findById(id).orElseThrow(() -> ProposalNotFound.forId(id));
  }
}
