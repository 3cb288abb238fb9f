package dk.samspil.involvement.web.council;

import dk.samspil.council.Council;
import dk.samspil.council.CouncilAccess;
import dk.samspil.involvement.AnswerManagement;
import dk.samspil.involvement.DraftConflict;
import dk.samspil.involvement.IllegalTransition;
import dk.samspil.involvement.Invitation;
import dk.samspil.shared.Act;
import dk.samspil.shared.Confirmation;
import dk.samspil.shared.FieldError;
import dk.samspil.shared.PageContext;
import dk.samspil.shared.SamspilPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * One process as the council sees it: the shared draft that any member writes (saved by the form,
 * and in the background by autosave.js), and the answer that the chair, or whoever holds the right,
 * sends: a contribution, a decline, or an addendum before the deadline. Every POST from the draft
 * form saves the text first, so nothing typed is lost; a save based on an old version shows both
 * texts instead of overwriting.
 */
@Controller
@RequestMapping("/mit-lokalraad/{slug}/inddragelser/{processId}")
class ContributionController {

  static final int MAX_TEXT = 100_000;
  static final int MAX_REASON = 2_000;
  static final int MAX_ADDENDUM = 20_000;
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH.mm");
  private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

  /** The draft form: the text, the draft version it is based on, and optionally a file. */
  record DraftForm(String tekst, Integer version, Boolean offentlig, MultipartFile fil) {

    String text() {
      return tekst == null ? "" : tekst.replace("\r\n", "\n");
    }

    int basedOn() {
      return version == null ? -1 : version;
    }

    boolean isPublic() {
      return Boolean.TRUE.equals(offentlig);
    }

    boolean hasFile() {
      return fil != null && !fil.isEmpty();
    }
  }

  record DeclineForm(String begrundelse) {}

  record AddendumForm(String tillaeg) {}

  private enum Action {
    SAVE,
    SEND,
    REMOVE_ATTACHMENT
  }

  private final ContributionPages pages;
  private final AnswerManagement answers;
  private final CouncilAccess councilAccess;
  private final MessageSource messages;

  ContributionController(
      ContributionPages pages,
      AnswerManagement answers,
      CouncilAccess councilAccess,
      MessageSource messages) {
    this.pages = pages;
    this.answers = answers;
    this.councilAccess = councilAccess;
    this.messages = messages;
  }

  @GetMapping
  @PreAuthorize("@councilAccess.isMember(authentication, #slug)")
  String page(
      @PathVariable String slug,
      @PathVariable Long processId,
      Authentication authentication,
      HttpServletRequest request,
      Model model) {
    for (String notice : List.of("gemt", "bilag", "bilag-fjernet", "sendt", "afslag", "tillaeg")) {
      if (request.getParameterMap().containsKey(notice)) {
        ((PageContext) model.getAttribute("ctx"))
            .confirm(new Confirmation("council.contribution.notice." + notice));
      }
    }
    return render(
        pages.council(slug),
        processId,
        authentication,
        ContributionPages.Shown.STORED,
        model,
        null,
        HttpStatus.OK);
  }

  @PostMapping("/kladde")
  @PreAuthorize("@councilAccess.isMember(authentication, #slug)")
  String saveDraft(
      @PathVariable String slug,
      @PathVariable Long processId,
      DraftForm form,
      @AuthenticationPrincipal SamspilPrincipal principal,
      Authentication authentication,
      Model model,
      HttpServletResponse response) {
    return handleDraft(
        slug, processId, form, principal, authentication, model, response, Action.SAVE, null);
  }

  @PostMapping("/send")
  @PreAuthorize("@councilAccess.mayAnswer(authentication, #slug)")
  String send(
      @PathVariable String slug,
      @PathVariable Long processId,
      DraftForm form,
      @AuthenticationPrincipal SamspilPrincipal principal,
      Authentication authentication,
      Model model,
      HttpServletResponse response) {
    return handleDraft(
        slug, processId, form, principal, authentication, model, response, Action.SEND, null);
  }

  @PostMapping("/bilag/{attachmentId}/slet")
  @PreAuthorize("@councilAccess.isMember(authentication, #slug)")
  String removeAttachment(
      @PathVariable String slug,
      @PathVariable Long processId,
      @PathVariable Long attachmentId,
      DraftForm form,
      @AuthenticationPrincipal SamspilPrincipal principal,
      Authentication authentication,
      Model model,
      HttpServletResponse response) {
    return handleDraft(
        slug,
        processId,
        form,
        principal,
        authentication,
        model,
        response,
        Action.REMOVE_ATTACHMENT,
        attachmentId);
  }

