package vn.trienkhai.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.trienkhai.audit.AuditLog;
import vn.trienkhai.plan.link.TaskSimilarity;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.NotFoundException;

/**
 * Which parent task a child task carries out. The system suggests links by the similarity of the task texts
 * ({@link TaskSimilarity}) when a plan is linked to a parent that has tasks; a person confirms or rejects each.
 * A rejected suggestion is not suggested again.
 */
@Service
public class TaskLinks {

	/** Suggestions kept per child task. */
	static final int PER_TASK = 3;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	TaskLinks(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** A link as the plan page shows it. */
	public record Link(long childTaskId, long parentTaskId, long parentPlanId, String parentPlanNumber,
			String parentTaskText, double score, String status) {
	}

	/** Suggests links from every task of {@code childPlan} to the tasks of {@code parentPlan}; how many. */
	@Transactional
	public int suggest(long childPlan, long parentPlan) {
		List<TaskSimilarity.Text> children = texts(childPlan);
		List<TaskSimilarity.Text> parents = texts(parentPlan);
		if (children.isEmpty() || parents.isEmpty()) {
			return 0;
		}
		int n = 0;
		for (TaskSimilarity.Suggestion s : TaskSimilarity.suggest(children, parents, PER_TASK,
				TaskSimilarity.DEFAULT_MIN_SCORE)) {
			n += jdbc.sql("""
					insert into task_link (child_task_id, parent_task_id, score, status) values (:child, :parent, :score, 'SUGGESTED')
					on conflict do nothing
					""")
				.param("child", s.childId())
				.param("parent", s.parentId())
				.param("score", s.score())
				.update();
		}
		return n;
	}

	/** Suggests links for a plan against each of its parents, and for each of its children against it. */
	@Transactional
	public int suggestAround(long plan) {
		int n = 0;
		for (Long parent : jdbc.sql("select parent_id from plan_parent where plan_id = :p").param("p", plan)
			.query(Long.class).list()) {
			n += suggest(plan, parent);
		}
		for (Long child : jdbc.sql("select plan_id from plan_parent where parent_id = :p").param("p", plan)
			.query(Long.class).list()) {
			n += suggest(child, plan);
		}
		return n;
	}

	private List<TaskSimilarity.Text> texts(long plan) {
		return jdbc.sql("select id, text from task where plan_id = :plan order by position")
			.param("plan", plan)
			.query((rs, i) -> new TaskSimilarity.Text(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** The links of a plan's tasks to parent tasks, not the rejected ones: by child task, best first. */
	public Map<Long, List<Link>> ofPlan(long plan) {
		Map<Long, List<Link>> out = new LinkedHashMap<>();
		jdbc.sql("""
				select l.child_task_id, l.parent_task_id, pt.plan_id, pp.number, pt.text, l.score, l.status
				  from task_link l join task ct on ct.id = l.child_task_id
				  join task pt on pt.id = l.parent_task_id join plan pp on pp.id = pt.plan_id
				 where ct.plan_id = :plan and l.status <> 'REJECTED'
				 order by l.child_task_id, l.status = 'CONFIRMED' desc, l.score desc
				""")
			.param("plan", plan)
			.query((rs, i) -> new Link(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
					rs.getDouble(6), rs.getString(7)))
			.list()
			.forEach(l -> out.computeIfAbsent(l.childTaskId(), k -> new ArrayList<>()).add(l));
		return out;
	}

	/** Confirms or rejects a link (a suggested one, or one a person adds); audited. */
	@Transactional
	public void decide(long childTask, long parentTask, boolean confirm) {
		Long childPlan = planOf(childTask);
		Long parentPlan = planOf(parentTask);
		Integer linked = jdbc.sql("select count(*) from plan_parent where plan_id = :c and parent_id = :p")
			.param("c", childPlan)
			.param("p", parentPlan)
			.query(Integer.class)
			.single();
		if (linked == 0) {
			throw new vn.trienkhai.platform.InvalidInputException("plan.error.link.notParent");
		}
		String before = jdbc.sql("select status from task_link where child_task_id = :c and parent_task_id = :p")
			.param("c", childTask)
			.param("p", parentTask)
			.query(String.class)
			.optional()
			.orElse(null);
		String status = confirm ? "CONFIRMED" : "REJECTED";
		int n = jdbc.sql("""
				insert into task_link (child_task_id, parent_task_id, status, decided_by, decided_at)
				values (:c, :p, :status, :by, now())
				on conflict (child_task_id, parent_task_id)
				do update set status = excluded.status, decided_by = excluded.decided_by, decided_at = now()
				""")
			.param("c", childTask)
			.param("p", parentTask)
			.param("status", status)
			.param("by", CurrentUser.actorName())
			.update();
		if (n == 0) {
			throw new OptimisticLockingFailureException("task link not written");
		}
		Map<String, Object> b = before == null ? null : Map.of("status", before);
		audit.record(confirm ? "CONFIRM_LINK" : "REJECT_LINK", "task_link", childTask + ">" + parentTask,
				orgUnitOf(childPlan), b, Map.of("status", status, "childTaskId", childTask, "parentTaskId", parentTask));
	}

	private Long planOf(long task) {
		return jdbc.sql("select plan_id from task where id = :t").param("t", task).query(Long.class).optional()
			.orElseThrow(() -> new NotFoundException("task " + task));
	}

	private Long orgUnitOf(long plan) {
		return jdbc.sql("select org_unit_id from plan where id = :p").param("p", plan).query(Long.class).optional().orElse(null);
	}

	/**
	 * For each task of a parent plan, the confirmed child tasks carrying it out and the units they are in:
	 * which of its tasks the units below have taken up.
	 */
	public Map<Long, List<Long>> unitsCarryingOut(long parentPlan) {
		Map<Long, List<Long>> out = new LinkedHashMap<>();
		jdbc.sql("""
				select pt.id, cp.org_unit_id
				  from task pt join task_link l on l.parent_task_id = pt.id and l.status = 'CONFIRMED'
				  join task ct on ct.id = l.child_task_id join plan cp on cp.id = ct.plan_id
				 where pt.plan_id = :plan group by pt.id, cp.org_unit_id order by pt.id
				""")
			.param("plan", parentPlan)
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list()
			.forEach(r -> out.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]));
		return out;
	}

}
