package vn.trienkhai.registry.project;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
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
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.Visibility;
import vn.trienkhai.registry.shared.FieldInputException;
import vn.trienkhai.registry.shared.ListFilter;
import vn.trienkhai.registry.shared.OwnerAgencyChoices;
import vn.trienkhai.registry.shared.RegistryAccess;
import vn.trienkhai.registry.shared.RegistryLists;

/** The S&amp;T project pages: list with filters, new, detail/edit with the lifecycle and its history, delete. */
@Controller
@RequestMapping("/registry/projects")
class ProjectPages {

	private static final String FORM = "registry/project/project-form";

	private final Projects projects;
	private final RegistryAccess access;
	private final OwnerAgencyChoices agencies;
	private final RegistryLists lists;

	ProjectPages(Projects projects, RegistryAccess access, OwnerAgencyChoices agencies, RegistryLists lists) {
		this.projects = projects;
		this.access = access;
		this.agencies = agencies;
		this.lists = lists;
	}

	@GetMapping
	String list(@RequestParam(required = false) Long unit, @RequestParam(required = false) BiotechField field,
			@RequestParam(required = false) ProjectStatus status, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		ListFilter filter = lists.filter(unit, field, q, page, model);
		model.addAttribute("projects", projects.list(filter, status));
		RegistryLists.paging(filter, projects.count(filter, status), model);
		model.addAttribute("status", status);
		model.addAttribute("statuses", ProjectStatus.values());
		return "registry/project/project-list";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long unit, Model model) {
		access.requireCreator();
		ProjectForm form = new ProjectForm();
		form.setUnit(access.visibleUnit(unit).id());
		form.setOwnerAgency(CurrentUser.get().agencyId());
		return form(null, form, true, model);
	}

	@PostMapping
	String create(@ModelAttribute("projectForm") ProjectForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		access.requireCreator();
		if (form.getUnit() == null) {
			form.setUnit(CurrentUser.get().orgUnitId());
		}
		access.visibleUnit(form.getUnit());
		access.requireWritable(form.getUnit(), form.getOwnerAgency(), "project of unit " + form.getUnit());
		if (errors.hasErrors()) {
			return form(null, form, true, model);
		}
		try {
			agencies.check(form.getUnit(), form.getOwnerAgency(), null);
			Project created = projects.create(form.toProject(null, null));
			return saved(redirect, created);
		}
		catch (FieldInputException e) {
			errors.rejectValue(e.field(), e.messageKey(), e.args(), null);
			return form(null, form, true, model);
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Project p = projects.get(id);
		access.requireReadable(p.orgUnitId(), p.visibility(), "project " + id);
		return form(p, ProjectForm.of(p), access.canWrite(p.orgUnitId(), p.ownerAgencyId()), model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("projectForm") ProjectForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Project p = projects.get(id);
		access.requireWritable(p.orgUnitId(), p.ownerAgencyId(), "project " + id);
		if (form.getUnit() == null) {
			form.setUnit(p.orgUnitId());
		}
		access.requireWritable(form.getUnit(), form.getOwnerAgency(), "project of unit " + form.getUnit());
		if (errors.hasErrors()) {
			return form(p, form, true, model);
		}
		try {
			agencies.check(form.getUnit(), form.getOwnerAgency(), p.ownerAgencyId());
			return saved(redirect, projects.update(form.toProject(id, p)));
		}
		catch (FieldInputException e) {
			errors.rejectValue(e.field(), e.messageKey(), e.args(), null);
			return form(p, form, true, model);
		}
	}

	/** One step of the lifecycle; an error (missing acceptance date…) comes back as a message over the page. */
	@PostMapping("/{id}/transition")
	String transition(@PathVariable long id, @RequestParam ProjectStatus to, @RequestParam int rowVersion,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate acceptanceDate,
			@RequestParam(required = false) String rating, @RequestParam(required = false) String appliedWhere,
			RedirectAttributes redirect) {
		Project p = projects.get(id);
		access.requireWritable(p.orgUnitId(), p.ownerAgencyId(), "project " + id);
		try {
			projects.transition(id, to, rowVersion, acceptanceDate, rating, appliedWhere);
			redirect.addFlashAttribute("flash", "registry.project.flash.moved");
			redirect.addFlashAttribute("flashArgs",
					new Object[] { new org.springframework.context.support.DefaultMessageSourceResolvable(to.messageKey()) });
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("stepError", e.messageKey());
			redirect.addFlashAttribute("stepErrorArgs", e.args());
		}
		return "redirect:/registry/projects/" + id;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam int rowVersion, RedirectAttributes redirect) {
		Project p = projects.get(id);
		access.requireWritable(p.orgUnitId(), p.ownerAgencyId(), "project " + id);
		try {
			projects.delete(id, rowVersion);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("stepError", e.messageKey());
			redirect.addFlashAttribute("stepErrorArgs", e.args());
			return "redirect:/registry/projects/" + id;
		}
		redirect.addFlashAttribute("flash", "registry.project.flash.deleted");
		redirect.addFlashAttribute("flashArgs", new Object[] { p.code() });
		return "redirect:/registry/projects?unit=" + p.orgUnitId();
	}

	private static String saved(RedirectAttributes redirect, Project p) {
		redirect.addFlashAttribute("flash", "registry.project.flash.saved");
		redirect.addFlashAttribute("flashArgs", new Object[] { p.code() });
		return "redirect:/registry/projects/" + p.id();
	}

	private String form(Project p, ProjectForm form, boolean canWrite, Model model) {
		model.addAttribute("project", p);
		model.addAttribute("projectForm", form);
		model.addAttribute("canWrite", canWrite);
		model.addAttribute("unitLabel", access.unitLabel(form.getUnit()));
		model.addAttribute("agencies", agencies.forUnit(form.getUnit(), p == null ? null : p.ownerAgencyId()));
		model.addAttribute("allFields", BiotechField.values());
		model.addAttribute("kinds", Project.Kind.values());
		model.addAttribute("levels", Project.Level.values());
		model.addAttribute("sources", Project.Source.values());
		model.addAttribute("allStatuses", ProjectStatus.values());
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("history", p == null ? java.util.List.of() : projects.history(p.id()));
		return FORM;
	}

}