  /** Autosave: saves the draft and answers with its new version, or 409 on a conflict. */
  @PostMapping("/kladde/auto")
  @PreAuthorize("@councilAccess.isMember(authentication, #slug)")
  @ResponseBody
  ResponseEntity<Map<String, Object>> autosave(
      @PathVariable String slug,
      @PathVariable Long processId,
      DraftForm form,
      @AuthenticationPrincipal SamspilPrincipal principal) {
    Invitation invitation = pages.invitation(pages.council(slug), processId);
    Map<String, Object> body = new LinkedHashMap<>();
    if (form.text().length() > MAX_TEXT) {
      body.put("message", t("council.contribution.error.too-long", MAX_TEXT));
      return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
          .contentType(MediaType.APPLICATION_JSON)
          .body(body);
    }
    try {
      Invitation saved =
          answers.saveDraft(
              invitation.getId(), form.text(), form.basedOn(), Act.by(principal.accountId()));
      String time =
          saved.getDraftUpdatedAt() == null
              ? ""
              : CLOCK.format(saved.getDraftUpdatedAt().atZone(DANISH_TIME));
      body.put("version", saved.getDraftVersion());
      body.put("savedAt", time);
      body.put("message", t("council.contribution.autosave.saved", time));
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    } catch (DraftConflict | OptimisticLockingFailureException conflict) {
      body.put("conflict", true);
      body.put("message", t("council.contribution.autosave.conflict"));
      return ResponseEntity.status(HttpStatus.CONFLICT)
          .contentType(MediaType.APPLICATION_JSON)
          .body(body);
    } catch (IllegalTransition refused) {
      body.put("message", t(refused.messageKey()));
      return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
          .contentType(MediaType.APPLICATION_JSON)
          .body(body);
    }
  }

  @PostMapping("/afslag")
  @PreAuthorize("@councilAccess.mayAnswer(authentication, #slug)")
  String decline(
      @PathVariable String slug,
      @PathVariable Long processId,
      DeclineForm form,
      @AuthenticationPrincipal SamspilPrincipal principal,
      Authentication authentication,
      Model model,
      HttpServletResponse response) {
    Council council = pages.council(slug);
    Invitation invitation = pages.invitation(council, processId);
    String reason = form.begrundelse() == null ? "" : form.begrundelse().strip();
    List<FieldError> errors = new ArrayList<>();
    if (reason.length() > MAX_REASON) {
      errors.add(
          new FieldError("begrundelse", "council.contribution.error.reason-too-long", MAX_REASON));
    } else {
      try {
        answers.decline(invitation.getId(), reason, Act.by(principal.accountId()));
      } catch (IllegalTransition refused) {
        errors.add(new FieldError("begrundelse", refused.messageKey()));
      }
    }
    if (!errors.isEmpty()) {
      return render(
          council,
          processId,
          authentication,
          new ContributionPages.Shown(null, null, null, null, errors, reason, "", null),
          model,
          response,
          HttpStatus.UNPROCESSABLE_CONTENT);
    }
    return "redirect:" + path(council, processId) + "?afslag";
  }

  @PostMapping("/tillaeg")
  @PreAuthorize("@councilAccess.mayAnswer(authentication, #slug)")
  String addendum(
      @PathVariable String slug,
      @PathVariable Long processId,
      AddendumForm form,
      @AuthenticationPrincipal SamspilPrincipal principal,
      Authentication authentication,
      Model model,
      HttpServletResponse response) {
    Council council = pages.council(slug);
    Invitation invitation = pages.invitation(council, processId);
    String text = form.tillaeg() == null ? "" : form.tillaeg().replace("\r\n", "\n");
    List<FieldError> errors = new ArrayList<>();
    if (text.length() > MAX_ADDENDUM) {
      errors.add(new FieldError("tillaeg", "council.contribution.error.too-long", MAX_ADDENDUM));
    } else {
      try {
        answers.addAddendum(invitation.getId(), text, Act.by(principal.accountId()));
      } catch (IllegalTransition refused) {
        errors.add(new FieldError("tillaeg", refused.messageKey()));
      }
    }
    if (!errors.isEmpty()) {
      return render(
          council,
          processId,
          authentication,
          new ContributionPages.Shown(null, null, null, text, errors, "", text, null),
          model,
          response,
          HttpStatus.UNPROCESSABLE_CONTENT);
    }
    return "redirect:" + path(council, processId) + "?tillaeg";
  }

