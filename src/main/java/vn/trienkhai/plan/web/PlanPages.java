package vn.trienkhai.plan.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.Plans;
import vn.trienkhai.plan.Target;
import vn.trienkhai.plan.Task;
import vn.trienkhai.plan.TaskLinks;
import vn.trienkhai.plan.TaskStatus;
import vn.trienkhai.plan.link.TaskSimilarity;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.NotFoundException;

/**
 * The plan pages: the plans within the user's scope, a plan with its tasks grouped by lead agency, targets,
 * parents and children; the cascade from the top documents down; a plan's coverage (which units below have
 * not issued a plan implementing it).
 */
@Controller
@RequestMapping("/plans")
class PlanPages {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final Plans plans;

	private final PlanAccess access;

	private final TaskLinks links;

	private final vn.trienkhai.plan.PlanEditing editing;

	private final vn.trienkhai.registry.RegistryIndicators registry;

	PlanPages(Plans plans, PlanAccess access, TaskLinks links, vn.trienkhai.plan.PlanEditing editing,
			vn.trienkhai.registry.RegistryIndicators registry) {
		this.registry = registry;
		this.editing = editing;
		this.plans = plans;
		this.access = access;
		this.links = links;
	}

	/**
	 * Confirms or rejects that a task carries out a parent task (a suggestion, or a link the person picks);
	 * coordinators and administrators of the child plan's unit.
	 */
	@PostMapping("/{id}/tasks/{taskId}/links/{parentTaskId}")
	String decide(@PathVariable long id, @PathVariable long taskId, @PathVariable long parentTaskId,
			@RequestParam String decision, RedirectAttributes redirect) {
		Plan plan = access.writable(id);
		if (plans.tasks(plan.id()).stream().noneMatch(t -> t.id() == taskId)) {
			throw new NotFoundException("task " + taskId + " of plan " + id);
		}
		if (!decision.equals("confirm") && !decision.equals("reject")) {
			throw new InvalidInputException("plan.error.link.decision");
		}
		links.decide(taskId, parentTaskId, decision.equals("confirm"));
		redirect.addFlashAttribute("flash", decision.equals("confirm") ? "plan.flash.linkConfirmed" : "plan.flash.linkRejected");
		return "redirect:/plans/" + id + "#task-" + taskId;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("plans", plans.within(CurrentUser.get().orgUnitId(), 500));
		model.addAttribute("above", plans.above(CurrentUser.get().orgUnitId(), 100));
		model.addAttribute("canCreate", access.isWriter());
		return "plan/list";
	}

	@GetMapping("/new")
	String newPlan(Model model) {
		access.requireWriter();
		model.addAttribute("unit", CurrentUser.get().orgUnitId());
		model.addAttribute("unitLabel", access.unitLabel(CurrentUser.get().orgUnitId()));
		model.addAttribute("kinds", vn.trienkhai.plan.PlanEditing.KINDS);
		return "plan/new";
	}

	@PostMapping
	String create(@RequestParam(required = false) Long unit, @RequestParam(required = false) String number,
			@RequestParam(defaultValue = "KE_HOACH") String kind, @RequestParam(required = false) String title,
			@RequestParam(required = false) String issuer, @RequestParam(required = false) String issuedOn, Model model,
			RedirectAttributes redirect) {
		access.requireWriter();
		long unitId = unit != null ? unit : CurrentUser.get().orgUnitId();
		if (!access.mayWriteIn(unitId)) {
			throw new vn.trienkhai.platform.OutOfScopeException("org unit " + unitId);
		}
		try {
			long id = editing.create(new vn.trienkhai.plan.PlanEditing.NewPlan(unitId, number, kind, title, issuer, PlanEditPages.date(issuedOn)));
			redirect.addFlashAttribute("flash", "plan.flash.created");
			return "redirect:/plans/" + id;
		}
		catch (InvalidInputException e) {
			model.addAttribute("errorKey", e.messageKey());
			model.addAttribute("errorArgs", e.args());
			model.addAttribute("unit", unitId);
			model.addAttribute("unitLabel", access.unitLabel(unitId));
			model.addAttribute("kinds", vn.trienkhai.plan.PlanEditing.KINDS);
			model.addAttribute("number", number);
			model.addAttribute("title", title);
			model.addAttribute("issuer", issuer);
			model.addAttribute("issuedOn", issuedOn);
			model.addAttribute("kind", kind);
			return "plan/new";
		}
	}

