package vn.trienkhai.agency.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import vn.trienkhai.agency.AgencyType;
import vn.trienkhai.orgunit.OrgUnit;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.OutOfScopeException;

/**
 * The agency pages: the agencies of a unit grouped by type, the new-agency form, the detail page that is
 * also the edit form, and deactivation. Reading needs the unit within the user's scope; writing also the
 * role of administrator or coordinator (see {@link AgencyAccess}).
 */
@Controller
@RequestMapping("/agencies")
class AgencyPages {

	static final String LIST = "agency/list";

	static final String FORM = "agency/form";

	static final String FORM_ATTRIBUTE = "agencyForm";

	private final Agencies agencies;

	private final AgencyAccess access;

	AgencyPages(Agencies agencies, AgencyAccess access) {
		this.agencies = agencies;
		this.access = access;
	}

	@ModelAttribute("types")
	AgencyType[] types() {
		return AgencyType.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) Long unit, @RequestParam(defaultValue = "false") boolean inactive,
			Model model) {
		OrgUnit orgUnit = access.visibleUnit(unit);
		List<Agency> all = agencies.ofOrgUnit(orgUnit.id(), inactive);
		Map<AgencyType, List<Agency>> groups = new LinkedHashMap<>();
		for (Agency agency : all) {
			groups.computeIfAbsent(agency.type(), t -> new java.util.ArrayList<>()).add(agency);
		}
		model.addAttribute("unit", orgUnit);
		model.addAttribute("unitLabel", access.unitLabel(orgUnit.id()));
		model.addAttribute("groups", groups);
		model.addAttribute("total", all.size());
		model.addAttribute("showInactive", inactive);
		model.addAttribute("canWrite", access.canWrite());
		return LIST;
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long unit, Model model) {
		access.requireWriter();
		OrgUnit orgUnit = access.visibleUnit(unit);
		AgencyForm form = new AgencyForm();
		form.setUnit(orgUnit.id());
		return form(form, null, model);
	}

	@PostMapping
	String create(@ModelAttribute(FORM_ATTRIBUTE) AgencyForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		access.requireWriter();
		if (form.getUnit() == null) {
			if (!errors.hasFieldErrors("unit")) {
				errors.rejectValue("unit", "agency.error.unit.required");
			}
		}
		else if (!access.isWritable(form.getUnit())) {
			// an unknown unit is not within any scope either
			throw new OutOfScopeException("org unit " + form.getUnit());
		}
		String name = checkName(form, errors);
		if (errors.hasErrors()) {
			return form(form, null, model);
		}
		try {
			Agency created = agencies.create(form.getUnit(), form.getType(), name);
			redirect.addFlashAttribute("flash", "agency.flash.created");
			redirect.addFlashAttribute("flashArgs", new Object[] { created.name() });
			return "redirect:/agencies?unit=" + created.orgUnitId();
		}
		catch (InvalidInputException e) {
			reject(errors, e);
			return form(form, null, model);
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Agency agency = access.visibleAgency(id);
		return form(AgencyForm.of(agency), agency, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute(FORM_ATTRIBUTE) AgencyForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Agency agency = access.writableAgency(id);
		form.setUnit(agency.orgUnitId());
		if (form.getRowVersion() == null) {
			throw new InvalidInputException("agency.error.rowVersion");
		}
		String name = checkName(form, errors);
		if (errors.hasErrors()) {
			return form(form, agency, model);
		}
		try {
			// a stale row version throws OptimisticLockingFailureException: the 409 page
			Agency updated = agencies.update(id, form.getType(), name, form.getRowVersion());
			redirect.addFlashAttribute("flash", "agency.flash.updated");
			redirect.addFlashAttribute("flashArgs", new Object[] { updated.name() });
			return "redirect:/agencies/" + id;
		}
		catch (InvalidInputException e) {
			reject(errors, e);
			return form(form, agency, model);
		}
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, RedirectAttributes redirect) {
		access.writableAgency(id);
		Agency agency = agencies.deactivate(id);
		redirect.addFlashAttribute("flash", "agency.flash.deactivated");
		redirect.addFlashAttribute("flashArgs", new Object[] { agency.name() });
		return "redirect:/agencies/" + id;
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable long id, RedirectAttributes redirect) {
		access.writableAgency(id);
		Agency agency = agencies.reactivate(id);
		redirect.addFlashAttribute("flash", "agency.flash.reactivated");
		redirect.addFlashAttribute("flashArgs", new Object[] { agency.name() });
		return "redirect:/agencies/" + id;
	}

	/** The cleaned name, or null with the reason recorded as an error of the name field. */
	private static String checkName(AgencyForm form, BindingResult errors) {
		try {
			return Agencies.validName(form.getName());
		}
		catch (InvalidInputException e) {
			reject(errors, e);
			return null;
		}
	}

	/** Shows a rule the service enforces as an error of the field it is about. */
	private static void reject(BindingResult errors, InvalidInputException e) {
		String field = e.messageKey().startsWith("agency.error.unit") ? "unit" : "name";
		errors.rejectValue(field, e.messageKey(), e.args(), null);
	}

	private String form(AgencyForm form, Agency agency, Model model) {
		model.addAttribute(FORM_ATTRIBUTE, form);
		model.addAttribute("agency", agency);
		model.addAttribute("unitLabel", form.getUnit() != null && access.isVisible(form.getUnit())
				? access.unitLabel(form.getUnit()) : null);
		model.addAttribute("canWrite", access.canWrite());
		return FORM;
	}

}
