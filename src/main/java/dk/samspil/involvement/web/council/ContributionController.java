package dk.samspil.involvement.web.council;

import dk.samspil.council.Council;
import dk.samspil.council.CouncilAccess;
import dk.samspil.involvement.AnswerManagement;
import dk.samspil.involvement.DraftConflict;
import dk.samspil.involvement.IllegalTransition;
import dk.samspil.involvement.Invitation;
import dk.samspil.shared.Act;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.Forms;
import dk.samspil.shared.SamspilPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One process as the council sees it: the shared draft that any member writes (saved by the form,
 * and in the background by autosave.js), and the answer that the chair, or whoever holds the right,
 * sends: a contribution (after a step that shows what is sent, to whom, and whether it may be shown
 * publicly), a decline, or an addendum before the deadline. Every POST from the draft form saves
 * the text first, so nothing typed is lost; a save based on an old version shows both texts instead
 * of overwriting.
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
  record DraftForm(
      @Size(max = MAX_TEXT, message = "{council.contribution.error.too-long}") String tekst,
      Integer version,
      MultipartFile fil) {

    String text() {
      return tekst == null ? "" : tekst.replace("\r\n", "\n");
    }

    int basedOn() {
      return version == null ? -1 : version;
    }

    boolean hasFile() {
      return fil != null && !fil.isEmpty();
    }
  }

  /**
   * The confirmation before sending: the draft version the chair read, and the explicit choice
   * whether the contribution may be shown publicly.
   */
  record ConfirmForm(
      Integer version,
      @NotNull(message = "{council.contribution.confirm.public.missing}") Boolean offentlig) {

    int basedOn() {
      return version == null ? -1 : version;
    }
  }

  record DeclineForm(
      @Size(max = MAX_REASON, message = "{council.contribution.error.reason-too-long}")
          String begrundelse) {

    String reason() {
      return begrundelse == null ? "" : begrundelse.strip();
    }
  }

  record AddendumForm(
      @Size(max = MAX_ADDENDUM, message = "{council.contribution.error.too-long}") String tillaeg) {

    String text() {
      return tillaeg == null ? "" : tillaeg.replace("\r\n", "\n");
    }
  }

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
      Model model) {
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
      @Valid @ModelAttribute("form") DraftForm form,
      BindingResult result,
      @AuthenticationPrincipal SamspilPrincipal principal,
      Authentication authentication,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return handleDraft(
        slug,
        processId,
        form,
        result,
        principal,
        authentication,
        model,
        response,
        redirect,
        Action.SAVE,
        null);
  }

  /** "Send": saves the draft as typed and leads to the step that confirms what is sent. */
  @PostMapping("/send")
  @PreAuthorize("@councilAccess.mayAnswer(authentication, #slug)")
  String send(
      @PathVariable String slug,
      @PathVariable Long processId,
      @Valid @ModelAttribute("form") DraftForm form,
      BindingResult result,
      @AuthenticationPrincipal SamspilPrincipal principal,
      Authentication authentication,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return handleDraft(
        slug,
        processId,
        form,
        result,
        principal,
        authentication,
        model,
        response,
        redirect,
        Action.SEND,
        null);
  }

  /** The confirmation step: what will be sent, to whom, and whether it may be shown publicly. */
  @GetMapping("/send")
  @PreAuthorize("@councilAccess.mayAnswer(authentication, #slug)")
  String confirmation(@PathVariable String slug, @PathVariable Long processId, Model model) {
    Council council = pages.council(slug);
    Invitation invitation = pages.invitation(council, processId);
    if (invitation.getState() != Invitation.State.INVITED
        && invitation.getState() != Invitation.State.DRAFT) {
      return "redirect:" + path(council, processId);
    }
    model.addAttribute(
        "page",
        pages.confirmPage(
            council, processId, invitation.isContributionPublic(), false, FormErrors.NONE));
    return "involvement/council/confirmSend";
  }

  /**
   * "Bekræft og send": sends the draft the chair read. If someone saved it after the chair was
   * shown it, the new text is shown to be read again instead of being sent unseen.
   */
  @PostMapping("/send/bekraeft")
  @PreAuthorize("@councilAccess.mayAnswer(authentication, #slug)")
  String confirmSend(
      @PathVariable String slug,
      @PathVariable Long processId,
      @Valid @ModelAttribute("form") ConfirmForm form,
      BindingResult result,
      @AuthenticationPrincipal SamspilPrincipal principal,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Council council = pages.council(slug);
    Invitation invitation = pages.invitation(council, processId);
    boolean isPublic = !Boolean.FALSE.equals(form.offentlig());
    if (!result.hasErrors()) {
      if (invitation.getDraftVersion() != form.basedOn()) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute(
            "page", pages.confirmPage(council, processId, isPublic, true, FormErrors.NONE));
        return "involvement/council/confirmSend";
      }
      try {
        answers.send(
            invitation.getId(),
            invitation.getDraftText(),
            form.basedOn(),
            isPublic,
            Act.by(principal.accountId()));
        Forms.confirm(redirect, "council.contribution.notice.sendt");
        return "redirect:" + path(council, processId);
      } catch (IllegalTransition refused) {
        Forms.rejectField(result, "", refused.messageKey());
      } catch (DraftConflict | OptimisticLockingFailureException concurrent) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute(
            "page", pages.confirmPage(council, processId, isPublic, true, FormErrors.NONE));
        return "involvement/council/confirmSend";
      }
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    model.addAttribute(
        "page", pages.confirmPage(council, processId, isPublic, false, FormErrors.of(result)));
    return "involvement/council/confirmSend";
  }

  @PostMapping("/bilag/{attachmentId}/slet")
  @PreAuthorize("@councilAccess.isMember(authentication, #slug)")
  String removeAttachment(
      @PathVariable String slug,
      @PathVariable Long processId,
      @PathVariable Long attachmentId,
      @Valid @ModelAttribute("form") DraftForm form,
      BindingResult result,
      @AuthenticationPrincipal SamspilPrincipal principal,
      Authentication authentication,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return handleDraft(
        slug,
        processId,
        form,
        result,
        principal,
        authentication,
        model,
        response,
        redirect,
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
      @Valid @ModelAttribute("form") DraftForm form,
      BindingResult result,
      @AuthenticationPrincipal SamspilPrincipal principal) {
    Invitation invitation = pages.invitation(pages.council(slug), processId);
    Map<String, Object> body = new LinkedHashMap<>();
    if (result.hasErrors()) {
      body.put(
          "message",
          messages.getMessage(result.getAllErrors().get(0), LocaleContextHolder.getLocale()));
      return json(HttpStatus.UNPROCESSABLE_CONTENT, body);
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
      return json(HttpStatus.OK, body);
    } catch (DraftConflict | OptimisticLockingFailureException conflict) {
      body.put("conflict", true);
      body.put("message", t("council.contribution.autosave.conflict"));
      return json(HttpStatus.CONFLICT, body);
    } catch (IllegalTransition refused) {
      body.put("message", t(refused.messageKey()));
      return json(HttpStatus.UNPROCESSABLE_CONTENT, body);
    }
  }

  @PostMapping("/afslag")
  @PreAuthorize("@councilAccess.mayAnswer(authentication, #slug)")
  String decline(
      @PathVariable String slug,
      @PathVariable Long processId,
      @Valid @ModelAttribute("form") DeclineForm form,
      BindingResult result,
      @AuthenticationPrincipal SamspilPrincipal principal,
      Authentication authentication,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Council council = pages.council(slug);
    Invitation invitation = pages.invitation(council, processId);
    if (!result.hasErrors()) {
      try {
        answers.decline(invitation.getId(), form.reason(), Act.by(principal.accountId()));
        Forms.confirm(redirect, "council.contribution.notice.afslag");
        return "redirect:" + path(council, processId);
      } catch (IllegalTransition refused) {
        Forms.rejectField(result, "begrundelse", refused.messageKey());
      }
    }
    return render(
        council,
        processId,
        authentication,
        new ContributionPages.Shown(
            null, null, null, null, FormErrors.of(result), form.reason(), ""),
        model,
        response,
        HttpStatus.UNPROCESSABLE_CONTENT);
  }

  @PostMapping("/tillaeg")
  @PreAuthorize("@councilAccess.mayAnswer(authentication, #slug)")
  String addendum(
      @PathVariable String slug,
      @PathVariable Long processId,
      @Valid @ModelAttribute("form") AddendumForm form,
      BindingResult result,
      @AuthenticationPrincipal SamspilPrincipal principal,
      Authentication authentication,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Council council = pages.council(slug);
    Invitation invitation = pages.invitation(council, processId);
    String text = form.text();
    if (!result.hasErrors()) {
      try {
        answers.addAddendum(invitation.getId(), text, Act.by(principal.accountId()));
        Forms.confirm(redirect, "council.contribution.notice.tillaeg");
        return "redirect:" + path(council, processId);
      } catch (IllegalTransition refused) {
        Forms.rejectField(result, "tillaeg", refused.messageKey());
      }
    }
    return render(
        council,
        processId,
        authentication,
        new ContributionPages.Shown(null, null, null, text, FormErrors.of(result), "", text),
        model,
        response,
        HttpStatus.UNPROCESSABLE_CONTENT);
  }

  /**
   * Every POST from the draft form: attach the chosen file, save the text (or show the conflict),
   * then do what the button asked.
   */
  private String handleDraft(
      String slug,
      Long processId,
      DraftForm form,
      BindingResult result,
      SamspilPrincipal principal,
      Authentication authentication,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Action action,
      Long attachmentId) {
    Council council = pages.council(slug);
    Invitation invitation = pages.invitation(council, processId);
    Act by = Act.by(principal.accountId());
    String text = form.text();
    if (result.hasErrors()) {
      return rerender(council, processId, authentication, form, result, model, response);
    }
    boolean attached = false;
    if (form.hasFile()) {
      try {
        answers.attach(invitation.getId(), form.fil().getOriginalFilename(), bytes(form.fil()), by);
        attached = true;
      } catch (IllegalTransition refused) {
        Forms.rejectField(result, "fil", refused.messageKey());
      }
    }
    CouncilPages.Conflict conflict = null;
    int currentVersion = 0;
    try {
      answers.saveDraft(invitation.getId(), text, form.basedOn(), by);
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
      Forms.rejectField(result, "tekst", refused.messageKey());
      return rerender(council, processId, authentication, form, result, model, response);
    }
    if (conflict != null) {
      return render(
          council,
          processId,
          authentication,
          new ContributionPages.Shown(
              text, currentVersion, conflict, null, FormErrors.of(result), "", ""),
          model,
          response,
          HttpStatus.CONFLICT);
    }
    if (action == Action.SEND && text.isBlank()) {
      Forms.rejectField(result, "tekst", "invitation.send.empty");
    }
    if (action == Action.REMOVE_ATTACHMENT) {
      try {
        answers.removeAttachment(invitation.getId(), attachmentId, by);
      } catch (IllegalTransition refused) {
        Forms.rejectField(result, "fil", refused.messageKey());
      }
    }
    if (result.hasErrors()) {
      return render(
          council,
          processId,
          authentication,
          new ContributionPages.Shown(null, null, null, null, FormErrors.of(result), "", ""),
          model,
          response,
          HttpStatus.UNPROCESSABLE_CONTENT);
    }
    if (action == Action.SEND) {
      if (attached) {
        Forms.confirm(redirect, "council.contribution.notice.bilag");
      }
      return "redirect:" + path(council, processId) + "/send";
    }
    Forms.confirm(
        redirect,
        action == Action.REMOVE_ATTACHMENT
            ? "council.contribution.notice.bilag-fjernet"
            : attached ? "council.contribution.notice.bilag" : "council.contribution.notice.gemt");
    return "redirect:" + path(council, processId);
  }

  /** Shows the page again with what the member typed, which was not saved. */
  private String rerender(
      Council council,
      Long processId,
      Authentication authentication,
      DraftForm form,
      BindingResult result,
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
            FormErrors.of(result),
            "",
            ""),
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

  private static ResponseEntity<Map<String, Object>> json(
      HttpStatus status, Map<String, Object> body) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
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