	/** From a confirmed import to its plan (the import pages link here without knowing this module). */
	@GetMapping("/of-document/{documentId}")
	String ofDocument(@PathVariable long documentId) {
		Plan plan = plans.ofDocument(documentId).orElseThrow(() -> new NotFoundException("plan of " + documentId));
		access.visible(plan.id());
		return "redirect:/plans/" + plan.id();
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Plan plan = access.visible(id);
		LocalDate today = LocalDate.now(VIETNAM);
		List<Task> tasks = plans.tasks(id);
		// tasks by lead agency, in the order the plan first names each; a task without a lead stands apart
		Map<String, List<Task>> byLead = new LinkedHashMap<>();
		for (Task t : tasks) {
			if (t.leads().isEmpty()) {
				byLead.computeIfAbsent("", k -> new ArrayList<>()).add(t);
			}
			else {
				byLead.computeIfAbsent(t.leadNames(), k -> new ArrayList<>()).add(t);
			}
		}
		Map<TaskStatus, Integer> counts = new LinkedHashMap<>();
		for (TaskStatus s : TaskStatus.values()) {
			counts.put(s, 0);
		}
		Map<Long, TaskStatus> statuses = new LinkedHashMap<>();
		for (Task t : tasks) {
			TaskStatus s = t.status(today);
			statuses.put(t.id(), s);
			counts.merge(s, 1, Integer::sum);
		}
		model.addAttribute("plan", plan);
		model.addAttribute("unitLabel", access.unitLabel(plan.orgUnitId()));
		List<Plan> parents = plans.parents(id);
		// a parent outside what the user may read shows its number only, and its tasks' texts not at all
		Map<Long, Boolean> readable = new LinkedHashMap<>();
		for (Plan p : parents) {
			readable.put(p.id(), access.isVisible(p));
		}
		model.addAttribute("parents", parents);
		model.addAttribute("readable", readable);
		model.addAttribute("children", plans.children(id).stream().filter(access::isVisible).toList());
		model.addAttribute("tasksByLead", byLead);
		model.addAttribute("taskCount", tasks.size());
		model.addAttribute("statuses", statuses);
		model.addAttribute("statusCounts", counts);
		List<Target> targets = plans.targets(id);
		Map<Long, String> values = new LinkedHashMap<>();
		for (Target t : targets) {
			values.put(t.id(), t.valueMax() == null ? number(t.value()) : number(t.value()) + "–" + number(t.valueMax()));
		}
		model.addAttribute("targets", targets);
		model.addAttribute("targetValues", values);
		model.addAttribute("targetSources", sourceLabels(targets));
		model.addAttribute("comparatorKeys", COMPARATOR_KEYS);
		model.addAttribute("sections", plans.sections(id));
		Map<Long, List<TaskLinks.Link>> taskLinks = new LinkedHashMap<>();
		links.ofPlan(id).forEach((task, list) -> taskLinks.put(task, list.stream()
			.map(l -> Boolean.TRUE.equals(readable.get(l.parentPlanId())) ? l
					: new TaskLinks.Link(l.childTaskId(), l.parentTaskId(), l.parentPlanId(), l.parentPlanNumber(), null,
							l.score(), l.status()))
			.toList()));
		model.addAttribute("links", taskLinks);
		model.addAttribute("parentTargets", parentTargets(id, targets));
		model.addAttribute("canWrite", access.canWrite(plan));
		Map<Long, List<Long>> carrying = links.unitsCarryingOut(id);
		model.addAttribute("carriedOut", carrying);
		return "plan/detail";
	}

	@GetMapping("/{id}/coverage")
	String coverage(@PathVariable long id, Model model) {
		Plan plan = access.visible(id);
		List<Plans.UnitCoverage> units = plan.orgUnitId() == null ? List.of() : plans.coverage(id);
		// a reader from below (a commune reading its province's plan) sees its own part only, not its siblings'
		if (plan.orgUnitId() != null && !access.contains(plan.orgUnitId())) {
			units = units.stream().filter(u -> access.contains(u.orgUnitId())).toList();
		}
		long without = units.stream().filter(u -> u.plans() == 0).count();
		model.addAttribute("plan", plan);
		model.addAttribute("unitLabel", access.unitLabel(plan.orgUnitId()));
		model.addAttribute("units", units);
		model.addAttribute("without", without);
		model.addAttribute("children", plans.children(id).stream().filter(access::isVisible).toList());
		// which of its tasks the units below have taken up (confirmed links), and where
		Map<Long, List<Long>> carrying = links.unitsCarryingOut(id);
		List<TaskUptake> uptake = new ArrayList<>();
		for (Task t : plans.tasks(id)) {
			List<String> where = new ArrayList<>();
			for (Long u : carrying.getOrDefault(t.id(), List.of())) {
				if (access.contains(u) || access.contains(plan.orgUnitId() == null ? u : plan.orgUnitId())) {
					where.add(access.unitLabel(u));
				}
			}
			uptake.add(new TaskUptake(t, where));
		}
		model.addAttribute("uptake", uptake);
		return "plan/coverage";
	}

