package vn.trienkhai.plan;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.trienkhai.platform.NotFoundException;
import vn.trienkhai.platform.VietnameseText;

/**
 * Reads plans, their tasks and targets, and the cascade. Scope and role are checked by the callers (pages,
 * API); lists take the scope's unit and filter in SQL through the administrative tree.
 */
@Service
public class Plans {

	public static final String ENTITY_TYPE = "plan";

	private static final String COLUMNS = """
			p.id, p.org_unit_id, p.issuing_agency_id, p.imported_document_id, p.number, p.kind, p.issuer, p.title,
			p.issued_on, p.place, p.status, p.horizon_years, p.row_version""";

	private static final RowMapper<Plan> PLAN = Plans::map;

	private final JdbcClient jdbc;

	Plans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Plan> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from plan p where p.id = :id").param("id", id).query(PLAN).optional();
	}

	public Plan get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("plan " + id));
	}

	/** The plan built from an import, if it is confirmed. */
	public Optional<Plan> ofDocument(long importedDocumentId) {
		return jdbc.sql("select " + COLUMNS + " from plan p where p.imported_document_id = :doc")
			.param("doc", importedDocumentId)
			.query(PLAN)
			.optional();
	}

	/** The plans of the units within the subtree of {@code scopeUnitId}, newest first (no placeholders). */
	public List<Plan> within(long scopeUnitId, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from plan p join org_unit u on u.id = p.org_unit_id
				where u.path <@ (select path from org_unit where id = :scope)
				order by p.issued_on desc nulls last, p.id desc limit :limit
				""")
			.param("scope", scopeUnitId)
			.param("limit", limit)
			.query(PLAN)
			.list();
	}

	/**
	 * As {@link #within(long, int)}, only those whose number or title contains {@code q} ignoring case and
	 * diacritics ("ke hoach 88" finds "Kế hoạch … 88/KH-UBND"); all of them for a blank {@code q}.
	 */
	public List<Plan> within(long scopeUnitId, String q, int limit) {
		String folded = q == null ? "" : VietnameseText.fold(q).trim();
		if (folded.isEmpty()) {
			return within(scopeUnitId, limit);
		}
		String like = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc.sql("select " + COLUMNS + """
				 from plan p join org_unit u on u.id = p.org_unit_id
				where u.path <@ (select path from org_unit where id = :scope)
				  and lower(immutable_unaccent(coalesce(p.number, '') || ' ' || coalesce(p.title, ''))) like :like
				order by p.issued_on desc nulls last, p.id desc limit :limit
				""")
			.param("scope", scopeUnitId)
			.param("like", like)
			.param("limit", limit)
			.query(PLAN)
			.list();
	}

	/** The plans of the units above {@code unitId} (its province, the nation): the plans it carries out. */
	public List<Plan> above(long unitId, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from plan p join org_unit u on u.id = p.org_unit_id
				where u.path @> (select path from org_unit where id = :unit) and u.id <> :unit
				order by u.level desc, p.issued_on desc nulls last, p.id desc limit :limit
				""")
			.param("unit", unitId)
			.param("limit", limit)
			.query(PLAN)
			.list();
	}

	/** The plans this one implements (plans and placeholders). */
	public List<Plan> parents(long planId) {
		return jdbc.sql("select " + COLUMNS + """
				 from plan p join plan_parent pp on pp.parent_id = p.id where pp.plan_id = :id order by p.issued_on, p.id
				""")
			.param("id", planId)
			.query(PLAN)
			.list();
	}

	/** The plans that implement this one directly. */
	public List<Plan> children(long planId) {
		return jdbc.sql("select " + COLUMNS + """
				 from plan p join plan_parent pp on pp.plan_id = p.id where pp.parent_id = :id order by p.issued_on, p.id
				""")
			.param("id", planId)
			.query(PLAN)
			.list();
	}

	/** Plans and placeholders that implement nothing: the tops of the cascade (36-NQ/TW and the like). */
	public List<Plan> roots() {
		return jdbc.sql("select " + COLUMNS + """
				 from plan p where not exists (select 1 from plan_parent pp where pp.plan_id = p.id)
				   and exists (select 1 from plan_parent pp where pp.parent_id = p.id)
				 order by p.issued_on nulls first, p.id
				""")
			.query(PLAN)
			.list();
	}

	/** The tasks of a plan in document order, with their lead and coordinating agencies. */
	public List<Task> tasks(long planId) {
		Map<Long, List<Task.Assignee>> leads = new LinkedHashMap<>();
		Map<Long, List<Task.Assignee>> coordinators = new LinkedHashMap<>();
		jdbc.sql("""
				select ta.task_id, ta.role, ta.collective, a.id, a.name, a.org_unit_id
				  from task_assignment ta join task t on t.id = ta.task_id join agency a on a.id = ta.agency_id
				 where t.plan_id = :plan order by ta.task_id, a.org_unit_id, a.name
				""")
			.param("plan", planId)
			.query((rs, i) -> {
				Task.Assignee a = new Task.Assignee(rs.getLong("id"), rs.getString("name"), rs.getLong("org_unit_id"),
						rs.getString("collective"));
				(rs.getString("role").equals("LEAD") ? leads : coordinators)
					.computeIfAbsent(rs.getLong("task_id"), k -> new ArrayList<>())
					.add(a);
				return null;
			})
			.list();
		return jdbc.sql("""
				select t.id, t.plan_id, t.position, t.text, t.product, t.deadline_kind, t.deadline_date, t.deadline_month,
				       t.deadline_day, t.progress, t.completed_on, t.row_version, s.number as section
				  from task t left join plan_section s on s.id = t.section_id
				 where t.plan_id = :plan order by t.position
				""")
			.param("plan", planId)
			.query((rs, i) -> new Task(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("section"),
					rs.getInt("position"), rs.getString("text"), rs.getString("product"),
					new Deadline(rs.getString("deadline_kind"), rs.getObject("deadline_date", java.time.LocalDate.class),
							(Integer) rs.getObject("deadline_month"), (Integer) rs.getObject("deadline_day")),
					rs.getString("progress"), rs.getObject("completed_on", java.time.LocalDate.class),
					leads.getOrDefault(rs.getLong("id"), List.of()), coordinators.getOrDefault(rs.getLong("id"), List.of()),
					rs.getInt("row_version")))
			.list();
	}

	/** The targets of a plan in document order. */
	public List<Target> targets(long planId) {
		return jdbc.sql("""
				select t.id, t.plan_id, t.indicator_id, i.name, i.unit, t.goal, t.year, t.comparator, t.value, t.value_max,
				       t.quote
				  from plan_target t join indicator i on i.id = t.indicator_id
				 where t.plan_id = :plan order by t.position
				""")
			.param("plan", planId)
			.query((rs, i) -> new Target(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
					rs.getString(6), (Integer) rs.getObject(7), rs.getString(8), rs.getBigDecimal(9), rs.getBigDecimal(10),
					rs.getString(11)))
			.list();
	}

	private static final String INDICATOR_COLUMNS = """
			select id, org_unit_id, name, unit, aggregation, numerator_id, denominator_id, direction, baseline_value,
			       baseline_year, row_version, weight_id, data_source from indicator""";

	private static final RowMapper<Indicator> INDICATOR = (rs, i) -> new Indicator(rs.getLong(1), (Long) rs.getObject(2),
			rs.getString(3), rs.getString(4), rs.getString(5), (Long) rs.getObject(6), (Long) rs.getObject(7),
			(Long) rs.getObject(12), rs.getString(8), rs.getBigDecimal(9), (Integer) rs.getObject(10), rs.getInt(11),
			rs.getString(13));

	public Optional<Indicator> indicator(long id) {
		return jdbc.sql(INDICATOR_COLUMNS + " where id = :id").param("id", id).query(INDICATOR).optional();
	}

	/** The indicators of a unit, by name: the candidates for a ratio's parts. */
	public List<Indicator> indicatorsOf(long orgUnitId) {
		return jdbc.sql(INDICATOR_COLUMNS + " where org_unit_id = :unit order by name")
			.param("unit", orgUnitId)
			.query(INDICATOR)
			.list();
	}

	/** A heading of a plan's outline. */
	public record Section(long id, Long parentId, String number, String title, int level, String role) {
	}

	public List<Section> sections(long planId) {
		return jdbc.sql("select id, parent_id, number, title, level, role from plan_section where plan_id = :plan order by position")
			.param("plan", planId)
			.query((rs, i) -> new Section(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), rs.getString(6)))
			.list();
	}

	/**
	 * The units directly below a plan's unit and how many plans implementing it (directly or through a plan of
	 * theirs) each has issued — drafts not counted: for a province's plan, its communes still to act.
	 */
	public List<UnitCoverage> coverage(long planId) {
		return jdbc.sql("""
				with recursive below(id) as (
				    select pp.plan_id from plan_parent pp where pp.parent_id = :plan
				    union
				    select pp.plan_id from plan_parent pp join below b on pp.parent_id = b.id
				)
				select u.id, u.name, count(distinct c.id) as plans
				  from org_unit u
				  join plan p on p.id = :plan and u.parent_id = p.org_unit_id
				  left join org_unit d on d.path <@ u.path
				  left join plan c on c.org_unit_id = d.id and c.id in (select id from below)
				                  and c.status in ('ACTIVE', 'CLOSED')
				 where u.version = '2025'
				 group by u.id, u.name, u.code
				 order by count(distinct c.id) = 0 desc, u.code
				""")
			.param("plan", planId)
			.query((rs, i) -> new UnitCoverage(rs.getLong(1), rs.getString(2), rs.getInt(3)))
			.list();
	}

	/** A unit below a plan's unit and how many plans it has issued implementing that plan. */
	public record UnitCoverage(long orgUnitId, String name, int plans) {
	}

	private static Plan map(ResultSet rs, int row) throws SQLException {
		Array years = rs.getArray("horizon_years");
		List<Integer> horizon = new ArrayList<>();
		if (years != null) {
			for (Object y : (Object[]) years.getArray()) {
				horizon.add(((Number) y).intValue());
			}
		}
		return new Plan(rs.getLong("id"), (Long) rs.getObject("org_unit_id"), (Long) rs.getObject("issuing_agency_id"),
				(Long) rs.getObject("imported_document_id"), rs.getString("number"), rs.getString("kind"),
				rs.getString("issuer"), rs.getString("title"), rs.getObject("issued_on", java.time.LocalDate.class),
				rs.getString("place"), PlanStatus.valueOf(rs.getString("status")), horizon, rs.getInt("row_version"));
	}

}
