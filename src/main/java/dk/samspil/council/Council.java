package dk.samspil.council;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A local council (lokalråd): the volunteer body of one area. */
@Entity
@Table(name = "council")
public class Council {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String slug;
  private String name;

  @Enumerated(EnumType.STRING)
  private CouncilStatus status;

  private Long areaId;
  private String website;
  private String publicEmail;
  private String description;
  private LocalDate founded;
  private Long contactPersonId;
  private String meetingRhythm;
  private Integer memberCount;
  private Integer capacity;

  @Enumerated(EnumType.STRING)
  private Participation participation;

  private String pageText;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "council_theme", joinColumns = @JoinColumn(name = "council_id"))
  @Column(name = "theme_id")
  private Set<Long> themeIds = new HashSet<>();

  protected Council() {}

  Council(CouncilDraft draft) {
    this.slug = draft.slug();
    this.name = draft.name();
    this.status = draft.status();
    this.areaId = draft.areaId();
    this.website = draft.website();
    this.publicEmail = draft.publicEmail();
    this.description = draft.description();
    this.founded = draft.founded();
    this.contactPersonId = draft.contactPersonId();
    this.themeIds = new HashSet<>(draft.themeIds());
  }

  /** Takes from the draft what the council has not got yet; what it has stays. */
  void fillIn(CouncilDraft draft) {
    website = website == null ? draft.website() : website;
    publicEmail = publicEmail == null ? draft.publicEmail() : publicEmail;
    description = description == null ? draft.description() : description;
    founded = founded == null ? draft.founded() : founded;
    contactPersonId = contactPersonId == null ? draft.contactPersonId() : contactPersonId;
    if (themeIds.isEmpty()) {
      themeIds.addAll(draft.themeIds());
    }
  }

  /** Replaces what the council says about itself. */
  void update(CouncilProfile profile) {
    this.description = profile.description();
    this.publicEmail = profile.publicEmail();
    this.website = profile.website();
    this.meetingRhythm = profile.meetingRhythm();
    this.memberCount = profile.memberCount();
    this.capacity = profile.capacity();
    this.participation = profile.participation();
    this.themeIds.clear();
    this.themeIds.addAll(profile.themeIds());
    this.pageText = profile.pageText();
  }

  /** What the council says about itself now. */
  public CouncilProfile profile() {
    return new CouncilProfile(
        description,
        publicEmail,
        website,
        meetingRhythm,
        memberCount,
        capacity,
        participation,
        themeIds,
        pageText);
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getName() {
    return name;
  }

  public CouncilStatus getStatus() {
    return status;
  }

  public Long getAreaId() {
    return areaId;
  }

  public String getWebsite() {
    return website;
  }

  public String getPublicEmail() {
    return publicEmail;
  }

  public String getDescription() {
    return description;
  }

  public LocalDate getFounded() {
    return founded;
  }

  public Long getContactPersonId() {
    return contactPersonId;
  }

  /**
   * Whether the contact person serves this council: she is its own contact person, or the contact
   * person of its area ({@code areaContactPersonId}, null when the area has none). The one rule for
   * "her councils", used by the contact person's desk and by who may invite a council's first
   * chair.
   */
  public boolean isServedBy(long contactPersonId, Long areaContactPersonId) {
    return Long.valueOf(contactPersonId).equals(this.contactPersonId)
        || Long.valueOf(contactPersonId).equals(areaContactPersonId);
  }

  /** How often the council meets, in its own words, e.g. "første tirsdag i måneden". */
  public String getMeetingRhythm() {
    return meetingRhythm;
  }

  public Integer getMemberCount() {
    return memberCount;
  }

  /** How many involvement processes a quarter the council can take on; null if not stated. */
  public Integer getCapacity() {
    return capacity;
  }

  public Participation getParticipation() {
    return participation;
  }

  /** The council's own longer text for its public page: plain text, paragraphs by blank lines. */
  public String getPageText() {
    return pageText;
  }

  public Set<Long> getThemeIds() {
    return Set.copyOf(themeIds);
  }

  /**
   * Moves the council to another status in its life.
   *
   * @throws IllegalStatusChange if the lifecycle does not allow it (see {@link
   *     CouncilStatus#next()})
   */
  public void changeStatus(CouncilStatus target) {
    if (target == null || !status.mayBecome(target)) {
      throw IllegalStatusChange.from(status, target);
    }
    this.status = target;
  }

  /** The administration's changes to the council's registration and profile. */
  void changeRegistration(CouncilRegistration registration) {
    this.name = registration.name();
    this.areaId = registration.areaId();
    this.website = registration.website();
    this.publicEmail = registration.publicEmail();
    this.description = registration.description();
    this.founded = registration.founded();
    this.contactPersonId = registration.contactPersonId();
  }

  /** What the audit log keeps of the council's registration. */
  Map<String, Object> registrationSnapshot() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("slug", slug);
    fields.put("name", name);
    fields.put("status", status.name());
    fields.put("areaId", areaId);
    fields.put("website", website);
    fields.put("publicEmail", publicEmail);
    fields.put("description", description);
    fields.put("founded", founded == null ? null : founded.toString());
    fields.put("contactPersonId", contactPersonId);
    return fields;
  }

  /** What the audit log keeps of what the council says about itself. */
  Map<String, Object> profileSnapshot() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("description", description);
    fields.put("publicEmail", publicEmail);
    fields.put("website", website);
    fields.put("meetingRhythm", meetingRhythm);
    fields.put("memberCount", memberCount);
    fields.put("capacity", capacity);
    fields.put("participation", participation == null ? null : participation.name());
    fields.put("themeIds", themeIds.stream().sorted().toList());
    fields.put("pageText", pageText);
    return fields;
  }

  /** Whether the council is closed down (nedlagt): its record stays, marked as closed. */
  public boolean isClosedDown() {
    return status == CouncilStatus.NEDLAGT;
  }
}
