package vn.trienkhai.plan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.trienkhai.plan.Deadline;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.Plans;
import vn.trienkhai.plan.Target;
import vn.trienkhai.plan.Task;
import vn.trienkhai.plan.TaskLinks;
import vn.trienkhai.plan.TaskStatus;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.NotFoundException;

/**
 * The plans as JSON, scoped exactly like the pages ({@link PlanAccess}): {@code GET /api/plans?q=&limit=},
 * {@code GET /api/plans/{id}}, {@code …/tasks}, {@code …/targets}, {@code …/coverage}, {@code GET
 * /api/plans/cascade}, and {@code POST /api/plans/{id}/tasks/{taskId}/links/{parentTaskId}} with
 * {@code {"decision":"confirm"|"reject"}} (the rules of {@link PlanPages#decide}). Task statuses are for today
 * in Vietnam.
 */
@RestController
@RequestMapping("/api/plans")
class PlanApi {

	static final int MAX_LIMIT = 500;

	/** A plan in a list. */
	record PlanSummary(long id, String number, String kind, String title, LocalDate issuedOn, String status,
			boolean placeholder, Long orgUnitId, String unitName) {
	}

	/** A plan another one implements or is implemented by. */
	record PlanRef(long id, String number, boolean placeholder) {
	}

	/** How many of a plan's items there are; tasks by their status today. */
	record Counts(int tasks, int targets, int sections, int children, Map<TaskStatus, Integer> taskStatuses) {
	}

	/** One plan with the plans around it. */
	record PlanDetail(long id, String number, String kind, String issuer, String title, LocalDate issuedOn,
			String place, String status, boolean placeholder, Long orgUnitId, String unitName, Long importedDocumentId,
			List<Integer> horizonYears, boolean canWrite, List<PlanRef> parents, List<PlanRef> children,
			Counts counts) {
	}

	record AgencyRef(long id, String name, long orgUnitId) {
	}

	record DeadlineView(String kind, LocalDate date, Integer month, Integer day) {
	}

	/** A link of a task to a parent task it carries out (suggested or confirmed; rejected ones are left out). */
	record LinkView(long parentTaskId, long parentPlanId, String parentPlanNumber, double score, String status) {
	}

	/**
	 * One task.
	 *
	 * @param status computed for today (Asia/Ho_Chi_Minh) from progress and deadline
	 * @param unitsCarryingOut how many units below have a confirmed task carrying this one out
	 */
	record TaskView(long id, String section, int position, String text, String product, List<AgencyRef> leads,
			List<AgencyRef> coordinators, DeadlineView deadline, String progress, LocalDate completedOn,
			TaskStatus status, List<LinkView> links, int unitsCarryingOut) {
	}

	record TargetView(long id, long indicatorId, String indicator, String unit, String goal, Integer year,
			String comparator, BigDecimal value, BigDecimal valueMax, String quote) {
	}

	record UnitView(long orgUnitId, String name, int plans) {
	}

	/** The units directly below a plan's unit; {@code without} of them have issued no plan implementing it. */
	record CoverageView(long planId, int units, long without, List<UnitView> coverage) {
	}

	/** A plan in the cascade; one outside the caller's scope shows only its number (and plans below it). */
	record CascadeNode(long id, String number, String kind, LocalDate issuedOn, boolean placeholder, boolean visible,
			String unitName, List<CascadeNode> children) {
	}

	/** The body of a link decision. */
	record Decision(String decision) {
	}

	record DecisionResult(long taskId, long parentTaskId, String status) {
	}

	private final Plans plans;

	private final PlanAccess access;

	private final TaskLinks links;

	PlanApi(Plans plans, PlanAccess access, TaskLinks links) {
		this.plans = plans;
		this.access = access;
		this.links = links;
	}

	/** The plans of the units within the caller's scope, newest first; {@code limit} is held to 1..500. */
	@GetMapping
	List<PlanSummary> list(@RequestParam(required = false) String q,
			@RequestParam(defaultValue = "" + MAX_LIMIT) int limit) {
		int bounded = Math.max(1, Math.min(MAX_LIMIT, limit));
		return plans.within(CurrentUser.get().orgUnitId(), q, bounded).stream().map(this::summary).toList();
	}

	@GetMapping("/{id}")
	PlanDetail one(@PathVariable long id) {
		Plan plan = access.visible(id);
		LocalDate today = LocalDate.now(PlanPages.VIETNAM);
		List<Task> tasks = plans.tasks(id);
		Map<TaskStatus, Integer> statuses = new LinkedHashMap<>();
		for (TaskStatus s : TaskStatus.values()) {
			statuses.put(s, 0);
		}
		tasks.forEach(t -> statuses.merge(t.status(today), 1, Integer::sum));
		List<PlanRef> parents = plans.parents(id).stream().map(PlanApi::ref).toList();
		List<PlanRef> children = plans.children(id).stream().filter(access::isVisible).map(PlanApi::ref).toList();
		Counts counts = new Counts(tasks.size(), plans.targets(id).size(), plans.sections(id).size(), children.size(),
				statuses);
		return new PlanDetail(plan.id(), plan.number(), plan.kind(), plan.issuer(), plan.title(), plan.issuedOn(),
				plan.place(), plan.status().name(), plan.isPlaceholder(), plan.orgUnitId(),
				access.unitLabel(plan.orgUnitId()), plan.importedDocumentId(), plan.horizonYears(), access.canWrite(plan),
				parents, children, counts);
	}

