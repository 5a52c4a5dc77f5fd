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

import vn.trienkhai.orgunit.OrgUnits;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.Visibility;
import vn.trienkhai.registry.shared.FieldInputException;
import vn.trienkhai.registry.shared.OwnerAgencyChoices;
import vn.trienkhai.registry.shared.RegistryAccess;

/** The proposal form: a unit proposes a task for a list, reads the review, corrects or withdraws it. */
@Controller
@RequestMapping("/registry/tasks")
class TaskProposalPages {

	private static final String FORM = "registry/project/task-form";

	private final TaskLists lists;
	private final TaskProposals proposals;
	private final RegistryAccess access;
	private final OrgUnits orgUnits;
	private final OwnerAgencyChoices agencies;

	TaskProposalPages(TaskLists lists, TaskProposals proposals, RegistryAccess access, OrgUnits orgUnits,
			OwnerAgencyChoices agencies) {
		this.lists = lists;
		this.proposals = proposals;
		this.access = access;
		this.orgUnits = orgUnits;
		this.agencies = agencies;
	}

	@GetMapping("/new")
	String newForm(@RequestParam long list, Model model) {
		access.requireCreator();
		TaskList taskList = lists.readable(list);
		TaskProposalForm form = new TaskProposalForm();
		form.setTaskList(list);
		long mine = CurrentUser.get().orgUnitId();
		// an officer above the list's unit (a ministry) proposes in the list's unit; anyone else in their own
		form.setUnit(orgUnits.isWithin(mine, taskList.orgUnitId()) ? mine : taskList.orgUnitId());
		form.setOwnerAgency(CurrentUser.get().agencyId());
		return form(null, taskList, form, true, model);
	}

	@PostMapping
	String create(@ModelAttribute("taskProposalForm") TaskProposalForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		access.requireCreator();
		if (form.getTaskList() == null) {
			throw new InvalidInputException("registry.task.error.noList");
		}
		TaskList list = lists.readable(form.getTaskList());
		if (form.getUnit() == null) {
			form.setUnit(CurrentUser.get().orgUnitId());
		}
		if (errors.hasErrors()) {
			return form(null, list, form, true, model);
		}
		try {
			agencies.check(form.getUnit(), form.getOwnerAgency(), null);
			TaskProposal created = proposals.propose(form.toProposal(null, list.id()));
			redirect.addFlashAttribute("flash", "registry.task.flash.sent");
			redirect.addFlashAttribute("flashArgs", new Object[] { created.title() });
			return "redirect:/registry/tasks/lists/" + list.id();
		}
		catch (FieldInputException e) {
			errors.rejectValue(e.field(), e.messageKey(), e.args(), null);
			return form(null, list, form, true, model);
		}
		catch (InvalidInputException e) {
			errors.reject(e.messageKey(), e.args(), null);
			return form(null, list, form, true, model);
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		TaskProposal p = proposals.get(id);
		access.requireReadable(p.orgUnitId(), p.visibility(), "task proposal " + id);
		TaskList list = lists.get(p.taskListId());
		return form(p, list, TaskProposalForm.of(p), proposals.canChange(p, list), model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("taskProposalForm") TaskProposalForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		TaskProposal p = proposals.get(id);
		access.requireWritable(p.orgUnitId(), p.ownerAgencyId(), "task proposal " + id);
		TaskList list = lists.get(p.taskListId());
		if (form.getUnit() == null) {
			form.setUnit(p.orgUnitId());
		}
		if (errors.hasErrors()) {
			return form(p, list, form, true, model);
		}
		try {
			agencies.check(form.getUnit(), form.getOwnerAgency(), p.ownerAgencyId());
			TaskProposal saved = proposals.update(form.toProposal(id, list.id()));
			redirect.addFlashAttribute("flash", "registry.task.flash.sent");
			redirect.addFlashAttribute("flashArgs", new Object[] { saved.title() });
			return "redirect:/registry/tasks/" + id;
		}
		catch (FieldInputException e) {
			errors.rejectValue(e.field(), e.messageKey(), e.args(), null);
			return form(p, list, form, true, model);
		}
		catch (InvalidInputException e) {
			errors.reject(e.messageKey(), e.args(), null);
			return form(p, list, form, true, model);
		}
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam int rowVersion, RedirectAttributes redirect) {
		TaskProposal p = proposals.get(id);
		proposals.withdraw(id, rowVersion);
		redirect.addFlashAttribute("flash", "registry.task.flash.withdrawn");
		redirect.addFlashAttribute("flashArgs", new Object[] { p.title() });
		return "redirect:/registry/tasks/lists/" + p.taskListId();
	}

	private String form(TaskProposal p, TaskList list, TaskProposalForm form, boolean canWrite, Model model) {
		model.addAttribute("proposal", p);
		model.addAttribute("list", list);
		model.addAttribute("listUnitName", orgUnits.qualifiedName(list.orgUnitId()));
		model.addAttribute("taskProposalForm", form);
		model.addAttribute("canWrite", canWrite);
		model.addAttribute("unitLabel", access.unitLabel(form.getUnit()));
		model.addAttribute("agencies", agencies.forUnit(form.getUnit(), p == null ? null : p.ownerAgencyId()));
		model.addAttribute("allFields", BiotechField.values());
		model.addAttribute("visibilities", Visibility.values());
		return FORM;
	}

}
