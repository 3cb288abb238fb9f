package dk.samspil.proposal.web.citizen;

import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.organisation.Theme;
import dk.samspil.proposal.PlaceRouting;
import dk.samspil.proposal.Proposal;
import dk.samspil.proposal.ProposalPhotos;
import dk.samspil.proposal.ProposalQueries;
import dk.samspil.proposal.ProposalSubmission;
import dk.samspil.proposal.Receiver;
import dk.samspil.proposal.Submission;
import dk.samspil.proposal.SubmissionGuard;
import dk.samspil.proposal.SubmitProperties;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.Forms;
import dk.samspil.shared.SamspilPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Bringing a proposal or an initiative, in two steps: the form (with photos, which are kept on the
 * server between the steps) and a preview that says who receives it and what happens next; then
 * "Send". Nothing typed is lost: every refusal shows the form again with the text. Without an
 * account the proposer confirms the address by a mailed link; signed in, the council receives it at
 * once.
 */
@Controller
class SubmitController {

  static final String FORM = "proposal/submit/form";
  static final String PREVIEW = "proposal/submit/preview";
  static final String RECEIVED_ID = "modtagetForslag";
  static final String SENT_TO = "sendtTil";

  private final ProposalSubmission submission;
  private final SubmissionGuard guard;
  private final ProposalPhotos photos;
  private final ProposalQueries queries;
  private final AreaManagement areas;
  private final OrganisationManagement organisation;
  private final AccountManagement accounts;
  private final SubmitProperties settings;
  private final int answerWeeks;
  private final String municipalityName;

  SubmitController(
      ProposalSubmission submission,
      SubmissionGuard guard,
      ProposalPhotos photos,
      ProposalQueries queries,
      AreaManagement areas,
      OrganisationManagement organisation,
      AccountManagement accounts,
      SubmitProperties settings,
      @Value("${samspil.proposal.municipality.answer-weeks:8}") int answerWeeks,
      @Value("${samspil.municipality.name:kommunen}") String municipalityName) {
    this.submission = submission;
    this.guard = guard;
    this.photos = photos;
    this.queries = queries;
    this.areas = areas;
    this.organisation = organisation;
    this.accounts = accounts;
    this.settings = settings;
    this.answerWeeks = answerWeeks;
    this.municipalityName = municipalityName;
  }

  /** The empty form; {@code omraade} (an area's slug) chooses "hele lokalområdet" of that area. */
  @GetMapping("/forslag/nyt")
  String form(
      @RequestParam(name = "omraade", required = false) String areaSlug,
      @RequestParam(name = "for-stor", required = false) String tooLarge,
      Authentication authentication,
      Model model) {
    Optional<Account> account = account(authentication);
    String areaId =
        areaSlug == null
            ? null
            : areas.areas().stream()
                .filter(area -> area.getSlug().equals(areaSlug))
                .findFirst()
                .map(area -> String.valueOf(area.getId()))
                .orElse(null);
    SubmitForm form =
        SubmitForm.empty(
            guard.stamp(),
            account.map(Account::displayName).orElse(""),
            account.map(Account::mailAddress).orElse(""),
            areaId);
    return showForm(model, form, FormErrors.NONE, List.of(), account, tooLarge != null);
  }

  /** "Se dit forslag": checks everything, keeps the photos, and shows the preview. */
  @PostMapping("/forslag/nyt")
  String preview(
      @Valid @ModelAttribute("form") SubmitForm form,
      BindingResult result,
      Authentication authentication,
      Model model,
      HttpServletResponse response) {
    Optional<Account> account = account(authentication);
    photos.remove(form.udkast(), form.removedPhotos());
    String draftKey = keepPhotos(form, result);
    SubmitForm kept = form.withDraft(draftKey);
    checkFields(kept, result, account.isPresent());
    checkSpam(kept, result);
    PlaceRouting.Outcome outcome = submission.route(kept.place());
    List<Area> ambiguous = checkPlace(outcome, result);
    if (result.hasErrors()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return showForm(model, kept, FormErrors.of(result), ambiguous, account, false);
    }
    Receiver receiver = submission.receiver((PlaceRouting.Routed) outcome);
    List<Theme> themes =
        organisation.themes().stream().filter(t -> kept.hasTheme(t.getId())).toList();
    model.addAttribute(
        "page",
        new SubmitPages.Preview(
            kept,
            receiver,
            themes,
            photos.kept(draftKey),
            account.map(Account::mailAddress).orElse(null),
            submission.councilDeadlineWeeks(),
            answerWeeks,
            (int) settings.linkValidity().toHours()));
    return PREVIEW;
  }

  /** "Ret forslaget": back from the preview to the form, with everything as it was. */
  @PostMapping("/forslag/nyt/ret")
  String edit(@ModelAttribute("form") SubmitForm form, Authentication authentication, Model model) {
    return showForm(
        model,
        form.withDraft(form.udkast()),
        FormErrors.NONE,
        List.of(),
        account(authentication),
        false);
  }

