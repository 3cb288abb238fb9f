package dk.samspil.council;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

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

  void setPosition(CouncilPosition position) {
    this.position = position;
  }

  void setMayAnswer(boolean mayAnswer) {
    this.mayAnswer = mayAnswer;
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
}
