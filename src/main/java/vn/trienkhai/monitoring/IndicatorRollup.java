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

	private final JdbcClient jdbc;

	IndicatorRollup(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	// Per child of the scope (null: the scope unit itself), the partial aggregates of each input of each
	// indicator: from the child's own value when it reported one (direct), else from everything below it.
	private static final String PARTS = """
			with scope as (select path, nlevel(path) as lvl from org_unit where id = :unit),
			ind as (select id, aggregation, numerator_id, denominator_id, weight_id from indicator where id = any(:ids)),
			need as (
			  select id as tid, id as raw, 'v' as role, weight_id from ind where aggregation <> 'RATIO'
			  union all select id, numerator_id, 'n', null from ind where aggregation = 'RATIO'
			  union all select id, denominator_id, 'd', null from ind where aggregation = 'RATIO'
			),
			vals as (
			  select n.tid, n.role, v.period_start as ps, v.period_end as pe, v.value, w.value as weight,
			         case when nlevel(x.path) = s.lvl then null else subpath(x.path, 0, s.lvl + 1) end as child,
			         x.exact and nlevel(x.path) <= s.lvl + 1 as direct
			    from need n
			    join indicator_value v on v.indicator_id = n.raw and v.approved
			    join org_unit ou on ou.id = v.org_unit_id
			    left join org_unit_old_now m on ou.version <> '2025' and m.unit_id = ou.id
			    cross join lateral (select coalesce(m.path, ou.path) as path, coalesce(m.exact, true) as exact) x
			    cross join scope s
			    left join indicator_value w on n.weight_id is not null and w.indicator_id = n.weight_id
			         and w.org_unit_id = v.org_unit_id and w.period_start = v.period_start and w.period_end = v.period_end
			         and w.approved
			   where x.path <@ s.path
			     and (cast(:periodEnd as date) is null or v.period_end = :periodEnd)
			),
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
	private static final String UNIT = PARTS + """
			, unit_parts as (
			  select tid, role, ps, pe, null::ltree as child,
			         case when bool_or(child is null and dn > 0) then sum(n) filter (where child is null) else sum(n) end as n,
			         case when bool_or(child is null and dn > 0) then sum(s) filter (where child is null) else sum(s) end as s,
			         case when bool_or(child is null and dn > 0) then min(mn) filter (where child is null) else min(mn) end as mn,
			         case when bool_or(child is null and dn > 0) then max(mx) filter (where child is null) else max(mx) end as mx,
			         case when bool_or(child is null and dn > 0) then sum(vw) filter (where child is null) else sum(vw) end as vw,
			         case when bool_or(child is null and dn > 0) then sum(w) filter (where child is null) else sum(w) end as w
			    from parts group by tid, role, ps, pe
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
		return jdbc.sql(sql).param("unit", unitId).param("ids", indicatorIds.toArray(Long[]::new))
			.param("periodEnd", periodEnd)
			.query((rs, n) -> new Figure(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
					(Long) rs.getObject(4), round(rs.getBigDecimal(5)), rs.getInt(6)))
			.list();
	}

	private static BigDecimal round(BigDecimal v) {
		return v == null ? null : v.round(MathContext.DECIMAL64).stripTrailingZeros();
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
