package dk.samspil.audit.admin;

import dk.samspil.audit.AuditLog;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What the page shows. */
public record AuditPage(
    AuditLog.Filter filter,
    String fromText,
    String toText,
    List<AuditLog.Entry> entries,
    List<String> entityTypes,
    int page,
    long total,
    boolean invalidDate) {

  public int lastPage() {
    return (int) Math.max(0, (total - 1) / AuditLogController.PAGE_SIZE);
  }

  /** The query string of this filter, for the pagination links. */
  public String query() {
    StringBuilder q = new StringBuilder();
    append(q, "type", filter.entityType());
    append(q, "aktoer", filter.actor());
    append(q, "fra", fromText);
    append(q, "til", toText);
    return q.toString();
  }

  private static void append(StringBuilder q, String name, String value) {
    if (value != null && !value.isBlank()) {
      q.append('&')
          .append(name)
          .append('=')
          .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }
}
