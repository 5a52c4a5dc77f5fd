package vn.trienkhai.monitoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Indicator values rolled up the administrative tree, per period, by each indicator's rule: a sum, an
 * average, a weighted average (Σ value × weight / Σ weight, the weight another indicator of the same unit and
 * period), the minimum or maximum, or a ratio of sums (Σ numerator / Σ denominator, × 100 for a "%").
 *
 * <p>A unit's figure is the value it reported itself when it did (a department reporting the province's
 * figure), else the rule applied to the figures of the units below it. Only values of approved reports count;
 * a unit of the 2024 structure counts where {@code org_unit_old_now} places it. Everything is computed in one
 * query, partial sums per child of the unit first, so a province's dashboard reads its communes once.
 */
@Service
public class IndicatorRollup {

	/** Memory a roll-up may sort and hash in, per query (PostgreSQL's default is 4 MB). */
	static final String WORK_MEM = "32MB";

	private final JdbcClient jdbc;

	private final org.springframework.transaction.support.TransactionTemplate readOnly;

	IndicatorRollup(JdbcClient jdbc, org.springframework.transaction.PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.readOnly = new org.springframework.transaction.support.TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * A rolled-up figure.
	 *
	 * @param childUnitId the child of the asked unit this figure is of, null for the unit itself
	 * @param units how many units' values it is made of
	 * @param value null when no value of the rule's inputs was reported (a ratio with no denominator)
	 */
	public record Figure(long indicatorId, LocalDate periodStart, LocalDate periodEnd, Long childUnitId, BigDecimal value,
			int units) {
	}

	/**
	 * The units whose values count in the scope, with the path where they count and whether their figure is
	 * their own ({@code exact}): the scope's units of the current structure through the path index; of the
	 * 2024 structure only the candidates {@code org_unit_old_now} can place inside — with a successor inside
	 * the scope, or whose parent has one, or any when the scope is the root — and of those the ones it does
	 * place inside. Computing the view for every 2024 unit would cost more than the whole roll-up.
	 * Package-visible for the roll-up benchmark, which checks it against the view.
	 */
	static final String SCOPE_UNITS = """
			old_in_scope as (
			  select x.old_unit_id as id from scope s
			    join org_unit n on n.path <@ s.path and n.version = '2025'
			    join org_unit_succession x on x.new_unit_id = n.id
			),
			old_units as (
			  select o.id from org_unit o
			   where o.version <> '2025' and o.parent_id is not null
			     and ((select lvl from scope) = 1 or o.id in (select id from old_in_scope)
			          or o.parent_id in (select id from old_in_scope))
			),
			units as (
			  select u.id as unit_id, u.path, true as exact from scope s
			    join org_unit u on u.path <@ s.path and (u.version = '2025' or u.parent_id is null)
			  union all
			  -- offset 0 keeps the planner from computing the view for every 2024 unit before the join
			  select cu.unit_id, cu.path, cu.exact from scope s cross join old_units o
			   cross join lateral (select v.unit_id, v.path, v.exact from org_unit_old_now v where v.unit_id = o.id offset 0) cu
			   where cu.path <@ s.path
			)""";

	// The approved values of the needed indicators (a ratio's parts, with weights for a weighted average) of
	// the scope's units, each with the child of the scope it counts in (null: the scope itself) and whether it
	// is that child's (or the scope's) own figure.
	private static final String VALUES = """
			with scope as (select path, nlevel(path) as lvl from org_unit where id = :unit),
			""" + SCOPE_UNITS + """
			,
			ind as (select id, aggregation, numerator_id, denominator_id, weight_id from indicator where id = any(:ids)),
			need as (
			  select id as tid, id as raw, 'v' as role, weight_id from ind where aggregation <> 'RATIO'
			  union all select id, numerator_id, 'n', null from ind where aggregation = 'RATIO'
			  union all select id, denominator_id, 'd', null from ind where aggregation = 'RATIO'
			),
			vals as (
			  select n.tid, n.role, v.period_start as ps, v.period_end as pe, v.value,
			         -- the weight of the same unit and period (at most one: the unique key), looked up only for a
			         -- weighted average; a join here lets the planner hash every value of the table
			         case when n.weight_id is not null then
			              (select w.value from indicator_value w where w.indicator_id = n.weight_id and w.org_unit_id = v.org_unit_id
			                  and w.period_start = v.period_start and w.period_end = v.period_end and w.approved) end as weight,
			         case when nlevel(cu.path) = s.lvl then null else subpath(cu.path, 0, s.lvl + 1) end as child,
			         cu.exact and nlevel(cu.path) <= s.lvl + 1 as direct
			    from units cu
			    cross join scope s
			    -- by unit, through indicator_value_unit_idx (offset 0: never a scan of every value, whatever the
			    -- estimate of the units)
			    cross join lateral (select v.indicator_id, v.org_unit_id, v.period_start, v.period_end, v.value
			                          from indicator_value v where v.org_unit_id = cu.unit_id and v.approved offset 0) v
			    join need n on n.raw = v.indicator_id
			   where (cast(:periodEnd as date) is null or v.period_end = :periodEnd)
			)
			""";

	// Per child of the scope (null: the scope unit itself), the partial aggregates of each input of each
	// indicator: from the child's own value when it reported one (direct), else from everything below it.
	private static final String PARTS = VALUES + """
			,
			grouped as (
			  select tid, role, ps, pe, child,
			         count(*) filter (where direct) as dn, sum(value) filter (where direct) as dsum,
			         min(value) filter (where direct) as dmin, max(value) filter (where direct) as dmax,
			         sum(value * weight) filter (where direct) as dvw, sum(weight) filter (where direct) as dw,
			         count(*) as an, sum(value) as asum, min(value) as amin, max(value) as amax,
			         sum(value * weight) as avw, sum(weight) as aw
			    from vals group by tid, role, ps, pe, child
			),
			parts as (
			  select tid, role, ps, pe, child, dn,
			         case when dn > 0 then dn else an end as n, case when dn > 0 then dsum else asum end as s,
			         case when dn > 0 then dmin else amin end as mn, case when dn > 0 then dmax else amax end as mx,
			         case when dn > 0 then dvw else avw end as vw, case when dn > 0 then dw else aw end as w
			    from grouped
			)
			""";

	private static final String FINAL = """
			select i.id, p.ps, p.pe, u.id as child_id,
			       case i.aggregation
			         when 'SUM' then max(p.s) filter (where p.role = 'v')
			         when 'AVERAGE' then max(p.s / nullif(p.n, 0)) filter (where p.role = 'v')
			         when 'MIN' then max(p.mn) filter (where p.role = 'v')
			         when 'MAX' then max(p.mx) filter (where p.role = 'v')
			         when 'WEIGHTED_AVERAGE' then max(p.vw / nullif(p.w, 0)) filter (where p.role = 'v')
			         when 'RATIO' then max(p.s) filter (where p.role = 'n') / nullif(max(p.s) filter (where p.role = 'd'), 0)
			              * case when trim(i.unit) = '%' then 100 else 1 end
			       end as value,
			       coalesce(max(p.n) filter (where p.role in ('v', 'n')), 0) as units
			  from {parts} p join indicator i on i.id = p.tid
			  left join org_unit u on u.path = p.child
			 group by i.id, i.aggregation, i.unit, p.ps, p.pe, u.id
			 order by i.id, p.pe, p.ps, u.id
			""";

	// The scope unit's own figure: its direct value when it has one, else its children's parts combined.
	// The scope unit's own figure in one pass: its own values when it reported some, else every value in the
	// subtree except those below a child that reported its own (the child's figure wins over its units').
	// Equal to combining the per-child parts, without grouping by child: a province's dashboard aggregates
	// its communes' values once, by indicator and period.
	private static final String UNIT = VALUES + """
			,
			child_own as (select distinct tid, role, ps, pe, child from vals where direct and child is not null),
			-- an anti-join written as a left join: NOT EXISTS over a CTE becomes a subplan the planner may not hash
			-- (when the CTE's estimate does not fit work_mem) and then rescans for each of a million values
			counted as (
			  select v.*, v.child is null and v.direct as own from vals v
			    left join child_own c on not v.direct and v.child is not null and c.tid = v.tid and c.role = v.role
			         and c.ps = v.ps and c.pe = v.pe and c.child = v.child
			   where c.tid is null
			),
			unit_parts as (
			  select tid, role, ps, pe, null::ltree as child,
			         case when bool_or(own) then count(*) filter (where own) else count(*) end as n,
			         case when bool_or(own) then sum(value) filter (where own) else sum(value) end as s,
			         case when bool_or(own) then min(value) filter (where own) else min(value) end as mn,
			         case when bool_or(own) then max(value) filter (where own) else max(value) end as mx,
			         case when bool_or(own) then sum(value * weight) filter (where own) else sum(value * weight) end as vw,
			         case when bool_or(own) then sum(weight) filter (where own) else sum(weight) end as w
			    from counted group by tid, role, ps, pe
			)
			""" + FINAL.replace("{parts}", "unit_parts");

	// Each child's figure.
	private static final String CHILDREN = PARTS + FINAL.replace("{parts}", "(select * from parts where child is not null)");


	/** The unit's figure of each indicator, for every period with approved values. */
	public List<Figure> figures(long unitId, Collection<Long> indicatorIds) {
		return query(UNIT, unitId, indicatorIds, null);
	}

	/** The figure of each child of the unit, for one period (by its end) or all (null). */
	public List<Figure> childFigures(long unitId, Collection<Long> indicatorIds, LocalDate periodEnd) {
		return query(CHILDREN, unitId, indicatorIds, periodEnd);
	}

	private List<Figure> query(String sql, long unitId, Collection<Long> indicatorIds, LocalDate periodEnd) {
		if (indicatorIds.isEmpty()) {
			return List.of();
		}
		return readOnly.execute(tx -> {
			// The plan depends on the scope (a province reads ~100 units, the nation all): a generic plan, which
			// the driver's server-side statement gets after five runs, is planned for neither. And the nation's
			// per-period sort fits in memory with a little more than the default.
			jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
			jdbc.sql("set local work_mem = '" + WORK_MEM + "'").update();
			return jdbc.sql(sql).param("unit", unitId).param("ids", indicatorIds.toArray(Long[]::new))
				.param("periodEnd", periodEnd)
				.query((rs, n) -> new Figure(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
						(Long) rs.getObject(4), round(rs.getBigDecimal(5)), rs.getInt(6)))
				.list();
		});
	}

	private static BigDecimal round(BigDecimal v) {
		return v == null ? null : v.round(MathContext.DECIMAL64).stripTrailingZeros();
	}

	/**
	 * A value as a unit reported it, before any roll-up: a row of the data tables.
	 *
	 * @param reportId the approved progress report that holds it
	 */
	public record Reported(long indicatorId, long orgUnitId, LocalDate periodStart, LocalDate periodEnd, BigDecimal value,
			String sourceNote, Long reportId) {
	}

	/**
	 * The approved values of these indicators reported by the unit and every unit below it (by the tree's path,
	 * so the 2024 units under a 2024 unit of the same path, not through the mapping), for the periods ending in
	 * [from, to]; by indicator, period and unit.
	 */
	public List<Reported> reported(long unitId, Collection<Long> indicatorIds, LocalDate from, LocalDate to) {
		if (indicatorIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select v.indicator_id, v.org_unit_id, v.period_start, v.period_end, v.value, v.source_note, v.report_id
				  from org_unit s join org_unit u on u.path <@ s.path
				  join indicator_value v on v.org_unit_id = u.id
				 where s.id = :unit and v.approved and v.indicator_id = any(:ids)
				   and v.period_end between :from and :to
				 order by v.indicator_id, v.period_end, v.period_start, u.path
				""").param("unit", unitId).param("ids", indicatorIds.toArray(Long[]::new)).param("from", from).param("to", to)
			.query((rs, n) -> new Reported(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
					rs.getObject(4, LocalDate.class), round(rs.getBigDecimal(5)), rs.getString(6), (Long) rs.getObject(7)))
			.list();
	}

	/** The figures of one indicator, in period order: a helper for charts. */
	public static List<Figure> of(List<Figure> figures, long indicatorId) {
		List<Figure> out = new ArrayList<>();
		for (Figure f : figures) {
			if (f.indicatorId() == indicatorId) {
				out.add(f);
			}
		}
		return out;
	}

}
