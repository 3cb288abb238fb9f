package dk.samspil.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * One step in a proposal's trail: what happened, when, by whom (an account, or null for the
 * proposer and for Samspil itself), the council or department it concerns, and its words (the
 * council's assessment, the reason for a return, the department's answer, …).
 */
@Embeddable
public class ProposalStep {

  @Enumerated(EnumType.STRING)
  private StepKind kind;

  private Instant at;
  private Long byAccountId;
  private Long councilId;
  private Long departmentId;

  @Column(name = "public_step")
  private boolean publicStep;

  @Column(name = "text")
  private String text;

  protected ProposalStep() {}

  ProposalStep(
      StepKind kind, Instant at, Long byAccountId, Long councilId, Long departmentId, String text) {
    this.kind = kind;
    this.at = at;
    this.byAccountId = byAccountId;
    this.councilId = councilId;
    this.departmentId = departmentId;
    this.publicStep = kind.publicByDefault();
    this.text = text;
  }

  public StepKind getKind() {
    return kind;
  }

  public Instant getAt() {
    return at;
  }

  public Long getByAccountId() {
    return byAccountId;
  }

  public Long getCouncilId() {
    return councilId;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public boolean isPublicStep() {
    return publicStep;
  }

  public String getText() {
    return text;
  }
}
