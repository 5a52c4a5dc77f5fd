package vn.trienkhai.monitoring.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.trienkhai.monitoring.MonitoringComments;
import vn.trienkhai.monitoring.ReportingRounds;
import vn.trienkhai.monitoring.Round;
import vn.trienkhai.monitoring.TaskStatistics;
import vn.trienkhai.orgunit.OrgUnit;
import vn.trienkhai.orgunit.OrgUnits;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.Plans;
import vn.trienkhai.plan.Task;
import vn.trienkhai.plan.TaskStatus;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.OutOfScopeException;

/**
 * Dashboards: of a plan ({@code /plans/{id}/dashboard}) — tasks by status, the overdue ones, each target
 * against its trajectory, completeness per round, the units below; and of an org unit
 * ({@code /dashboard/units/{id}}) — the tasks of every plan in its subtree by status, per child unit to drill
 * down. Overseers read the same and comment.
 */
@Controller
class DashboardPages {


	/** Rounds shown in the completeness chart: the latest ones begun. */
	static final int ROUNDS_SHOWN = 12;

	private final MonitoringAccess access;

	private final Plans plans;

	private final ReportingRounds rounds;

	private final TaskStatistics statistics;

	private final IndicatorCards cards;

	private final MonitoringComments comments;

	private final OrgUnits orgUnits;

	private final RoundLabels labels;

	DashboardPages(MonitoringAccess access, Plans plans, ReportingRounds rounds, TaskStatistics statistics,
			IndicatorCards cards, MonitoringComments comments, OrgUnits orgUnits, RoundLabels labels) {
		this.access = access;
		this.plans = plans;
		this.rounds = rounds;
		this.statistics = statistics;
		this.cards = cards;
		this.comments = comments;
		this.orgUnits = orgUnits;
		this.labels = labels;
	}

	record RoundCompleteness(Round round, ReportingRounds.Completeness completeness) {
	}

	record ChildRow(OrgUnit unit, Map<TaskStatus, Integer> tasks, int total) {

		public int doneOnTime() {
			return tasks.get(TaskStatus.DONE_ON_TIME);
		}

		public int doneLate() {
			return tasks.get(TaskStatus.DONE_LATE);
		}

		public int open() {
			return tasks.get(TaskStatus.OPEN_WITHIN_DEADLINE) + tasks.get(TaskStatus.IN_PROGRESS);
		}

		public int overdue() {
			return tasks.get(TaskStatus.OVERDUE);
		}

	}

	@GetMapping("/plans/{id}/dashboard")
	String plan(@PathVariable long id, Model model) {
		Plan plan = access.visiblePlan(id);
		LocalDate today = ReportingRounds.today();
		List<Task> tasks = plans.tasks(id);
		Map<TaskStatus, Integer> byStatus = TaskStatistics.count(tasks, today);
		List<Task> overdue = tasks.stream().filter(t -> t.status(today) == TaskStatus.OVERDUE).toList();
		List<RoundCompleteness> completeness = new ArrayList<>();
		List<Round> begun = rounds.ofPlan(id).stream().filter(r -> r.hasBegun(today)).toList();
		for (Round r : begun.subList(Math.max(0, begun.size() - ROUNDS_SHOWN), begun.size())) {
			completeness.add(new RoundCompleteness(r,
					ReportingRounds.Completeness.of(access.visible(rounds.standings(r.id(), today)))));
		}
		model.addAttribute("plan", plan);
		model.addAttribute("byStatus", byStatus);
		model.addAttribute("taskTotal", tasks.size());
		model.addAttribute("overdue", overdue);
		model.addAttribute("cards", cards.of(plan, today));
		model.addAttribute("completeness", completeness);
		model.addAttribute("statusChart", statusChart(byStatus));
		model.addAttribute("completenessChart", completenessChart(completeness));
		model.addAttribute("children", children(plan.orgUnitId(), today));
		model.addAttribute("comments", comments.ofPlan(id));
		model.addAttribute("mayComment", access.mayComment(plan));
		model.addAttribute("zone", ReportingRounds.ZONE);
		return "monitoring/plan-dashboard";
	}

