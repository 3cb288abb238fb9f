package dk.samspil.proposal;

import dk.samspil.shared.SecretTokens;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A council's question to the proposer, mailed with a single-use link through which the proposer
 * answers once. Only the hash of the link's secret is kept; it is made when the mail is.
 */
@Entity
@Table(name = "proposal_question")
public class ProposalQuestion {

  public static final int QUESTION_MAX = 2000;
  public static final int ANSWER_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long proposalId;
  private String question;
  private Long askedBy;
  private Instant askedAt;
  private String tokenHash;
  private String answer;
  private Instant answeredAt;

  protected ProposalQuestion() {}

  ProposalQuestion(Long proposalId, String question, Long askedBy, Instant askedAt) {
    this.proposalId = proposalId;
    this.question = question;
    this.askedBy = askedBy;
    this.askedAt = askedAt;
  }

  /** Whether the link was made (and so mailed). */
  boolean hasToken() {
    return tokenHash != null;
  }

  /** Makes the link's secret, keeping only its hash: for the mail, once. */
  String issueToken() {
    if (tokenHash != null) {
      throw new IllegalStateException("The question's link was already made");
    }
    String secret = SecretTokens.newSecret();
    this.tokenHash = SecretTokens.hash(secret);
    return secret;
  }

  /** The proposer's answer; a question is answered once. */
  void answer(String text, Instant now) {
    if (isAnswered()) {
      throw QuestionRefused.alreadyAnswered();
    }
    this.answer = text;
    this.answeredAt = now;
  }

  public boolean isAnswered() {
    return answeredAt != null;
  }

  public Long getId() {
    return id;
  }

  public Long getProposalId() {
    return proposalId;
  }

  public String getQuestion() {
    return question;
  }

  public Long getAskedBy() {
    return askedBy;
  }

  public Instant getAskedAt() {
    return askedAt;
  }

  public String getAnswer() {
    return answer;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }
}
