package vn.trienkhai.registry.project;

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

import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.Visibility;
import vn.trienkhai.registry.shared.FieldInputException;
import vn.trienkhai.registry.shared.ListFilter;
import vn.trienkhai.registry.shared.OwnerAgencyChoices;
import vn.trienkhai.registry.shared.RegistryAccess;
import vn.trienkhai.registry.shared.RegistryLists;

/**
 * The expert pages. An expert's e-mail and phone are shown to readers only with the expert's consent; the
 * people who keep the record (the unit's managers, the owning agency) always see them, to keep them right.
 */
@Controller
@RequestMapping("/registry/experts")
class ExpertPages {

	private static final String FORM = "registry/project/expert-form";

	private final Experts experts;
	private final RegistryAccess access;
	private final OwnerAgencyChoices agencies;
	private final RegistryLists lists;

	ExpertPages(Experts experts, RegistryAccess access, OwnerAgencyChoices agencies, RegistryLists lists) {
		this.experts = experts;
		this.access = access;
		this.agencies = agencies;
		this.lists = lists;
	}

	/** An expert as a list shows it: with the contact, or without. */
	public record Line(Expert expert, boolean contactShown) {
	}

	boolean contactShown(Expert e) {
		return e.contactShownTo(access);
	}

	@GetMapping
	String list(@RequestParam(required = false) Long unit, @RequestParam(required = false) BiotechField field,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		ListFilter filter = lists.filter(unit, field, q, page, model);
		model.addAttribute("lines", experts.list(filter).stream().map(e -> new Line(e, contactShown(e))).toList());
		RegistryLists.paging(filter, experts.count(filter), model);
		return "registry/project/expert-list";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long unit, Model model) {
		access.requireCreator();
		ExpertForm form = new ExpertForm();
		form.setUnit(access.visibleUnit(unit).id());
		form.setOwnerAgency(CurrentUser.get().agencyId());
		return form(null, form, true, model);
	}

	@PostMapping
	String create(@ModelAttribute("expertForm") ExpertForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		access.requireCreator();
		if (form.getUnit() == null) {
			form.setUnit(CurrentUser.get().orgUnitId());
		}
		access.visibleUnit(form.getUnit());
		access.requireWritable(form.getUnit(), form.getOwnerAgency(), "expert of unit " + form.getUnit());
		if (errors.hasErrors()) {
			return form(null, form, true, model);
		}
		try {
			agencies.check(form.getUnit(), form.getOwnerAgency(), null);
			return saved(redirect, experts.create(form.toExpert(null)));
		}
		catch (FieldInputException e) {
			errors.rejectValue(e.field(), e.messageKey(), e.args(), null);
			return form(null, form, true, model);
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Expert e = experts.get(id);
		access.requireReadable(e.orgUnitId(), e.visibility(), "expert " + id);
		boolean canWrite = access.canWrite(e.orgUnitId(), e.ownerAgencyId());
		ExpertForm form = ExpertForm.of(e);
		if (!contactShown(e)) {
			// never sent to a reader without consent, not even in a disabled input
			form.setEmail(null);
			form.setPhone(null);
		}
		return form(e, form, canWrite, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("expertForm") ExpertForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Expert e = experts.get(id);
		access.requireWritable(e.orgUnitId(), e.ownerAgencyId(), "expert " + id);
		if (form.getUnit() == null) {
			form.setUnit(e.orgUnitId());
		}
		access.requireWritable(form.getUnit(), form.getOwnerAgency(), "expert of unit " + form.getUnit());
		if (errors.hasErrors()) {
			return form(e, form, true, model);
		}
		try {
			agencies.check(form.getUnit(), form.getOwnerAgency(), e.ownerAgencyId());
			return saved(redirect, experts.update(form.toExpert(id)));
		}
		catch (FieldInputException ex) {
			errors.rejectValue(ex.field(), ex.messageKey(), ex.args(), null);
			return form(e, form, true, model);
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam int rowVersion, RedirectAttributes redirect) {
		Expert e = experts.get(id);
		access.requireWritable(e.orgUnitId(), e.ownerAgencyId(), "expert " + id);
		experts.delete(id, rowVersion);
		redirect.addFlashAttribute("flash", "registry.expert.flash.deleted");
		redirect.addFlashAttribute("flashArgs", new Object[] { e.name() });
		return "redirect:/registry/experts?unit=" + e.orgUnitId();
	}

	private static String saved(RedirectAttributes redirect, Expert e) {
		redirect.addFlashAttribute("flash", "registry.expert.flash.saved");
		redirect.addFlashAttribute("flashArgs", new Object[] { e.name() });
		return "redirect:/registry/experts/" + e.id();
	}

	private String form(Expert e, ExpertForm form, boolean canWrite, Model model) {
		model.addAttribute("expert", e);
		model.addAttribute("expertForm", form);
		model.addAttribute("canWrite", canWrite);
		model.addAttribute("contactShown", e == null || contactShown(e));
		model.addAttribute("unitLabel", access.unitLabel(form.getUnit()));
		model.addAttribute("agencies", agencies.forUnit(form.getUnit(), e == null ? null : e.ownerAgencyId()));
		model.addAttribute("allFields", BiotechField.values());
		model.addAttribute("degrees", Expert.Degree.values());
		model.addAttribute("visibilities", Visibility.values());
		return FORM;
	}

}