	@GetMapping("/{id}/tasks")
	List<TaskView> tasks(@PathVariable long id) {
		access.visible(id);
		LocalDate today = LocalDate.now(PlanPages.VIETNAM);
		Map<Long, List<TaskLinks.Link>> byTask = links.ofPlan(id);
		Map<Long, List<Long>> carrying = links.unitsCarryingOut(id);
		List<TaskView> out = new ArrayList<>();
		for (Task t : plans.tasks(id)) {
			Deadline d = t.deadline();
			out.add(new TaskView(t.id(), t.section(), t.position(), t.text(), t.product(), agencies(t.leads()),
					agencies(t.coordinators()), new DeadlineView(d.kind(), d.date(), d.month(), d.day()), t.progress(),
					t.completedOn(), t.status(today),
					byTask.getOrDefault(t.id(), List.of()).stream()
						.map(l -> new LinkView(l.parentTaskId(), l.parentPlanId(), l.parentPlanNumber(), l.score(),
								l.status()))
						.toList(),
					carrying.getOrDefault(t.id(), List.of()).size()));
		}
		return out;
	}

	@GetMapping("/{id}/targets")
	List<TargetView> targets(@PathVariable long id) {
		access.visible(id);
		return plans.targets(id).stream().map(PlanApi::target).toList();
	}

	@GetMapping("/{id}/coverage")
	CoverageView coverage(@PathVariable long id) {
		Plan plan = access.visible(id);
		List<UnitView> units = plan.orgUnitId() == null ? List.of()
				: plans.coverage(id).stream()
					// a reader from below sees its own part only, not its siblings'
					.filter(u -> access.contains(plan.orgUnitId()) || access.contains(u.orgUnitId()))
					.map(u -> new UnitView(u.orgUnitId(), u.name(), u.plans())).toList();
		return new CoverageView(plan.id(), units.size(), units.stream().filter(u -> u.plans() == 0).count(), units);
	}

	/** The tops of the cascade with the plans implementing them, nested; as the cascade page shows it. */
	@GetMapping("/cascade")
	List<CascadeNode> cascade() {
		List<CascadeNode> roots = new ArrayList<>();
		for (Plan root : plans.roots()) {
			CascadeNode node = node(root, new ArrayList<>(), 0);
			if (node != null) {
				roots.add(node);
			}
		}
		return roots;
	}

	/**
	 * Confirms or rejects that a task of this plan carries out a parent task: coordinators and administrators
	 * of the plan's unit (as on the plan page).
	 */
	@PostMapping("/{id}/tasks/{taskId}/links/{parentTaskId}")
	DecisionResult decide(@PathVariable long id, @PathVariable long taskId, @PathVariable long parentTaskId,
			@RequestBody Decision body) {
		Plan plan = access.writable(id);
		if (plans.tasks(plan.id()).stream().noneMatch(t -> t.id() == taskId)) {
			throw new NotFoundException("task " + taskId + " of plan " + id);
		}
		String decision = body == null ? null : body.decision();
		if (!"confirm".equals(decision) && !"reject".equals(decision)) {
			throw new InvalidInputException("plan.error.link.decision");
		}
		boolean confirm = decision.equals("confirm");
		links.decide(taskId, parentTaskId, confirm);
		return new DecisionResult(taskId, parentTaskId, confirm ? "CONFIRMED" : "REJECTED");
	}

	private static final int MAX_DEPTH = 8;

	private CascadeNode node(Plan plan, List<Long> path, int depth) {
		List<CascadeNode> children = new ArrayList<>();
		if (depth < MAX_DEPTH && !path.contains(plan.id())) {
			List<Long> here = new ArrayList<>(path);
			here.add(plan.id());
			for (Plan child : plans.children(plan.id())) {
				CascadeNode n = node(child, here, depth + 1);
				if (n != null) {
					children.add(n);
				}
			}
		}
		boolean visible = access.isVisible(plan);
		if (!visible && children.isEmpty()) {
			return null;
		}
		if (!visible) {
			return new CascadeNode(plan.id(), plan.number(), null, null, false, false, null, children);
		}
		return new CascadeNode(plan.id(), plan.number(), plan.kind(), plan.issuedOn(), plan.isPlaceholder(), true,
				access.unitLabel(plan.orgUnitId()), children);
	}

	private PlanSummary summary(Plan p) {
		return new PlanSummary(p.id(), p.number(), p.kind(), p.title(), p.issuedOn(), p.status().name(),
				p.isPlaceholder(), p.orgUnitId(), access.unitLabel(p.orgUnitId()));
	}

	private static PlanRef ref(Plan p) {
		return new PlanRef(p.id(), p.number(), p.isPlaceholder());
	}

	private static List<AgencyRef> agencies(List<Task.Assignee> assignees) {
		return assignees.stream().map(a -> new AgencyRef(a.agencyId(), a.name(), a.orgUnitId())).toList();
	}

	private static TargetView target(Target t) {
		return new TargetView(t.id(), t.indicatorId(), t.indicatorName(), t.unit(), t.goal(), t.year(), t.comparator(),
				t.value(), t.valueMax(), t.quote());
	}

}
