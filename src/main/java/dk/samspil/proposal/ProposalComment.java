package dk.samspil.proposal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A short internal comment in the council's discussion of a proposal: never public, read only by
 * those who read the proposal's internals ({@link ProposalAccess#readsInternals}).
 */
@Entity
@Table(name = "proposal_comment")
public class ProposalComment {

  /** The longest comment: a short remark, not a document. */
  public static final int MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long proposalId;
  private Long authorAccountId;
  private String authorName;
  private String text;
  private Instant createdAt;

  protected ProposalComment() {}

  ProposalComment(
      Long proposalId, Long authorAccountId, String authorName, String text, Instant at) {
    this.proposalId = proposalId;
    this.authorAccountId = authorAccountId;
    this.authorName = authorName;
    this.text = text;
    this.createdAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getProposalId() {
    return proposalId;
  }

  public Long getAuthorAccountId() {
    return authorAccountId;
  }

  public String getAuthorName() {
    return authorName;
  }

  public String getText() {
    return text;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
