package vn.trienkhai.registry.enterprise;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
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
import vn.trienkhai.registry.shared.OwnerAgencyChoices;
import vn.trienkhai.registry.shared.RegistryAccess;
import vn.trienkhai.registry.shared.FieldInputException;

/** An application model's page: new, edit (read-only for those who may not change it) with optimistic lock, delete. */
@Controller
@RequestMapping("/registry/application-models")
class ApplicationModelPages {

	private static final String FORM = "registry/enterprise/model-form";

	private final ApplicationModels models;

	private final RegistryAccess access;

	private final OwnerAgencyChoices agencies;

	ApplicationModelPages(ApplicationModels models, RegistryAccess access, OwnerAgencyChoices agencies) {
		this.models = models;
		this.access = access;
		this.agencies = agencies;
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long unit, Model model) {
		access.requireCreator();
		ApplicationModelForm form = new ApplicationModelForm();
		form.setUnit(access.visibleUnit(unit).id());
		form.setOwnerAgency(CurrentUser.get().agencyId());
		return form(null, form, true, model);
	}

	@PostMapping
	String create(@ModelAttribute("modelForm") ApplicationModelForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		access.requireCreator();
		if (form.getUnit() == null) {
			form.setUnit(CurrentUser.get().orgUnitId());
		}
		access.visibleUnit(form.getUnit());
		access.requireWritable(form.getUnit(), form.getOwnerAgency(), "application model of unit " + form.getUnit());
		if (errors.hasErrors()) {
			return form(null, form, true, model);
		}
		try {
			agencies.check(form.getUnit(), form.getOwnerAgency(), null);
			ApplicationModel created = models.create(form.toModel(null));
			redirect.addFlashAttribute("flash", "registry.model.flash.saved");
			redirect.addFlashAttribute("flashArgs", new Object[] { created.name() });
			return "redirect:/registry/application-models/" + created.id();
		}
		catch (FieldInputException e) {
			errors.rejectValue(e.field(), e.messageKey(), e.args(), null);
			return form(null, form, true, model);
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		ApplicationModel m = models.get(id);
		access.requireReadable(m.orgUnitId(), m.visibility(), "application model " + id);
		return form(m, ApplicationModelForm.of(m), access.canWrite(m.orgUnitId(), m.ownerAgencyId()), model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("modelForm") ApplicationModelForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ApplicationModel m = models.get(id);
		access.requireWritable(m.orgUnitId(), m.ownerAgencyId(), "application model " + id);
		if (form.getUnit() == null) {
			form.setUnit(m.orgUnitId());
		}
		access.requireWritable(form.getUnit(), form.getOwnerAgency(), "application model of unit " + form.getUnit());
		if (errors.hasErrors()) {
			return form(m, form, true, model);
		}
		try {
			agencies.check(form.getUnit(), form.getOwnerAgency(), m.ownerAgencyId());
			ApplicationModel saved = models.update(form.toModel(id));
			redirect.addFlashAttribute("flash", "registry.model.flash.saved");
			redirect.addFlashAttribute("flashArgs", new Object[] { saved.name() });
			return "redirect:/registry/application-models/" + id;
		}
		catch (FieldInputException e) {
			errors.rejectValue(e.field(), e.messageKey(), e.args(), null);
			return form(m, form, true, model);
		}
		catch (OptimisticLockingFailureException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			return form(m, form, true, model);
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam int rowVersion, RedirectAttributes redirect) {
		ApplicationModel m = models.get(id);
		access.requireWritable(m.orgUnitId(), m.ownerAgencyId(), "application model " + id);
		models.delete(id, rowVersion);
		redirect.addFlashAttribute("flash", "registry.model.flash.deleted");
		redirect.addFlashAttribute("flashArgs", new Object[] { m.name() });
		return "redirect:/registry/application-models?unit=" + m.orgUnitId();
	}

	private String form(ApplicationModel m, ApplicationModelForm form, boolean canWrite, Model model) {
		model.addAttribute("item", m);
		model.addAttribute("modelForm", form);
		model.addAttribute("canWrite", canWrite);
		model.addAttribute("unitLabel", access.unitLabel(form.getUnit()));
		model.addAttribute("agencies", agencies.forUnit(form.getUnit(), m == null ? null : m.ownerAgencyId()));
		model.addAttribute("allFields", BiotechField.values());
		model.addAttribute("visibilities", Visibility.values());
		if (!model.containsAttribute("conflict")) {
			model.addAttribute("conflict", false);
		}
		return FORM;
	}

}
