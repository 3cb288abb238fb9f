package dk.samspil.account;

import dk.samspil.shared.FieldError;
import dk.samspil.shared.SamspilPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed-in person's own pages under {@code /profil} (which needs sign-in): profile, password,
 * the download of their data and the deletion of their account.
 */
@Controller
class ProfileController {

  private final ProfileManagement profiles;
  private final PasswordManagement passwords;
  private final SignedInSessions sessions;
  private final JsonMapper json;

  ProfileController(
      ProfileManagement profiles,
      PasswordManagement passwords,
      SignedInSessions sessions,
      JsonMapper json) {
    this.profiles = profiles;
    this.passwords = passwords;
    this.sessions = sessions;
    this.json = json;
  }

  @GetMapping("/profil")
  String profile(
      @AuthenticationPrincipal SamspilPrincipal principal,
      @RequestParam(name = "gemt", required = false) String saved,
      @RequestParam(name = "adgangskode", required = false) String passwordChanged,
      Locale locale,
      Model model) {
    Account account = profiles.account(principal.accountId());
    String notice = saved != null ? "gemt" : passwordChanged != null ? "adgangskode" : null;
    model.addAttribute(
        "page",
        page(
            account,
            new AccountForms.Profile(
                account.getName(), account.getPhone(), account.getNotificationEmail()),
            List.of(),
            notice,
            locale));
    return "account/profile";
  }

  @PostMapping("/profil")
  String save(
      @AuthenticationPrincipal SamspilPrincipal principal,
      @ModelAttribute AccountForms.Profile form,
      Authentication authentication,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      Model model) {
    var errors = form.errors();
    if (!errors.isEmpty()) {
      model.addAttribute(
          "page", page(profiles.account(principal.accountId()), form, errors, null, locale));
      return "account/profile";
    }
    Account account = profiles.update(principal.accountId(), form.toChange());
    showNewName(authentication, account.displayName(), request, response);
    return "redirect:/profil?gemt";
  }

  @GetMapping("/profil/adgangskode")
  String passwordForm(Model model) {
    model.addAttribute("page", new PasswordChangePage(List.of()));
    return "account/password";
  }

  @PostMapping("/profil/adgangskode")
  String changePassword(
      @AuthenticationPrincipal SamspilPrincipal principal,
      @ModelAttribute AccountForms.PasswordChange form,
      Authentication authentication,
      HttpSession session,
      Locale locale,
      Model model) {
    var errors = form.errors();
    if (errors.isEmpty()
        && !passwords.changePassword(
            principal.accountId(), form.current(), form.password(), locale)) {
      errors = List.of(new FieldError("current", "password.current.wrong"));
    }
    if (!errors.isEmpty()) {
      model.addAttribute("page", new PasswordChangePage(errors));
      return "account/password";
    }
    // other devices signed in with the old password are signed out; this one stays
    sessions.endAll(authentication.getName(), session.getId());
    return "redirect:/profil?adgangskode";
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
    Account account = profiles.account(principal.accountId());
    model.addAttribute(
        "page",
        new DeleteAccountPage(
            account.getEmail(),
            "",
            profiles.isLastAdministrator(principal.accountId()),
            List.of()));
    return "account/delete";
  }

  @PostMapping("/profil/slet")
  String delete(
      @AuthenticationPrincipal SamspilPrincipal principal,
      @ModelAttribute AccountForms.DeleteAccount form,
      Authentication authentication,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Account account = profiles.account(principal.accountId());
    boolean last = profiles.isLastAdministrator(principal.accountId());
    String typed = form.email() == null ? "" : form.email();
    if (last || !account.getEmail().equals(Account.normalise(typed))) {
      List<FieldError> errors =
          last ? List.of() : List.of(new FieldError("email", "delete.email.mismatch"));
      model.addAttribute("page", new DeleteAccountPage(account.getEmail(), typed, last, errors));
      return "account/delete";
    }
    String principalName = authentication.getName();
    profiles.delete(principal.accountId());
    new SecurityContextLogoutHandler().logout(request, response, authentication);
    sessions.endAll(principalName, null);
    return "redirect:/login?besked=slettet";
  }

  private ProfilePage page(
      Account account,
      AccountForms.Profile form,
      List<FieldError> errors,
      String notice,
      Locale locale) {
    return new ProfilePage(
        account.getEmail(),
        form.name(),
        form.phone(),
        form.notificationEmail(),
        profiles.roles(account).stream().map(Role::messageKey).toList(),
        profiles.roleDescriptions(account.getId(), locale),
        errors,
        notice);
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
