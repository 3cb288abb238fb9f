package dk.samspil.shared;

import java.util.Map;

/**
 * A change that the audit log must record. Published (synchronously, inside the changing
 * transaction) by the module that made the change; the audit module adds who and when.
 *
 * @param action what happened, e.g. {@code created}, {@code updated}, {@code deactivated}
 * @param entityType what kind of thing changed, e.g. {@code council}, {@code account}
 * @param entityId which one (its id or slug)
 * @param summary a short human description, e.g. the council's name
 * @param before the relevant fields before the change; empty for a creation
 * @param after the relevant fields after the change; empty for a removal
 */
public record AuditEvent(
    String action,
    String entityType,
    String entityId,
    String summary,
    Map<String, Object> before,
    Map<String, Object> after) {

  public static AuditEvent created(
      String type, Object id, String summary, Map<String, Object> after) {
    return new AuditEvent("created", type, String.valueOf(id), summary, Map.of(), after);
  }

  public static AuditEvent updated(
      String type,
      Object id,
      String summary,
      Map<String, Object> before,
      Map<String, Object> after) {
    return new AuditEvent("updated", type, String.valueOf(id), summary, before, after);
  }

  public static AuditEvent of(
      String action,
      String type,
      Object id,
      String summary,
      Map<String, Object> before,
      Map<String, Object> after) {
    return new AuditEvent(action, type, String.valueOf(id), summary, before, after);
  }
}
