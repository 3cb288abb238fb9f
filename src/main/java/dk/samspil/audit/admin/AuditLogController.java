package dk.samspil.audit.admin;

import dk.samspil.audit.AuditLog;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for administrators: filterable, paginated, read-only. */
@Controller
class AuditLogController {

  static final int PAGE_SIZE = 50;

  private final AuditLog log;

  AuditLogController(AuditLog log) {
    this.log = log;
  }

  @GetMapping("/admin/revision")
  String entries(
      @RequestParam(name = "type", required = false) String type,
      @RequestParam(name = "aktoer", required = false) String actor,
      @RequestParam(name = "fra", required = false) String from,
      @RequestParam(name = "til", required = false) String to,
      @RequestParam(name = "side", defaultValue = "0") int page,
      Model model) {
    boolean invalid = false;
    LocalDate fromDate = null;
    LocalDate toDate = null;
    try {
      fromDate = from == null || from.isBlank() ? null : LocalDate.parse(from);
      toDate = to == null || to.isBlank() ? null : LocalDate.parse(to);
    } catch (DateTimeParseException e) {
      invalid = true;
    }
    var filter = new AuditLog.Filter(type, actor, fromDate, toDate);
    int safePage = Math.max(0, page);
    model.addAttribute(
        "page",
        new AuditPage(
            filter,
            from,
            to,
            log.find(filter, safePage, PAGE_SIZE),
            log.entityTypes(),
            safePage,
            log.count(filter),
            invalid));
    return "audit/admin/log";
  }
}