	/** A task of the plan and the units below whose plans carry it out. */
	record TaskUptake(Task task, List<String> units) {
	}

	@GetMapping("/cascade")
	String cascade(Model model) {
		List<Node> roots = new ArrayList<>();
		for (Plan root : plans.roots()) {
			Node node = node(root, new ArrayList<>(), 0);
			if (node != null) {
				roots.add(node);
			}
		}
		model.addAttribute("roots", roots);
		return "plan/cascade";
	}

	/** A plan in the cascade tree with the visible plans implementing it. */
	record Node(Plan plan, String unitLabel, boolean visible, List<Node> children) {
	}

	/**
	 * The name (message key) of the biotechnology database's figure each target's indicator is tracked from, by
	 * indicator; indicators reported by units are absent.
	 */
	private Map<Long, String> sourceLabels(List<Target> targets) {
		Map<String, String> labels = new java.util.HashMap<>();
		registry.sources().forEach(s -> labels.put(s.code(), s.labelKey()));
		Map<Long, String> out = new java.util.HashMap<>();
		for (Long id : targets.stream().map(Target::indicatorId).distinct().toList()) {
			plans.indicator(id).map(vn.trienkhai.plan.Indicator::dataSource).map(labels::get)
				.ifPresent(key -> out.put(id, key));
		}
		return out;
	}

	/** A parent plan's target and this plan's targets that serve it (matched by the wording of the goals). */
	record ServedTarget(Plan parent, Target target, String value, List<Target> served) {
	}

	/** The parents' targets, each with the child targets whose goal reads most like it. */
	private List<ServedTarget> parentTargets(long planId, List<Target> own) {
		List<ServedTarget> out = new ArrayList<>();
		List<TaskSimilarity.Text> mine = new ArrayList<>();
		for (Target t : own) {
			mine.add(new TaskSimilarity.Text(t.id(), t.goal()));
		}
		for (Plan parent : plans.parents(planId)) {
			if (parent.isPlaceholder() || !access.isVisible(parent)) {
				continue;
			}
			List<Target> theirs = plans.targets(parent.id());
			List<TaskSimilarity.Text> texts = new ArrayList<>();
			for (Target t : theirs) {
				texts.add(new TaskSimilarity.Text(t.id(), t.goal()));
			}
			Map<Long, List<Target>> served = new LinkedHashMap<>();
			for (TaskSimilarity.Suggestion s : TaskSimilarity.suggest(mine, texts, 1, TARGET_MATCH)) {
				Target child = own.stream().filter(t -> t.id() == s.childId()).findFirst().orElseThrow();
				served.computeIfAbsent(s.parentId(), k -> new ArrayList<>()).add(child);
			}
			for (Target t : theirs) {
				String value = t.valueMax() == null ? number(t.value()) : number(t.value()) + "–" + number(t.valueMax());
				out.add(new ServedTarget(parent, t, value, served.getOrDefault(t.id(), List.of())));
			}
		}
		return out;
	}

	/** Goals are short: a lower bar than for tasks still keeps unrelated goals apart. */
	static final double TARGET_MATCH = 0.15;

	private static final int MAX_DEPTH = 8;

	/** Message key suffixes of the comparators (keys cannot hold "=" or "&lt;"). */
	static final Map<String, String> COMPARATOR_KEYS;

	static {
		Map<String, String> m = new LinkedHashMap<>();
		String[] pairs = { "=", "eq", "approx", "approx", ">=", "ge", ">", "gt", "<=", "le", "<", "lt", "range", "range" };
		for (int i = 0; i < pairs.length; i += 2) {
			m.put(pairs[i], pairs[i + 1]);
		}
		COMPARATOR_KEYS = java.util.Collections.unmodifiableMap(m);
	}

	/** A number the Vietnamese way: 1.250,5. */
	static String number(java.math.BigDecimal n) {
		java.text.DecimalFormatSymbols symbols = new java.text.DecimalFormatSymbols();
		symbols.setGroupingSeparator('.');
		symbols.setDecimalSeparator(',');
		java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.##########", symbols);
		return format.format(n);
	}

	private Node node(Plan plan, List<Long> path, int depth) {
		List<Node> children = new ArrayList<>();
		if (depth < MAX_DEPTH && !path.contains(plan.id())) {
			List<Long> here = new ArrayList<>(path);
			here.add(plan.id());
			for (Plan child : plans.children(plan.id())) {
				Node n = node(child, here, depth + 1);
				if (n != null) {
					children.add(n);
				}
			}
		}
		// a plan outside the scope is left out, unless plans of the scope hang below it
		boolean visible = access.isVisible(plan);
		if (!visible && children.isEmpty()) {
			return null;
		}
		return new Node(plan, visible ? access.unitLabel(plan.orgUnitId()) : null, visible, children);
	}

}