  /** "Send": checks again (the hidden fields are the sender's to change) and brings it. */
  @PostMapping("/forslag/nyt/send")
  String send(
      @Valid @ModelAttribute("form") SubmitForm form,
      BindingResult result,
      Authentication authentication,
      HttpServletRequest request,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Optional<Account> account = account(authentication);
    SubmitForm kept = form.withDraft(form.udkast());
    checkFields(kept, result, account.isPresent());
    checkSpam(kept, result);
    List<Area> ambiguous = checkPlace(submission.route(kept.place()), result);
    return Forms.submit(
        result,
        response,
        () -> {
          Proposal proposal =
              submission.bring(
                  new Submission(
                      kept.kind(),
                      kept.needs(),
                      kept.titel(),
                      kept.beskrivelse(),
                      kept.place(),
                      kept.themeIds(),
                      kept.navn(),
                      kept.email(),
                      account.map(Account::getId).orElse(null),
                      kept.showName(),
                      kept.udkast(),
                      request.getRemoteAddr()));
          if (account.isPresent()) {
            redirect.addFlashAttribute(RECEIVED_ID, proposal.getId());
            return "redirect:/forslag/nyt/modtaget";
          }
          redirect.addFlashAttribute(SENT_TO, proposal.getProposerEmail());
          return "redirect:/forslag/nyt/sendt";
        },
        () -> showForm(model, kept, FormErrors.of(result), ambiguous, account, false));
  }

  /** After sending without an account: look in your inbox. */
  @GetMapping("/forslag/nyt/sendt")
  String sent(HttpServletRequest request, Model model) {
    Object email = flashed(request, SENT_TO);
    if (email == null) {
      return "redirect:/forslag/nyt";
    }
    model.addAttribute(
        "page", new SubmitPages.Sent(email.toString(), (int) settings.linkValidity().toHours()));
    return "proposal/submit/sent";
  }

  /** After the confirmation, or sending while signed in: the council has it now. */
  @GetMapping("/forslag/nyt/modtaget")
  String received(HttpServletRequest request, Model model) {
    Object id = flashed(request, RECEIVED_ID);
    if (!(id instanceof Long proposalId)) {
      return "redirect:/forslag";
    }
    Proposal proposal = queries.proposal(proposalId);
    Receiver receiver =
        submission.receiver(new PlaceRouting.Routed(proposal.getAreaId(), proposal.getCouncilId()));
    model.addAttribute(
        "page",
        new SubmitPages.Received(proposal, receiver, proposal.getCouncilDeadline(), answerWeeks));
    return "proposal/submit/received";
  }

  private String showForm(
      Model model,
      SubmitForm form,
      FormErrors errors,
      List<Area> ambiguous,
      Optional<Account> account,
      boolean tooLarge) {
    model.addAttribute(
        "page",
        new SubmitPages.Form(
            form,
            errors,
            new SubmitPages.Choices(areas.areas(), organisation.themes()),
            photos.kept(form.udkast()),
            ambiguous,
            account.map(Account::mailAddress).orElse(null),
            tooLarge,
            settings.maxPhotos(),
            settings.maxPhotoSize().toMegabytes()));
    return FORM;
  }

  /** Keeps the new photos if all of them are right; otherwise none, with the reasons. */
  private String keepPhotos(SubmitForm form, BindingResult result) {
    List<MultipartFile> files = form.files();
    if (files.isEmpty()) {
      return form.udkast();
    }
    List<ProposalPhotos.Upload> uploads = new ArrayList<>();
    for (MultipartFile file : files) {
      try {
        uploads.add(new ProposalPhotos.Upload(file.getOriginalFilename(), file.getBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    List<ProposalPhotos.Problem> problems =
        photos.check(uploads, photos.kept(form.udkast()).size());
    if (!problems.isEmpty()) {
      for (ProposalPhotos.Problem problem : problems) {
        Forms.rejectField(result, "billeder", problem.messageKey(), problem.arguments());
      }
      Forms.rejectField(result, "billeder", "proposal.submit.error.photos-none-kept");
      return form.udkast();
    }
    return photos.keep(form.udkast(), uploads);
  }

  private static void checkFields(SubmitForm form, BindingResult result, boolean signedIn) {
    if (form.kind() == null) {
      Forms.rejectField(result, "art", "proposal.submit.error.kind");
    }
    if (!signedIn) {
      if (form.navn() == null || form.navn().isBlank()) {
        Forms.rejectField(result, "navn", "proposal.submit.error.name.required");
      }
      if (form.email() == null || form.email().isBlank()) {
        Forms.rejectField(result, "email", "proposal.submit.error.email.required");
      }
    }
  }

  private void checkSpam(SubmitForm form, BindingResult result) {
    if (form.honeypotFilled()) {
      Forms.rejectField(result, "", "proposal.submit.error.honeypot");
      return;
    }
    if (guard.fillTime(form.startet()) != SubmissionGuard.FillTime.OK) {
      Forms.rejectField(
          result, "", "proposal.submit.error.too-fast", settings.minFillTime().toSeconds());
    }
  }

  /** The place's errors; the areas to choose from when a typed place lies in several. */
  private List<Area> checkPlace(PlaceRouting.Outcome outcome, BindingResult result) {
    if (outcome instanceof PlaceRouting.Outside) {
      Forms.rejectField(result, "sted", "proposal.submit.error.outside", municipalityName);
    } else if (outcome instanceof PlaceRouting.Missing) {
      Forms.rejectField(result, "sted", "proposal.submit.error.place-missing");
    } else if (outcome instanceof PlaceRouting.Ambiguous ambiguous) {
      Forms.rejectField(result, "valgtOmraade", "proposal.submit.error.choose-area");
      Map<Long, Area> byId = areas.areasById(ambiguous.areaIds());
      return ambiguous.areaIds().stream().map(byId::get).filter(a -> a != null).toList();
    }
    return List.of();
  }

  /** What the page before the redirect left for this one (Post/Redirect/Get), or null. */
  private static Object flashed(HttpServletRequest request, String name) {
    Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
    return flash == null ? null : flash.get(name);
  }

  private Optional<Account> account(Authentication authentication) {
    return authentication != null && authentication.getPrincipal() instanceof SamspilPrincipal p
        ? accounts.account(p.accountId())
        : Optional.empty();
  }
}
