package vn.trienkhai.identity;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.trienkhai.agency.Agencies;
import vn.trienkhai.agency.Agency;
import vn.trienkhai.orgunit.OrgUnits;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.Role;

/** Administrators' pages for accounts (the whole /admin area needs the ADMINISTRATOR role). */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

	private static final String LIST = "identity/accounts";

	private static final String FORM = "identity/account-form";

	private final AccountAdministration administration;

	private final OrgUnits orgUnits;

	private final Agencies agencies;

	AccountAdminController(AccountAdministration administration, OrgUnits orgUnits, Agencies agencies) {
		this.administration = administration;
		this.orgUnits = orgUnits;
		this.agencies = agencies;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Role role,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AccountAdministration.Page result = administration.search(q, role, page);
		model.addAttribute("result", result);
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("unitNames", orgUnits.qualifiedNames(result.accounts().stream().map(Account::orgUnitId).toList()));
		return LIST;
	}

	@GetMapping("/new")
	String newForm(Model model) {
		AccountForm form = new AccountForm();
		form.setRole(Role.REPORTER);
		form.setOrgUnitId(CurrentUser.get().orgUnitId());
		return form(form, null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(form, null, model);
		}
		try {
			AccountAdministration.CreatedAccount created = administration.create(form);
			redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
			redirect.addFlashAttribute("flash", "account.created");
			redirect.addFlashAttribute("flashArgs", new Object[] { form.getUsername() });
			return "redirect:/admin/accounts/" + created.id();
		}
		catch (InvalidInputException e) {
			model.addAttribute("formError", e.messageKey());
			model.addAttribute("formErrorArgs", e.args());
			return form(form, null, model);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Account account = administration.get(id);
		return form(AccountForm.of(account), account, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Account account = administration.get(id);
		form.setUsername(account.username());
		if (errors.hasErrors()) {
			return form(form, account, model);
		}
		try {
			administration.update(id, form);
		}
		catch (InvalidInputException e) {
			model.addAttribute("formError", e.messageKey());
			model.addAttribute("formErrorArgs", e.args());
			return form(form, account, model);
		}
		redirect.addFlashAttribute("flash", "account.updated");
		redirect.addFlashAttribute("flashArgs", new Object[] { account.username() });
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("temporaryPassword", administration.resetPassword(id));
		redirect.addFlashAttribute("flash", "account.passwordReset");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		administration.unlock(id);
		redirect.addFlashAttribute("flash", "account.unlocked");
		return "redirect:/admin/accounts/" + id;
	}

	/** The agencies of the chosen unit, as options for the form's agency list (htmx). */
	@GetMapping("/agency-options")
	String agencyOptions(@RequestParam(required = false) Long orgUnitId, Model model) {
		model.addAttribute("agencies", agencyChoices(orgUnitId));
		return FORM + " :: agencyOptions";
	}

	private String form(AccountForm form, Account account, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("account", account);
		model.addAttribute("orgUnitLabel", form.getOrgUnitId() == null ? "" : orgUnits.qualifiedName(form.getOrgUnitId()));
		model.addAttribute("agencies", agencyChoices(form.getOrgUnitId()));
		model.addAttribute("locked", account != null && account.isLocked(java.time.Instant.now()));
		model.addAttribute("zone", java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
		return FORM;
	}

	private List<Agency> agencyChoices(Long orgUnitId) {
		if (orgUnitId == null || !orgUnits.isWithin(orgUnitId, CurrentUser.get().orgUnitId())) {
			return List.of();
		}
		return agencies.ofOrgUnit(orgUnitId);
	}

}
