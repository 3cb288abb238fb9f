package dk.samspil.account.admin;

import dk.samspil.account.Account;
import dk.samspil.account.AccountChangeRefused;
import dk.samspil.account.AccountManagement;
import dk.samspil.account.AccountNotFound;
import dk.samspil.account.AccountStatus;
import dk.samspil.organisation.ContactPerson;
import dk.samspil.organisation.Department;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.shared.FieldError;
import dk.samspil.shared.SamspilPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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

  private final AccountManagement accounts;
  private final OrganisationManagement organisation;
  private final String municipalityName;

  AccountAdminController(
      AccountManagement accounts,
      OrganisationManagement organisation,
      @Value("${samspil.municipality.name}") String municipalityName) {
    this.accounts = accounts;
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
    return "admin/accounts";
  }

  @GetMapping("/inviter")
  String inviteForm(Model model) {
    return invitePage(model, InviteForm.empty(), List.of(), null);
  }

  @PostMapping("/inviter")
  String invite(
      @ModelAttribute InviteForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    List<FieldError> errors = form.validate(departmentIds(), contactPersonIds());
    if (errors.isEmpty()) {
      try {
        RolesForm roles = form.roles();
        Account account =
            accounts.inviteWithRoles(
                form.email().strip(),
                form.name().strip(),
                municipalityName,
                roles.isAdministrator(),
                roles.department(),
                roles.contactPerson());
        notice(redirect, "admin.account.invited", account.getEmail());
        return "redirect:/admin/konti/" + account.getId();
      } catch (AccountChangeRefused refused) {
        errors.add(new FieldError("email", refused.messageKey(), refused.arguments()));
      }
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    String existing =
        form.email() == null || form.email().isBlank()
            ? null
            : accounts
                .accountByEmail(form.email())
                .map(account -> "/admin/konti/" + account.getId())
                .orElse(null);
    return invitePage(model, form, errors, existing);
  }

  @GetMapping("/{id}")
  String account(
      @PathVariable long id, @AuthenticationPrincipal SamspilPrincipal principal, Model model) {
    Account account = find(id);
    return accountPage(model, account, rolesFormOf(account), List.of(), principal);
  }

  @PostMapping("/{id}/roller")
  String changeRoles(
      @PathVariable long id,
      @ModelAttribute RolesForm form,
      @AuthenticationPrincipal SamspilPrincipal principal,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Account account = find(id);
    List<FieldError> errors = form.validate(departmentIds(), contactPersonIds());
    if (errors.isEmpty()) {
      try {
        accounts.changeRoles(
            id,
            actingId(principal),
            form.isAdministrator(),
            form.department(),
            form.contactPerson());
        notice(redirect, "admin.account.roles.saved", account.getEmail());
        return "redirect:/admin/konti/" + id;
      } catch (AccountChangeRefused refused) {
        errors.add(new FieldError("administrator", refused.messageKey(), refused.arguments()));
      }
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return accountPage(model, account, form, errors, principal);
  }

  @PostMapping("/{id}/deaktiver")
  String deactivate(
      @PathVariable long id,
      @AuthenticationPrincipal SamspilPrincipal principal,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Account account = find(id);
    try {
      accounts.deactivate(id, actingId(principal));
      notice(redirect, "admin.account.deactivated", account.getEmail());
      return "redirect:/admin/konti/" + id;
    } catch (AccountChangeRefused refused) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return accountPage(
          model,
          account,
          rolesFormOf(account),
          List.of(new FieldError("status", refused.messageKey(), refused.arguments())),
          principal);
    }
  }

  @PostMapping("/{id}/genaktiver")
  String reactivate(
      @PathVariable long id,
      @AuthenticationPrincipal SamspilPrincipal principal,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Account account = find(id);
    try {
      accounts.reactivate(id);
      notice(redirect, "admin.account.reactivated", account.getEmail());
      return "redirect:/admin/konti/" + id;
    } catch (AccountChangeRefused refused) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return accountPage(
          model,
          account,
          rolesFormOf(account),
          List.of(new FieldError("status", refused.messageKey(), refused.arguments())),
          principal);
    }
  }

  @PostMapping("/{id}/inviter-igen")
  String reinvite(
      @PathVariable long id,
      @AuthenticationPrincipal SamspilPrincipal principal,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Account account = find(id);
    if (account.getStatus() != AccountStatus.INVITED) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return accountPage(
          model,
          account,
          rolesFormOf(account),
          List.of(new FieldError("status", "admin.account.refused.not-invited")),
          principal);
    }
    accounts.invite(account.getEmail(), account.getName(), municipalityName);
    notice(redirect, "admin.account.reinvited", account.getEmail());
    return "redirect:/admin/konti/" + id;
  }

  private String invitePage(
      Model model, InviteForm form, List<FieldError> errors, String existingAccountPath) {
    model.addAttribute(
        "page",
        new InvitePage(
            form,
            errors,
            organisation.departments(),
            organisation.contactPersons(),
            existingAccountPath));
    return "admin/accountInvite";
  }

  private String accountPage(
      Model model,
      Account account,
      RolesForm form,
      List<FieldError> errors,
      SamspilPrincipal principal) {
    model.addAttribute(
        "page",
        new AccountPage(
            account,
            accounts.rolesOf(account),
            form,
            errors,
            organisation.departments(),
            organisation.contactPersons(),
            principal != null && principal.accountId() == account.getId()));
    return "admin/account";
  }

  private Account find(long id) {
    return accounts.account(id).orElseThrow(() -> AccountNotFound.forId(id));
  }

  private static RolesForm rolesFormOf(Account account) {
    return new RolesForm(
        account.isAdministrator() ? "ja" : null,
        account.getDepartmentId() == null ? "" : account.getDepartmentId().toString(),
        account.getContactPersonId() == null ? "" : account.getContactPersonId().toString());
  }

  private static long actingId(SamspilPrincipal principal) {
    return principal == null ? -1 : principal.accountId();
  }

  private Set<Long> departmentIds() {
    return organisation.departments().stream().map(Department::getId).collect(Collectors.toSet());
  }

  private Set<Long> contactPersonIds() {
    return organisation.contactPersons().stream()
        .map(ContactPerson::getId)
        .collect(Collectors.toSet());
  }

  private static void notice(RedirectAttributes redirect, String key, String argument) {
    redirect.addFlashAttribute("notice", key);
    redirect.addFlashAttribute("noticeArg", argument);
  }
}
