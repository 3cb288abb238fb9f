package dk.samspil.audit;

import dk.samspil.shared.AuditEvent;
import dk.samspil.shared.SamspilPrincipal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads the audit log. */
@Service
public class AuditLog {

  static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

  /** What stands in the log where a deleted person's name or address was. */
  public static final String DELETED_PERSON = "Slettet bruger";

  /** One entry as the log page shows it. */
  public record Entry(
      long id,
      Instant occurredAt,
      Long actorId,
      String actorName,
      String action,
      String entityType,
      String entityId,
      String summary,
      String before,
      String after) {}

  /** What to look for; null fields do not filter. */
  public record Filter(String entityType, String actor, LocalDate from, LocalDate to) {}

  private final JdbcClient jdbc;
  private final JsonMapper json;

  AuditLog(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * Records a change in the transaction that made it: if the change is rolled back, so is its
   * entry, and a change cannot commit without its entry.
   */
  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  void on(AuditEvent event) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    Long actorId = null;
    String actorName = "System";
    if (authentication != null && authentication.getPrincipal() instanceof SamspilPrincipal p) {
      actorId = p.accountId();
      actorName = p.displayName();
    }
    jdbc.sql(
            """
            insert into audit_entry
              (actor_id, actor_name, action, entity_type, entity_id, summary, before_data, after_data)
            values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)
            """)
        .params(
            actorId,
            truncate(actorName, 200),
            event.action(),
            event.entityType(),
            event.entityId(),
            truncate(event.summary(), 500),
            toJson(event.before()),
            toJson(event.after()))
        .update();
  }

  /** A page of entries, newest first. */
  @Transactional(readOnly = true)
  public List<Entry> find(Filter filter, int page, int size) {
    StringBuilder sql =
        new StringBuilder(
            "select id, occurred_at, actor_id, actor_name, action, entity_type, entity_id, summary,"
                + " before_data::text as before_data, after_data::text as after_data"
                + " from audit_entry where true");
    List<Object> params = new ArrayList<>();
    where(filter, sql, params);
    sql.append(" order by occurred_at desc, id desc limit ? offset ?");
    params.add(size);
    params.add(page * size);
    return jdbc.sql(sql.toString())
        .params(params)
        .query(
            (rs, row) ->
                new Entry(
                    rs.getLong("id"),
                    rs.getTimestamp("occurred_at").toInstant(),
                    (Long) rs.getObject("actor_id"),
                    rs.getString("actor_name"),
                    rs.getString("action"),
                    rs.getString("entity_type"),
                    rs.getString("entity_id"),
                    rs.getString("summary"),
                    rs.getString("before_data"),
                    rs.getString("after_data")))
        .list();
  }

  @Transactional(readOnly = true)
  public long count(Filter filter) {
    StringBuilder sql = new StringBuilder("select count(*) from audit_entry where true");
    List<Object> params = new ArrayList<>();
    where(filter, sql, params);
    return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
  }

  /** The kinds of things the log has entries about, for the filter. */
  @Transactional(readOnly = true)
  public List<String> entityTypes() {
    return jdbc.sql("select distinct entity_type from audit_entry order by 1")
        .query(String.class)
        .list();
  }

  /**
   * Removes a deleted person's personal data from the log: their name as actor, the values of
   * entries about their account, and each of their identifiers (name, addresses, phone) wherever
   * else an entry's summary or values mention it, replaced by "Slettet bruger". The entries
   * themselves stay.
   *
   * @param identifiers the person's name, e-mail addresses and phone number as they were before the
   *     deletion (nulls and very short values are skipped)
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void redactPerson(long accountId, Collection<String> identifiers) {
    jdbc.sql("set local samspil.audit_redaction = 'on'").update();
    jdbc.sql("update audit_entry set actor_name = :deleted where actor_id = :id")
        .param("deleted", DELETED_PERSON)
        .param("id", accountId)
        .update();
    jdbc.sql(
            """
            update audit_entry set summary = :deleted,
              before_data = case when before_data is null then null else '{"redacted": true}'::jsonb end,
              after_data = case when after_data is null then null else '{"redacted": true}'::jsonb end
            where entity_type = 'account' and entity_id = :id
            """)
        .param("deleted", DELETED_PERSON)
        .param("id", String.valueOf(accountId))
        .update();
    for (String identifier : identifiers) {
      if (identifier == null || identifier.strip().length() < 3) {
        continue;
      }
      String text = identifier.strip();
      String inJson = json.writeValueAsString(text);
      inJson = inJson.substring(1, inJson.length() - 1);
      jdbc.sql(
              """
              update audit_entry set
                actor_name = replace(actor_name, :text, :deleted),
                summary = replace(summary, :text, :deleted),
                before_data = replace(before_data::text, :json, :deleted)::jsonb,
                after_data = replace(after_data::text, :json, :deleted)::jsonb
              where strpos(actor_name, :text) > 0 or strpos(summary, :text) > 0
                 or strpos(before_data::text, :json) > 0 or strpos(after_data::text, :json) > 0
              """)
          .param("text", text)
          .param("json", inJson)
          .param("deleted", DELETED_PERSON)
          .update();
    }
    jdbc.sql("set local samspil.audit_redaction = 'off'").update();
  }

  private static void where(Filter filter, StringBuilder sql, List<Object> params) {
    if (filter.entityType() != null && !filter.entityType().isBlank()) {
      sql.append(" and entity_type = ?");
      params.add(filter.entityType());
    }
    if (filter.actor() != null && !filter.actor().isBlank()) {
      sql.append(" and actor_name ilike ?");
      params.add("%" + filter.actor().strip().replace("%", "\\%").replace("_", "\\_") + "%");
    }
    if (filter.from() != null) {
      sql.append(" and occurred_at >= ?");
      params.add(Timestamp.from(filter.from().atStartOfDay(DANISH_TIME).toInstant()));
    }
    if (filter.to() != null) {
      sql.append(" and occurred_at < ?");
      params.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(DANISH_TIME).toInstant()));
    }
  }

  private String toJson(Map<String, Object> values) {
    return values == null || values.isEmpty() ? null : json.writeValueAsString(values);
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
