package dk.samspil.council;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One person's seat on one council: their position, whether they may answer on the council's behalf
 * (tegningsberettiget), and whether they consent to their name being shown publicly.
 */
@Entity
@Table(name = "council_member")
public class CouncilMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long councilId;
  private Long accountId;

  @Enumerated(EnumType.STRING)
  private CouncilPosition position;

  private boolean mayAnswer;
  private boolean namePublic;
  private Instant joinedAt;

  protected CouncilMember() {}

  CouncilMember(Long councilId, Long accountId, CouncilPosition position) {
    this.councilId = councilId;
    this.accountId = accountId;
    this.position = position;
    this.mayAnswer = position.answersByDefault();
    this.joinedAt = Instant.now();
  }

  /**
   * Whether the member may answer after taking this position and right: whoever becomes chair gets
   * the right to answer; afterwards it can be taken away explicitly.
   */
  boolean answersAfter(CouncilPosition newPosition, boolean newMayAnswer) {
    boolean becomesChair =
        newPosition == CouncilPosition.FORMAND && position != CouncilPosition.FORMAND;
    return newMayAnswer || becomesChair;
  }

  /** Takes a new position and right to answer (see {@link #answersAfter}). */
  void change(CouncilPosition newPosition, boolean newMayAnswer) {
    this.mayAnswer = answersAfter(newPosition, newMayAnswer);
    this.position = newPosition;
  }

  void setNamePublic(boolean namePublic) {
    this.namePublic = namePublic;
  }

  public Long getId() {
    return id;
  }

  public Long getCouncilId() {
    return councilId;
  }

  public Long getAccountId() {
    return accountId;
  }

  public CouncilPosition getPosition() {
    return position;
  }

  /** May send contributions and declines for the council, and manage its profile and members. */
  public boolean isMayAnswer() {
    return mayAnswer;
  }

  public boolean isNamePublic() {
    return namePublic;
  }

  public Instant getJoinedAt() {
    return joinedAt;
  }

  /** What the audit log keeps of a seat. */
  Map<String, Object> auditSnapshot() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("councilId", councilId);
    fields.put("accountId", accountId);
    fields.put("position", position.name());
    fields.put("mayAnswer", mayAnswer);
    fields.put("namePublic", namePublic);
    return fields;
  }
}
