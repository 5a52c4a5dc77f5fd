package vn.trienkhai.plan.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.trienkhai.audit.AuditLog;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.PlanEditing;
import vn.trienkhai.plan.PlanStatus;
import vn.trienkhai.plan.Plans;
import vn.trienkhai.plan.Task;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.NotFoundException;

/**
 * Changing a plan after it was built: the documents it implements, its status, deleting it, editing a task;
 * and its history. Coordinators and administrators of the plan's unit; everyone who reads the plan reads its
 * history. A broken rule comes back to the page it was made on with the reason; nothing is half-saved.
 */
@Controller
@RequestMapping("/plans/{id}")
class PlanEditPages {

	private final Plans plans;

	private final PlanEditing editing;

	private final PlanAccess access;

	private final AuditLog audit;

	private final vn.trienkhai.registry.RegistryIndicators registry;

	PlanEditPages(Plans plans, PlanEditing editing, PlanAccess access, AuditLog audit,
			vn.trienkhai.registry.RegistryIndicators registry) {
		this.registry = registry;
		this.plans = plans;
		this.editing = editing;
		this.access = access;
		this.audit = audit;
	}

	@PostMapping("/parents")
	String addParent(@PathVariable long id, @RequestParam(required = false) String number,
			@RequestParam(required = false) String issuedOn, RedirectAttributes redirect) {
		access.writable(id);
		try {
			editing.addParent(id, number, date(issuedOn));
			redirect.addFlashAttribute("flash", "plan.flash.parentAdded");
			redirect.addFlashAttribute("flashArgs", new Object[] { number.strip() });
		}
		catch (InvalidInputException e) {
			refuse(redirect, e);
		}
		return "redirect:/plans/" + id;
	}

	@PostMapping("/parents/{parentId}/remove")
	String removeParent(@PathVariable long id, @PathVariable long parentId, RedirectAttributes redirect) {
		access.writable(id);
		editing.removeParent(id, parentId);
		redirect.addFlashAttribute("flash", "plan.flash.parentRemoved");
		return "redirect:/plans/" + id;
	}

	@PostMapping("/status")
	String status(@PathVariable long id, @RequestParam String status, @RequestParam int rowVersion,
			RedirectAttributes redirect) {
		access.writable(id);
		PlanStatus to;
		try {
			to = PlanStatus.valueOf(status);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("plan.error.status");
		}
		editing.setStatus(id, to, rowVersion);
		redirect.addFlashAttribute("flash", "plan.flash.status");
		return "redirect:/plans/" + id;
	}

	@PostMapping("/delete")
	String delete(@PathVariable long id, @RequestParam int rowVersion, RedirectAttributes redirect) {
		Plan plan = access.writable(id);
		try {
			editing.delete(id, rowVersion);
		}
		catch (InvalidInputException e) {
			refuse(redirect, e);
			return "redirect:/plans/" + id;
		}
		redirect.addFlashAttribute("flash", "plan.flash.deleted");
		redirect.addFlashAttribute("flashArgs", new Object[] { plan.number() == null ? "" : plan.number() });
		return "redirect:/plans";
	}

	@GetMapping("/tasks/{taskId}/edit")
	String editTask(@PathVariable long id, @PathVariable long taskId, Model model) {
		Plan plan = access.writable(id);
		Task task = task(id, taskId);
		TaskForm form = TaskForm.of(task);
		return taskForm(plan, task, form, null, model);
	}

	@PostMapping("/tasks/{taskId}")
	String saveTask(@PathVariable long id, @PathVariable long taskId, TaskForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Plan plan = access.writable(id);
		Task task = task(id, taskId);
		if (form.getRowVersion() == null) {
			throw new InvalidInputException("plan.error.rowVersion");
		}
		LocalDate completedOn;
		try {
			completedOn = date(form.getCompletedOn());
		}
		catch (InvalidInputException e) {
			return taskForm(plan, task, form, e, model);
		}
		try {
			editing.updateTask(taskId, new PlanEditing.TaskChange(form.getText(), form.getLead(), form.coordinatorList(),
					TaskForm.normalDeadline(form.getDeadline()), form.getProgress(), completedOn), form.getRowVersion());
		}
		catch (InvalidInputException e) {
			return taskForm(plan, task, form, e, model);
		}
		catch (OptimisticLockingFailureException e) {
			// someone saved the task meanwhile: keep this person's values, show theirs is newer, let them decide
			Task now = task(id, taskId);
			form.setRowVersion(now.rowVersion());
			model.addAttribute("conflict", true);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return taskForm(plan, now, form, null, model);
		}
		redirect.addFlashAttribute("flash", "plan.flash.taskSaved");
		return "redirect:/plans/" + id + "#task-" + taskId;
	}

