package dk.samspil.proposal;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What anyone may read about proposals: the public ones (confirmed, not hidden), newest first and
 * filtered in the database, their photos' names and their local support counts. Nothing here gives
 * the proposer's e-mail address; the name only through {@link Proposal#publicProposerName()}.
 */
@Service
@Transactional(readOnly = true)
public class PublicProposals {

  private static final Sort NEWEST_FIRST =
      Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

  private final Proposals proposals;
  private final JdbcClient jdbc;

  PublicProposals(Proposals proposals, JdbcClient jdbc) {
    this.proposals = proposals;
    this.jdbc = jdbc;
  }

  /** One page (from 0) of the public proposals that match, newest first. */
  public Page<Proposal> find(ProposalFilter filter, int page, int size) {
    return proposals.findAll(publicWith(filter), PageRequest.of(page, size, NEWEST_FIRST));
  }

  /** How many have confirmed their local support of the proposal. */
  public long supportCount(Long proposalId) {
    return supportCounts(List.of(proposalId)).getOrDefault(proposalId, 0L);
  }

  /** The confirmed local supports of each proposal; proposals without any are left out. */
  public Map<Long, Long> supportCounts(Collection<Long> proposalIds) {
    Map<Long, Long> counts = new HashMap<>();
    if (proposalIds.isEmpty()) {
      return counts;
    }
    jdbc.sql(
            "select proposal_id, count(*) as supports from proposal_support"
                + " where confirmed_at is not null and proposal_id in (:ids) group by proposal_id")
        .param("ids", proposalIds)
        .query(
            rs -> {
              counts.put(rs.getLong("proposal_id"), rs.getLong("supports"));
            });
    return counts;
  }

  static Specification<Proposal> publicWith(ProposalFilter filter) {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      where.add(cb.notEqual(root.get("state"), ProposalState.UBEKRAEFTET));
      where.add(cb.isNull(root.get("hiddenAt")));
      if (filter.areaId() != null) {
        where.add(cb.equal(root.get("areaId"), filter.areaId()));
      }
      if (filter.councilId() != null) {
        where.add(cb.equal(root.get("councilId"), filter.councilId()));
      }
      if (filter.kind() != null) {
        where.add(cb.equal(root.get("kind"), filter.kind()));
      }
      if (filter.state() != null) {
        where.add(cb.equal(root.get("state"), filter.state()));
      }
      if (filter.themeId() != null) {
        // one row per proposal: a proposal has each theme at most once
        where.add(cb.equal(root.join("themeIds"), filter.themeId()));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }
}