	@PostMapping("/plans/{id}/comments")
	String comment(@PathVariable long id, @RequestParam String body, RedirectAttributes redirect) {
		Plan plan = access.visiblePlan(id);
		if (!access.mayComment(plan)) {
			throw new OutOfScopeException("comments on plan " + id);
		}
		try {
			comments.add(id, null, body);
			redirect.addFlashAttribute("flash", "monitoring.flash.commented");
		}
		catch (InvalidInputException e) {
			RoundPages.error(redirect, e);
		}
		return "redirect:/plans/" + id + "/dashboard#comments";
	}

	@GetMapping("/dashboard")
	String mine() {
		return "redirect:/dashboard/units/" + CurrentUser.get().orgUnitId();
	}

	@GetMapping("/dashboard/units/{unitId}")
	String unit(@PathVariable long unitId, Model model) {
		OrgUnit unit = orgUnits.get(unitId);
		if (!orgUnits.isWithin(unitId, CurrentUser.get().orgUnitId())) {
			throw new OutOfScopeException("org unit " + unitId);
		}
		LocalDate today = ReportingRounds.today();
		Map<TaskStatus, Integer> byStatus = statistics.ofUnit(unitId, today);
		model.addAttribute("unit", unit);
		model.addAttribute("ancestors", orgUnits.ancestors(unitId).stream()
			.filter(a -> orgUnits.isWithin(a.id(), CurrentUser.get().orgUnitId())).toList());
		model.addAttribute("byStatus", byStatus);
		model.addAttribute("taskTotal", byStatus.values().stream().mapToInt(Integer::intValue).sum());
		model.addAttribute("statusChart", statusChart(byStatus));
		model.addAttribute("children", children(unitId, today));
		List<Plan> inScope = plans.within(unitId, 50).stream().filter(p -> !p.isPlaceholder()).toList();
		model.addAttribute("plans", inScope);
		// the targets of the plans this unit issued itself, rolled up over its subtree
		List<IndicatorCards.Card> own = new ArrayList<>();
		for (Plan p : inScope) {
			if (p.orgUnitId() != null && p.orgUnitId() == unitId) {
				own.addAll(cards.of(p, today));
			}
		}
		model.addAttribute("cards", own);
		List<ReportingRounds.TimelinessRate> byUnit = rounds.timelinessByUnit(unitId, today);
		model.addAttribute("timelinessUnits", byUnit);
		model.addAttribute("timelinessLevels", rounds.timelinessByLevel(unitId, today));
		model.addAttribute("unitNames", orgUnits.qualifiedNames(byUnit.stream().map(ReportingRounds.TimelinessRate::unitId).toList()));
		return "monitoring/unit-dashboard";
	}

	private List<ChildRow> children(long unitId, LocalDate today) {
		Map<Long, Map<TaskStatus, Integer>> stats = statistics.ofChildren(unitId, today);
		// a commune reading its province's plan sees its own row, not its neighbours'
		java.util.Set<Long> mine = access.inScope(stats.keySet());
		List<ChildRow> out = new ArrayList<>();
		for (OrgUnit c : orgUnits.children(unitId)) {
			Map<TaskStatus, Integer> s = stats.get(c.id());
			if (s != null && mine.contains(c.id())) {
				out.add(new ChildRow(c, s, s.values().stream().mapToInt(Integer::intValue).sum()));
			}
		}
		return out;
	}

	private static String statusChart(Map<TaskStatus, Integer> byStatus) {
		Map<String, Integer> data = new LinkedHashMap<>();
		byStatus.forEach((k, v) -> data.put(k.name(), v));
		return JsonBlocks.of(data);
	}

	private String completenessChart(List<RoundCompleteness> rows) {
		List<Map<String, Object>> out = new ArrayList<>();
		for (RoundCompleteness r : rows) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("label", labels.of(r.round()));
			m.put("onTime", r.completeness().onTime());
			m.put("late", r.completeness().late());
			m.put("missing", r.completeness().missing());
			m.put("notDue", r.completeness().notDue());
			out.add(m);
		}
		return JsonBlocks.of(out);
	}

}