	@PostMapping("/tasks")
	String addTask(@PathVariable long id, TaskForm form, RedirectAttributes redirect) {
		access.writable(id);
		try {
			long task = editing.addTask(id, new PlanEditing.TaskChange(form.getText(), form.getLead(), form.coordinatorList(),
					TaskForm.normalDeadline(form.getDeadline()), "NOT_STARTED", null));
			redirect.addFlashAttribute("flash", "plan.flash.taskAdded");
			return "redirect:/plans/" + id + "#task-" + task;
		}
		catch (InvalidInputException e) {
			refuse(redirect, e);
			redirect.addFlashAttribute("newTask", form);
			return "redirect:/plans/" + id + "#task-add";
		}
	}

	@PostMapping("/targets")
	String addTarget(@PathVariable long id, @RequestParam(required = false) String goal,
			@RequestParam(defaultValue = "=") String comparator, @RequestParam(required = false) String value,
			@RequestParam(required = false) String valueMax, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String year, RedirectAttributes redirect) {
		access.writable(id);
		try {
			editing.addTarget(id, new PlanEditing.NewTarget(goal, comparator, decimal(value), decimal(valueMax), unit,
					year(year)));
			redirect.addFlashAttribute("flash", "plan.flash.targetAdded");
		}
		catch (InvalidInputException e) {
			refuse(redirect, e);
		}
		return "redirect:/plans/" + id + "#h-targets";
	}

	/** A non-negative number as officers write it; null for blank. */
	static java.math.BigDecimal decimal(String value) {
		try {
			return vn.trienkhai.platform.VietnameseInput.number(value);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("plan.error.target.value");
		}
	}

	static Integer year(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (!value.strip().matches("\\d{4}")) {
			throw new InvalidInputException("plan.error.target.year");
		}
		return Integer.parseInt(value.strip());
	}

	@GetMapping("/indicators/{indicatorId}")
	String indicator(@PathVariable long id, @PathVariable long indicatorId, Model model) {
		Plan plan = access.visible(id);
		return indicatorPage(plan, indicator(id, indicatorId), null, model);
	}

	@PostMapping("/indicators/{indicatorId}")
	String saveIndicator(@PathVariable long id, @PathVariable long indicatorId, @RequestParam(required = false) String name,
			@RequestParam(required = false) String unit, @RequestParam(defaultValue = "SUM") String aggregation,
			@RequestParam(required = false) Long numeratorId, @RequestParam(required = false) Long denominatorId,
			@RequestParam(required = false) Long weightId, @RequestParam(defaultValue = "HIGHER") String direction, @RequestParam(required = false) String baselineValue,
			@RequestParam(required = false) String baselineYear, @RequestParam(required = false) String dataSource,
			@RequestParam int rowVersion, Model model, RedirectAttributes redirect) {
		Plan plan = access.writable(id);
		vn.trienkhai.plan.Indicator current = indicator(id, indicatorId);
		vn.trienkhai.plan.Indicator change;
		try {
			change = new vn.trienkhai.plan.Indicator(indicatorId, current.orgUnitId(), name, unit, aggregation, numeratorId,
					denominatorId, weightId, direction, decimal(baselineValue), baselineYear == null || baselineYear.isBlank() ? null
							: yearOf(baselineYear), rowVersion, dataSource);
			editing.updateIndicator(change);
		}
		catch (InvalidInputException e) {
			return indicatorPage(plan, current, e, model);
		}
		redirect.addFlashAttribute("flash", "plan.flash.indicatorSaved");
		return "redirect:/plans/" + id + "#h-targets";
	}

	private static Integer yearOf(String value) {
		if (!value.strip().matches("\\d{4}")) {
			throw new InvalidInputException("plan.error.indicator.baselineYear");
		}
		return Integer.parseInt(value.strip());
	}

	/** The indicator, when a target of this plan is set on it (404 otherwise). */
	private vn.trienkhai.plan.Indicator indicator(long planId, long indicatorId) {
		if (plans.targets(planId).stream().noneMatch(t -> t.indicatorId() == indicatorId)) {
			throw new NotFoundException("indicator " + indicatorId + " of plan " + planId);
		}
		return plans.indicator(indicatorId).orElseThrow(() -> new NotFoundException("indicator " + indicatorId));
	}

	private String indicatorPage(Plan plan, vn.trienkhai.plan.Indicator indicator, InvalidInputException error, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("indicator", indicator);
		model.addAttribute("others", indicator.orgUnitId() == null ? List.of()
				: plans.indicatorsOf(indicator.orgUnitId()).stream().filter(i -> i.id() != indicator.id()).toList());
		model.addAttribute("canWrite", access.canWrite(plan));
		model.addAttribute("errorKey", error == null ? null : error.messageKey());
		model.addAttribute("errorArgs", error == null ? new Object[0] : error.args());
		model.addAttribute("aggregations", List.of("SUM", "AVERAGE", "WEIGHTED_AVERAGE", "MIN", "MAX", "RATIO"));
		// "reported in progress reports" (none) or one of the figures the biotechnology database computes
		model.addAttribute("sources", registry.sources());
		return "plan/indicator";
	}

