package dk.samspil.account.admin;

import dk.samspil.account.Account;
import dk.samspil.account.AccountAdminManagement;
import dk.samspil.account.AccountChangeRefused;
import dk.samspil.account.AccountManagement;
import dk.samspil.account.AccountStatus;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.shared.EmailAddress;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.Forms;
import dk.samspil.shared.SamspilPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.function.LongConsumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Accounts in the administration: search, invite, municipal roles, deactivate and reactivate. An
 * administrator cannot deactivate their own account or take their own administrator role.
 */
@Controller
@RequestMapping("/admin/konti")
class AccountAdminController {

  static final int PAGE_SIZE = 25;

  private final AccountAdminManagement accounts;
  private final AccountManagement lookUps;
  private final OrganisationManagement organisation;
  private final String municipalityName;

  AccountAdminController(
      AccountAdminManagement accounts,
      AccountManagement lookUps,
      OrganisationManagement organisation,
      @Value("${samspil.municipality.name}") String municipalityName) {
    this.accounts = accounts;
    this.lookUps = lookUps;
    this.organisation = organisation;
    this.municipalityName = municipalityName;
  }

  @GetMapping
  String list(
      @RequestParam(name = "q", required = false) String query,
      @RequestParam(name = "status", required = false) String status,
      @RequestParam(name = "side", defaultValue = "0") int page,
      Model model) {
    AccountStatus filter =
        Arrays.stream(AccountStatus.values())
            .filter(s -> s.name().equals(status))
            .findFirst()
            .orElse(null);
    String text = query == null ? null : query.strip();
    if (text != null && text.length() > 200) {
      text = text.substring(0, 200);
    }
    int safePage = Math.max(0, page);
    Page<Account> found = accounts.findAccounts(text, filter, safePage, PAGE_SIZE);
    model.addAttribute(
        "page",
        new AccountListPage(
            text,
            filter,
            found.getContent(),
            safePage,
            Math.max(0, found.getTotalPages() - 1),
            found.getTotalElements()));
    return "account/admin/accounts";
  }

  @GetMapping("/inviter")
  String inviteForm(Model model) {
    return invitePage(model, InviteForm.empty(), FormErrors.NONE);
  }

  @PostMapping("/inviter")
  String invite(
      @Valid @ModelAttribute("form") InviteForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    choices().check(form.roles(), result);
    return Forms.submit(
        result,
        response,
        () -> {
          Account account =
              accounts.inviteWithRoles(
                  form.email().strip(), form.name().strip(), municipalityName, form.toRoles());
          Forms.confirm(redirect, "admin.account.invited", account.getEmail());
          return "redirect:/admin/konti/" + account.getId();
        },
        () -> invitePage(model, form, FormErrors.of(result)));
  }

  @GetMapping("/{id}")
  String account(
      @PathVariable long id, @AuthenticationPrincipal SamspilPrincipal principal, Model model) {
    Account account = accounts.account(id);
    return accountPage(model, account, RolesForm.of(account), FormErrors.NONE, principal);
  }

  @PostMapping("/{id}/roller")
  String changeRoles(
      @PathVariable long id,
      @ModelAttribute("form") RolesForm form,
      BindingResult result,
      @AuthenticationPrincipal SamspilPrincipal principal,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Account account = accounts.account(id);
    choices().check(form, result);
    return Forms.submit(
        result,
        response,
        () -> {
          accounts.changeRoles(id, actingId(principal), form.toRoles());
          Forms.confirm(redirect, "admin.account.roles.saved", account.getEmail());
          return "redirect:/admin/konti/" + id;
        },
        () -> accountPage(model, account, form, FormErrors.of(result), principal));
  }

  @PostMapping("/{id}/deaktiver")
  String deactivate(
      @PathVariable long id,
      @AuthenticationPrincipal SamspilPrincipal principal,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return changeStatus(
        id,
        accountId -> accounts.deactivate(accountId, actingId(principal)),
        "admin.account.deactivated",
        principal,
        model,
        response,
        redirect);
  }

  @PostMapping("/{id}/genaktiver")
  String reactivate(
      @PathVariable long id,
      @AuthenticationPrincipal SamspilPrincipal principal,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return changeStatus(
        id,
        accounts::reactivate,
        "admin.account.reactivated",
        principal,
        model,
        response,
        redirect);
  }

  @PostMapping("/{id}/inviter-igen")
  String reinvite(
      @PathVariable long id,
      @AuthenticationPrincipal SamspilPrincipal principal,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return changeStatus(
        id,
        accountId -> accounts.reinvite(accountId, municipalityName),
        "admin.account.reinvited",
        principal,
        model,
        response,
        redirect);
  }

  /**
   * A change of the account's status by a button: confirmed after the redirect, or refused on the
   * account's page with 409.
   */
  private String changeStatus(
      long id,
      LongConsumer change,
      String confirmation,
      SamspilPrincipal principal,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Account account = accounts.account(id);
    try {
      change.accept(id);
      Forms.confirm(redirect, confirmation, account.getEmail());
      return "redirect:/admin/konti/" + id;
    } catch (AccountChangeRefused refused) {
      RolesForm form = RolesForm.of(account);
      BindingResult result = new BeanPropertyBindingResult(form, "form");
      Forms.reject(result, refused);
      response.setStatus(HttpStatus.CONFLICT.value());
      return accountPage(model, account, form, FormErrors.of(result), principal);
    }
  }

  private String invitePage(Model model, InviteForm form, FormErrors errors) {
    String existing =
        errors.any() && EmailAddress.Check.isValid(form.email())
            ? lookUps
                .accountByEmail(form.email())
                .map(account -> "/admin/konti/" + account.getId())
                .orElse(null)
            : null;
    model.addAttribute("page", new InvitePage(form, errors, choices(), existing));
    return "account/admin/invite";
  }

  private String accountPage(
      Model model, Account account, RolesForm form, FormErrors errors, SamspilPrincipal principal) {
    model.addAttribute(
        "page",
        new AccountPage(
            account,
            accounts.rolesOf(account),
            form,
            errors,
            choices(),
            principal != null && principal.accountId() == account.getId(),
            accounts.assuranceLevelOf(account).orElse(null)));
    return "account/admin/account";
  }

  private RoleChoices choices() {
    return new RoleChoices(organisation.departments(), organisation.contactPersons());
  }

  private static long actingId(SamspilPrincipal principal) {
    return principal == null ? -1 : principal.accountId();
  }
}
