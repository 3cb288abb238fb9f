package dk.samspil.council;

import dk.samspil.shared.AuditEvent;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a council says about itself (its profile), kept by those who may answer for it. Each change
 * is recorded in the audit log.
 */
@Service
@Transactional(readOnly = true)
public class CouncilProfileManagement {

  private final CouncilManagement management;
  private final ApplicationEventPublisher events;

  CouncilProfileManagement(CouncilManagement management, ApplicationEventPublisher events) {
    this.management = management;
    this.events = events;
  }

  /**
   * Replaces what the council says about itself, and records the change in the audit log.
   *
   * @throws CouncilNotFound if there is no such council
   */
  @Transactional
  public Council updateProfile(String slug, CouncilProfile profile) {
    Council council = management.council(slug);
    Map<String, Object> before = council.profileSnapshot();
    council.update(profile);
    events.publishEvent(
        AuditEvent.updated(
            "council", council.getId(), council.getName(), before, council.profileSnapshot()));
    return council;
  }
}
