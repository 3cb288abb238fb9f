package dk.samspil.notification.admin;

import dk.samspil.notification.MailNotFound;
import dk.samspil.notification.MailStatus;
import dk.samspil.notification.OutboxMail;
import dk.samspil.notification.OutboxManagement;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Sendt post": the outbox for administrators (the path is behind ADMINISTRATOR). */
@Controller
class SentMailController {

  private final OutboxManagement outbox;

  SentMailController(OutboxManagement outbox) {
    this.outbox = outbox;
  }

  @GetMapping("/admin/post")
  String list(
      @RequestParam(name = "status", required = false) String status,
      @RequestParam(name = "side", defaultValue = "0") int page,
      Model model) {
    MailStatus filter = parse(status);
    int safePage = Math.max(0, page);
    List<MailStatus> statuses = Arrays.asList(MailStatus.values());
    model.addAttribute(
        "page",
        new SentMailPage(
            outbox.find(filter, safePage, SentMailPage.PAGE_SIZE),
            filter,
            statuses,
            safePage,
            outbox.count(filter),
            outbox.count(MailStatus.FAILED),
            outbox.sends()));
    return "notification/admin/list";
  }

  @GetMapping("/admin/post/{id}")
  String mail(
      @PathVariable long id,
      @RequestParam(name = "sendes-igen", required = false) String retried,
      Model model) {
    OutboxMail mail = outbox.mail(id).orElseThrow(() -> new MailNotFound(id));
    model.addAttribute("page", new SentMailDetail(mail, retried != null, outbox.sends()));
    return "notification/admin/mail";
  }

  @PostMapping("/admin/post/{id}/send-igen")
  String retry(@PathVariable long id) {
    outbox.mail(id).orElseThrow(() -> new MailNotFound(id));
    return outbox.retry(id)
        ? "redirect:/admin/post/" + id + "?sendes-igen"
        : "redirect:/admin/post/" + id;
  }

  private static MailStatus parse(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    return Arrays.stream(MailStatus.values())
        .filter(s -> s.name().equalsIgnoreCase(status.strip()))
        .findFirst()
        .orElse(null);
  }
}