  /**
   * Every POST from the draft form: attach the chosen file, save the text (or show the conflict),
   * then do what the button asked.
   */
  private String handleDraft(
      String slug,
      Long processId,
      DraftForm form,
      SamspilPrincipal principal,
      Authentication authentication,
      Model model,
      HttpServletResponse response,
      Action action,
      Long attachmentId) {
    Council council = pages.council(slug);
    Invitation invitation = pages.invitation(council, processId);
    Act by = Act.by(principal.accountId());
    String text = form.text();
    List<FieldError> errors = new ArrayList<>();
    if (text.length() > MAX_TEXT) {
      errors.add(new FieldError("tekst", "council.contribution.error.too-long", MAX_TEXT));
      return rerender(council, processId, authentication, form, errors, model, response);
    }
    boolean attached = false;
    if (form.hasFile()) {
      try {
        answers.attach(invitation.getId(), form.fil().getOriginalFilename(), bytes(form.fil()), by);
        attached = true;
      } catch (IllegalTransition refused) {
        errors.add(new FieldError("fil", refused.messageKey()));
      }
    }
    CouncilPages.Conflict conflict = null;
    int currentVersion = 0;
    try {
      if (action == Action.SEND && errors.isEmpty()) {
        answers.send(invitation.getId(), text, form.basedOn(), form.isPublic(), by);
      } else {
        answers.saveDraft(invitation.getId(), text, form.basedOn(), by);
      }
    } catch (DraftConflict refused) {
      conflict =
          new CouncilPages.Conflict(
              refused.currentText(), pages.nameOf(refused.updatedBy()), refused.updatedAt());
      currentVersion = refused.currentVersion();
    } catch (OptimisticLockingFailureException concurrent) {
      // another member's save was committed at the same moment: show it like any conflict
      Invitation current = pages.invitation(council, processId);
      conflict =
          new CouncilPages.Conflict(
              current.getDraftText(),
              pages.nameOf(current.getDraftUpdatedBy()),
              current.getDraftUpdatedAt());
      currentVersion = current.getDraftVersion();
    } catch (IllegalTransition refused) {
      errors.add(new FieldError("tekst", refused.messageKey()));
      return rerender(council, processId, authentication, form, errors, model, response);
    }
    if (conflict != null) {
      return render(
          council,
          processId,
          authentication,
          new ContributionPages.Shown(
              text, currentVersion, conflict, null, errors, "", "", form.isPublic()),
          model,
          response,
          HttpStatus.CONFLICT);
    }
    if (action == Action.REMOVE_ATTACHMENT) {
      try {
        answers.removeAttachment(invitation.getId(), attachmentId, Act.by(principal.accountId()));
      } catch (IllegalTransition refused) {
        errors.add(new FieldError("fil", refused.messageKey()));
      }
    }
    if (!errors.isEmpty()) {
      return render(
          council,
          processId,
          authentication,
          new ContributionPages.Shown(null, null, null, null, errors, "", "", form.isPublic()),
          model,
          response,
          HttpStatus.UNPROCESSABLE_CONTENT);
    }
    String notice =
        switch (action) {
          case SEND -> "sendt";
          case REMOVE_ATTACHMENT -> "bilag-fjernet";
          case SAVE -> attached ? "bilag" : "gemt";
        };
    return "redirect:" + path(council, processId) + "?" + notice;
  }

  /** Shows the page again with what the member typed, which was not saved. */
  private String rerender(
      Council council,
      Long processId,
      Authentication authentication,
      DraftForm form,
      List<FieldError> errors,
      Model model,
      HttpServletResponse response) {
    return render(
        council,
        processId,
        authentication,
        new ContributionPages.Shown(
            form.text(),
            form.basedOn() < 0 ? null : form.basedOn(),
            null,
            form.text(),
            errors,
            "",
            "",
            form.isPublic()),
        model,
        response,
        HttpStatus.UNPROCESSABLE_CONTENT);
  }

  private String render(
      Council council,
      Long processId,
      Authentication authentication,
      ContributionPages.Shown shown,
      Model model,
      HttpServletResponse response,
      HttpStatus status) {
    if (response != null) {
      response.setStatus(status.value());
    }
    model.addAttribute(
        "page",
        pages.page(
            council, processId, councilAccess.mayAnswer(authentication, council.getSlug()), shown));
    return "involvement/council/contribution";
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw IllegalTransition.because("council.contribution.attachment.unreadable");
    }
  }

  private static String path(Council council, Long processId) {
    return "/mit-lokalraad/" + council.getSlug() + "/inddragelser/" + processId;
  }

  private String t(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
