package dk.samspil.account.web;

import dk.samspil.account.Account;
import dk.samspil.account.PasswordManagement;
import dk.samspil.account.ProfileManagement;
import dk.samspil.account.Role;
import dk.samspil.account.SignedInAccount;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.Forms;
import dk.samspil.shared.SamspilPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed-in person's own pages under {@code /profil} (which needs sign-in): profile, password,
 * the download of their data and the deletion of their account.
 */
@Controller
class ProfileController {

  private final ProfileManagement profiles;
  private final PasswordManagement passwords;
  private final JsonMapper json;

  ProfileController(ProfileManagement profiles, PasswordManagement passwords, JsonMapper json) {
    this.profiles = profiles;
    this.passwords = passwords;
    this.json = json;
  }

  @GetMapping("/profil")
  String profile(@AuthenticationPrincipal SamspilPrincipal principal, Locale locale, Model model) {
    Account account = profiles.account(principal.accountId());
    return profilePage(model, account, ProfileForm.of(account), FormErrors.NONE, locale);
  }

  @PostMapping("/profil")
  String save(
      @AuthenticationPrincipal SamspilPrincipal principal,
      @Valid @ModelAttribute("form") ProfileForm form,
      BindingResult result,
      Authentication authentication,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    return Forms.submit(
        result,
        response,
        () -> {
          Account account = profiles.update(principal.accountId(), form.toChange());
          showNewName(authentication, account.displayName(), request, response);
          Forms.confirm(redirect, "profile.notice.gemt");
          return "redirect:/profil";
        },
        () ->
            profilePage(
                model,
                profiles.account(principal.accountId()),
                form,
                FormErrors.of(result),
                locale));
  }

  @GetMapping("/profil/adgangskode")
  String passwordForm(Model model) {
    return passwordPage(model, FormErrors.NONE);
  }

  @PostMapping("/profil/adgangskode")
  String changePassword(
      @AuthenticationPrincipal SamspilPrincipal principal,
      @Valid @ModelAttribute("form") PasswordChangeForm form,
      BindingResult result,
      HttpSession session,
      Locale locale,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return Forms.submit(
        result,
        response,
        () -> {
          // other devices signed in with the old password are signed out; this one stays
          passwords.changePassword(
              principal.accountId(), form.current(), form.password(), locale, session.getId());
          Forms.confirm(redirect, "profile.notice.adgangskode");
          return "redirect:/profil";
        },
        () -> passwordPage(model, FormErrors.of(result)));
  }

  @GetMapping(value = "/profil/data.json")
  ResponseEntity<byte[]> personalData(@AuthenticationPrincipal SamspilPrincipal principal) {
    byte[] body =
        json.writerWithDefaultPrettyPrinter()
            .writeValueAsBytes(profiles.personalData(principal.accountId()));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("samspil-mine-data.json").build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(body);
  }

  @GetMapping("/profil/slet")
  String deleteForm(@AuthenticationPrincipal SamspilPrincipal principal, Model model) {
    return deletePage(model, principal, DeleteAccountForm.empty(), FormErrors.NONE);
  }

  /**
   * Deletes the account and signs the person out. The confirmation is written after the sign-out
   * has ended the session, so it goes into the new session that the login page is shown in.
   */
  @PostMapping("/profil/slet")
  String delete(
      @AuthenticationPrincipal SamspilPrincipal principal,
      @ModelAttribute("form") DeleteAccountForm form,
      BindingResult result,
      Authentication authentication,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    return Forms.submit(
        result,
        response,
        () -> {
          profiles.delete(principal.accountId(), form.email());
          new SecurityContextLogoutHandler().logout(request, response, authentication);
          Forms.confirm(redirect, "login.notice.slettet");
          return "redirect:/login";
        },
        () -> deletePage(model, principal, form, FormErrors.of(result)));
  }

  private String profilePage(
      Model model, Account account, ProfileForm form, FormErrors errors, Locale locale) {
    model.addAttribute(
        "page",
        new ProfilePage(
            account.getEmail(),
            form,
            errors,
            profiles.roles(account).stream().map(Role::messageKey).toList(),
            profiles.roleDescriptions(account.getId(), locale)));
    return "account/profile";
  }

  private static String passwordPage(Model model, FormErrors errors) {
    model.addAttribute("page", new PasswordChangePage(errors));
    return "account/password";
  }

  private String deletePage(
      Model model, SamspilPrincipal principal, DeleteAccountForm form, FormErrors errors) {
    model.addAttribute(
        "page",
        new DeleteAccountPage(
            profiles.account(principal.accountId()).getEmail(),
            profiles.isLastAdministrator(principal.accountId()),
            form,
            errors));
    return "account/delete";
  }

  /** Puts the new name in the header at once, without signing in again. */
  private static void showNewName(
      Authentication authentication,
      String displayName,
      HttpServletRequest request,
      HttpServletResponse response) {
    if (!(authentication.getPrincipal() instanceof SignedInAccount signedIn)) {
      return;
    }
    SignedInAccount renamed = signedIn.withDisplayName(displayName);
    var updated =
        UsernamePasswordAuthenticationToken.authenticated(
            renamed, null, authentication.getAuthorities());
    updated.setDetails(authentication.getDetails());
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(updated);
    SecurityContextHolder.setContext(context);
    new HttpSessionSecurityContextRepository().saveContext(context, request, response);
  }
}
