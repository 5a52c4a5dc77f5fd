package vn.trienkhai.monitoring.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.trienkhai.monitoring.IndicatorRollup;
import vn.trienkhai.monitoring.TargetProgress;
import vn.trienkhai.monitoring.TargetStatus;
import vn.trienkhai.plan.Indicator;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.Target;

/**
 * Each target of a plan as a dashboard card: the indicator's rolled-up figures at the plan's unit, the
 * latest one against the straight trajectory from the baseline to the target, and the chart's data. Without
 * a recorded baseline the line starts at the first figure; without a target year, at the plan's nearest
 * horizon.
 */
@Component
class IndicatorCards {


	private final TargetProgress progress;

	private final IndicatorRollup rollup;

	private final vn.trienkhai.orgunit.OrgUnits orgUnits;

	private final vn.trienkhai.monitoring.RegistryFigures registry;

	IndicatorCards(TargetProgress progress, IndicatorRollup rollup, vn.trienkhai.orgunit.OrgUnits orgUnits,
			vn.trienkhai.monitoring.RegistryFigures registry) {
		this.registry = registry;
		this.orgUnits = orgUnits;
		this.progress = progress;
		this.rollup = rollup;
	}

	/**
	 * @param children the latest period's figure of each unit below that has one, to drill down
	 * @param sourceKey the message key of the biotechnology database's figure the values are computed from,
	 * null when units report them
	 */
	record Card(Target target, Indicator indicator, List<IndicatorRollup.Figure> series, IndicatorRollup.Figure latest,
			TargetStatus status, BigDecimal expected, String chart, List<ChildFigure> children, String sourceKey) {
	}

	record ChildFigure(long unitId, String unitName, BigDecimal value, int units) {
	}

	List<Card> of(Plan plan, LocalDate today) {
		List<TargetProgress.Standing> standings = progress.of(plan, today, null);
		List<Long> ids = standings.stream().filter(st -> !st.indicator().fromRegistry())
			.map(st -> st.target().indicatorId()).distinct().toList();
		List<Card> out = new ArrayList<>();
		Map<LocalDate, List<IndicatorRollup.Figure>> childCache = new java.util.HashMap<>();
		vn.trienkhai.monitoring.RegistryFigures.Memo fromRegistry = registry.memo();
		for (TargetProgress.Standing st : standings) {
			IndicatorRollup.Figure latest = st.latest();
			List<ChildFigure> children = latest == null ? List.of()
					: st.indicator().fromRegistry() ? registryChildren(plan.orgUnitId(), st.indicator(), latest, fromRegistry)
							: children(plan.orgUnitId(), ids, st.target().indicatorId(), latest, childCache);
			out.add(new Card(st.target(), st.indicator(), st.series(), latest, st.status(), st.expected(),
					chart(st.series(), st.line()), children, registry.labelKey(st.indicator().dataSource()).orElse(null)));
		}
		return out;
	}

	/**
	 * The registry figure of each unit directly below (of the current structure, in the reader's scope) for the
	 * latest figure's year: one registry call per unit, those with nothing recorded left out, as units with no
	 * reported value are.
	 */
	private List<ChildFigure> registryChildren(long unitId, Indicator indicator, IndicatorRollup.Figure latest,
			vn.trienkhai.monitoring.RegistryFigures.Memo fromRegistry) {
		List<Long> below = orgUnits.children(unitId).stream()
			.filter(c -> vn.trienkhai.orgunit.OrgUnit.CURRENT_VERSION.equals(c.version()))
			.map(vn.trienkhai.orgunit.OrgUnit::id).toList();
		java.util.Set<Long> visible = orgUnits.within(below, vn.trienkhai.platform.CurrentUser.get().orgUnitId());
		Map<Long, BigDecimal> values = new LinkedHashMap<>();
		for (Long child : below) {
			if (visible.contains(child)) {
				fromRegistry.value(indicator.dataSource(), child, latest.periodEnd().getYear())
					.filter(v -> v.signum() != 0).ifPresent(v -> values.put(child, v));
			}
		}
		Map<Long, String> names = orgUnits.qualifiedNames(values.keySet());
		List<ChildFigure> out = new ArrayList<>();
		values.forEach((child, v) -> out.add(new ChildFigure(child, names.get(child), v, 1)));
		return out;
	}

	/** The children's figures of one indicator in one period; one query per period for all the plan's indicators. */
	private List<ChildFigure> children(long unitId, List<Long> ids, long indicatorId, IndicatorRollup.Figure latest,
			Map<LocalDate, List<IndicatorRollup.Figure>> cache) {
		List<IndicatorRollup.Figure> all = cache.computeIfAbsent(latest.periodEnd(), d -> rollup.childFigures(unitId, ids, d));
		// the same period as the latest figure: a half-year and a year can end on the same day
		List<IndicatorRollup.Figure> mine = IndicatorRollup.of(all, indicatorId).stream()
			.filter(f -> f.value() != null && f.periodStart().equals(latest.periodStart())).toList();
		// only the units below that lie in the reader's scope: a commune does not read its neighbours' figures
		java.util.Set<Long> visible = orgUnits.within(mine.stream().map(IndicatorRollup.Figure::childUnitId).toList(),
				vn.trienkhai.platform.CurrentUser.get().orgUnitId());
		mine = mine.stream().filter(f -> visible.contains(f.childUnitId())).toList();
		Map<Long, String> names = orgUnits.qualifiedNames(mine.stream().map(IndicatorRollup.Figure::childUnitId).toList());
		return mine.stream().map(f -> new ChildFigure(f.childUnitId(), names.get(f.childUnitId()), f.value(), f.units())).toList();
	}

	/** The chart's data: one point per figure, and the trajectory at the same days plus its two ends. */
	private static String chart(List<IndicatorRollup.Figure> series, TargetStatus.Trajectory line) {
		List<Map<String, Object>> actual = new ArrayList<>();
		for (IndicatorRollup.Figure f : series) {
			actual.add(point(f.periodEnd(), f.value()));
		}
		List<Map<String, Object>> expected = new ArrayList<>();
		if (line != null) {
			expected.add(point(line.from(), line.baseline()));
			for (IndicatorRollup.Figure f : series) {
				if (f.periodEnd().isAfter(line.from()) && f.periodEnd().isBefore(line.to())) {
					expected.add(point(f.periodEnd(), line.expectedOn(f.periodEnd())));
				}
			}
			expected.add(point(line.to(), line.target()));
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("actual", actual);
		data.put("expected", expected);
		return JsonBlocks.of(data);
	}

	private static Map<String, Object> point(LocalDate day, BigDecimal value) {
		Map<String, Object> p = new LinkedHashMap<>();
		// a decimal year: Chart.js draws a linear axis without a date adapter
		p.put("x", Math.round((day.getYear() + (day.getDayOfYear() - 1.0) / day.lengthOfYear()) * 1000) / 1000.0);
		p.put("day", day.toString());
		p.put("y", value);
		return p;
	}

}