	@GetMapping("/edit")
	String editHeader(@PathVariable long id, Model model) {
		Plan plan = access.writable(id);
		return header(plan, plan.number(), plan.kind(), plan.title(), plan.issuer(),
				plan.issuedOn() == null ? null : plan.issuedOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
				plan.place(), plan.rowVersion(), null, model);
	}

	@PostMapping("/edit")
	String saveHeader(@PathVariable long id, @RequestParam(required = false) String number,
			@RequestParam(defaultValue = "KE_HOACH") String kind, @RequestParam(required = false) String title,
			@RequestParam(required = false) String issuer, @RequestParam(required = false) String issuedOn,
			@RequestParam(required = false) String place, @RequestParam int rowVersion, Model model,
			RedirectAttributes redirect) {
		Plan plan = access.writable(id);
		try {
			editing.updateHeader(id, new PlanEditing.NewPlan(plan.orgUnitId(), number, kind, title, issuer, date(issuedOn)),
					place, rowVersion);
		}
		catch (InvalidInputException e) {
			return header(plan, number, kind, title, issuer, issuedOn, place, rowVersion, e, model);
		}
		redirect.addFlashAttribute("flash", "plan.flash.headerSaved");
		return "redirect:/plans/" + id;
	}

	private String header(Plan plan, String number, String kind, String title, String issuer, String issuedOn,
			String place, int rowVersion, InvalidInputException error, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("number", number);
		model.addAttribute("kind", kind);
		model.addAttribute("title", title);
		model.addAttribute("issuer", issuer);
		model.addAttribute("issuedOn", issuedOn);
		model.addAttribute("place", place);
		model.addAttribute("rowVersion", rowVersion);
		model.addAttribute("kinds", PlanEditing.KINDS);
		model.addAttribute("errorKey", error == null ? null : error.messageKey());
		model.addAttribute("errorArgs", error == null ? new Object[0] : error.args());
		return "plan/edit";
	}

	@PostMapping("/tasks/{taskId}/delete")
	String deleteTask(@PathVariable long id, @PathVariable long taskId, RedirectAttributes redirect) {
		access.writable(id);
		editing.deleteTask(id, taskId);
		redirect.addFlashAttribute("flash", "plan.flash.taskDeleted");
		return "redirect:/plans/" + id;
	}

	@PostMapping("/targets/{targetId}/delete")
	String deleteTarget(@PathVariable long id, @PathVariable long targetId, RedirectAttributes redirect) {
		access.writable(id);
		editing.deleteTarget(id, targetId);
		redirect.addFlashAttribute("flash", "plan.flash.targetDeleted");
		return "redirect:/plans/" + id + "#h-targets";
	}

	@GetMapping("/history")
	String history(@PathVariable long id, Model model) {
		Plan plan = access.visible(id);
		List<String> taskIds = new ArrayList<>();
		for (Task t : plans.tasks(id)) {
			taskIds.add(String.valueOf(t.id()));
		}
		List<AuditLog.Entry> entries = new ArrayList<>(audit.history(Plans.ENTITY_TYPE, List.of(String.valueOf(id)), 200));
		entries.addAll(audit.history("task", taskIds, 500));
		entries.sort((a, b) -> b.at().compareTo(a.at()));
		model.addAttribute("plan", plan);
		model.addAttribute("entries", entries);
		model.addAttribute("zone", PlanPages.VIETNAM);
		return "plan/history";
	}

	private Task task(long planId, long taskId) {
		return plans.tasks(planId).stream().filter(t -> t.id() == taskId).findFirst()
			.orElseThrow(() -> new NotFoundException("task " + taskId + " of plan " + planId));
	}

	private String taskForm(Plan plan, Task task, TaskForm form, InvalidInputException error, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("task", task);
		model.addAttribute("taskForm", form);
		model.addAttribute("errorKey", error == null ? null : error.messageKey());
		model.addAttribute("errorArgs", error == null ? new Object[0] : error.args());
		model.addAttribute("progresses", List.of("NOT_STARTED", "IN_PROGRESS", "DONE", "CANCELLED"));
		return "plan/task-form";
	}

	private static void refuse(RedirectAttributes redirect, InvalidInputException e) {
		redirect.addFlashAttribute("errorKey", e.messageKey());
		redirect.addFlashAttribute("errorArgs", e.args());
	}

	/** A day as officers type it (30/4/2024) or ISO, 1945–2100; null for blank. */
	static LocalDate date(String value) {
		try {
			return vn.trienkhai.platform.VietnameseInput.day(value);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("plan.error.date");
		}
	}

}
