package vn.trienkhai.monitoring;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.trienkhai.plan.Task;
import vn.trienkhai.plan.TaskStatus;

/**
 * Tasks counted by the status model ({@link TaskStatus}): for one plan from its tasks, and for every plan of
 * a unit's subtree in one query whose CASE mirrors {@link TaskStatus#of} (a test holds the two together).
 */
@Service
public class TaskStatistics {

	private final JdbcClient jdbc;

	TaskStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static Map<TaskStatus, Integer> count(List<Task> tasks, LocalDate today) {
		Map<TaskStatus, Integer> out = empty();
		for (Task t : tasks) {
			out.merge(t.status(today), 1, Integer::sum);
		}
		return out;
	}

	static Map<TaskStatus, Integer> empty() {
		Map<TaskStatus, Integer> out = new EnumMap<>(TaskStatus.class);
		for (TaskStatus s : TaskStatus.values()) {
			out.put(s, 0);
		}
		return out;
	}

	/** The status of a task row in SQL, as {@link TaskStatus#of} computes it in Java. */
	static final String STATUS_SQL = """
			case when t.progress = 'CANCELLED' then 'CANCELLED'
			     when t.progress = 'DONE' then
			          case when t.deadline_kind = 'DATE' and t.completed_on is not null and t.completed_on > t.deadline_date
			               then 'DONE_LATE' else 'DONE_ON_TIME' end
			     when t.deadline_kind = 'DATE' then
			          case when cast(:today as date) > t.deadline_date then 'OVERDUE' else 'OPEN_WITHIN_DEADLINE' end
			     when t.deadline_kind in ('YEARLY', 'QUARTERLY', 'MONTHLY') then 'OPEN_WITHIN_DEADLINE'
			     when t.progress = 'IN_PROGRESS' then 'IN_PROGRESS'
			     else 'NOT_STARTED' end""";

	/** The tasks of the plans of the unit's subtree (drafts and closed plans too), by status. */
	public Map<TaskStatus, Integer> ofUnit(long unitId, LocalDate today) {
		Map<TaskStatus, Integer> out = empty();
		jdbc.sql("select " + STATUS_SQL + """
				 as status, count(*)
				  from org_unit s join org_unit pu on pu.path <@ s.path
				  join plan p on p.org_unit_id = pu.id and p.status <> 'PLACEHOLDER'
				  join task t on t.plan_id = p.id
				 where s.id = :unit group by 1
				""").param("unit", unitId).param("today", today)
			.query((rs, n) -> out.put(TaskStatus.valueOf(rs.getString(1)), rs.getInt(2))).list();
		return out;
	}

	/** The same per child of the unit (a province's communes), by child id; children without plans are absent. */
	public Map<Long, Map<TaskStatus, Integer>> ofChildren(long unitId, LocalDate today) {
		Map<Long, Map<TaskStatus, Integer>> out = new LinkedHashMap<>();
		// from the unit's subtree by the path index, each plan's unit cut to the child it lies in
		jdbc.sql("with s as (select path, nlevel(path) as lvl from org_unit where id = :unit) select c.id, "
				+ STATUS_SQL + """
				 as status, count(*)
				  from s join org_unit pu on pu.path <@ s.path and nlevel(pu.path) > s.lvl
				  join plan p on p.org_unit_id = pu.id and p.status <> 'PLACEHOLDER'
				  join task t on t.plan_id = p.id
				  join org_unit c on c.path = subpath(pu.path, 0, s.lvl + 1) and c.version = '2025'
				 group by 1, 2 order by 1
				""").param("unit", unitId).param("today", today)
			.query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> empty()).put(TaskStatus.valueOf(rs.getString(2)),
					rs.getInt(3)))
			.list();
		return out;
	}

}
