package vn.trienkhai.monitoring.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.trienkhai.monitoring.IndicatorRollup;
import vn.trienkhai.monitoring.TargetStatus;
import vn.trienkhai.plan.Indicator;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.Plans;
import vn.trienkhai.plan.Target;

/**
 * Each target of a plan as a dashboard card: the indicator's rolled-up figures at the plan's unit, the
 * latest one against the straight trajectory from the baseline to the target, and the chart's data. Without
 * a recorded baseline the line starts at the first figure; without a target year, at the plan's nearest
 * horizon.
 */
@Component
class IndicatorCards {


	private final Plans plans;

	private final IndicatorRollup rollup;

	private final vn.trienkhai.orgunit.OrgUnits orgUnits;

	IndicatorCards(Plans plans, IndicatorRollup rollup, vn.trienkhai.orgunit.OrgUnits orgUnits) {
		this.orgUnits = orgUnits;
		this.plans = plans;
		this.rollup = rollup;
	}

	/**
	 * @param children the latest period's figure of each unit below that has one, to drill down
	 */
	record Card(Target target, Indicator indicator, List<IndicatorRollup.Figure> series, IndicatorRollup.Figure latest,
			TargetStatus status, BigDecimal expected, String chart, List<ChildFigure> children) {
	}

	record ChildFigure(long unitId, String unitName, BigDecimal value, int units) {
	}

	List<Card> of(Plan plan, LocalDate today) {
		List<Target> targets = plans.targets(plan.id());
		List<Long> ids = targets.stream().map(Target::indicatorId).distinct().toList();
		List<IndicatorRollup.Figure> figures = rollup.figures(plan.orgUnitId(), ids);
		List<Card> out = new ArrayList<>();
		Map<LocalDate, List<IndicatorRollup.Figure>> childCache = new java.util.HashMap<>();
		for (Target t : targets) {
			Indicator indicator = plans.indicator(t.indicatorId()).orElseThrow();
			List<IndicatorRollup.Figure> series = oneKindOfPeriod(IndicatorRollup.of(figures, t.indicatorId()).stream()
				.filter(f -> f.value() != null).toList());
			IndicatorRollup.Figure latest = series.isEmpty() ? null : series.get(series.size() - 1);
			Integer year = t.year() != null ? t.year()
					: plan.horizonYears().stream().filter(y -> y >= today.getYear()).findFirst().orElse(null);
			TargetStatus.Trajectory line = trajectory(indicator, t, series, year);
			TargetStatus status = latest == null ? TargetStatus.NO_DATA
					: line == null ? null : line.statusOf(latest.value(), latest.periodEnd(), TargetStatus.DEFAULT_TOLERANCE);
			BigDecimal expected = latest == null || line == null ? null : line.expectedOn(latest.periodEnd());
			out.add(new Card(t, indicator, series, latest, status, expected, chart(series, line),
					latest == null ? List.of() : children(plan.orgUnitId(), ids, t.indicatorId(), latest, childCache)));
		}
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

	/**
	 * The figures of one kind of period, so a trend never mixes a half-year with a year or a three-year review:
	 * the yearly ones when there are any (periods of 11 to 13 months), else those of the most common length.
	 */
	static List<IndicatorRollup.Figure> oneKindOfPeriod(List<IndicatorRollup.Figure> series) {
		if (series.isEmpty()) {
			return series;
		}
		Map<Long, List<IndicatorRollup.Figure>> byMonths = new java.util.TreeMap<>();
		for (IndicatorRollup.Figure f : series) {
			long months = Math.round(java.time.temporal.ChronoUnit.DAYS.between(f.periodStart(), f.periodEnd()) / 30.4);
			byMonths.computeIfAbsent(months, k -> new ArrayList<>()).add(f);
		}
		for (long m = 11; m <= 13; m++) {
			if (byMonths.containsKey(m)) {
				return byMonths.get(m);
			}
		}
		return byMonths.values().stream().max(java.util.Comparator.comparingInt(List::size)).orElse(series);
	}

	private static TargetStatus.Trajectory trajectory(Indicator indicator, Target t, List<IndicatorRollup.Figure> series,
			Integer year) {
		if (year == null) {
			return null;
		}
		if (indicator.baselineValue() != null && indicator.baselineYear() != null && indicator.baselineYear() < year) {
			return TargetStatus.Trajectory.of(indicator.baselineValue(), indicator.baselineYear(), t.comparator(), t.value(),
					year, indicator.direction());
		}
		if (series.isEmpty() || series.get(0).periodEnd().getYear() >= year) {
			return null;
		}
		IndicatorRollup.Figure first = series.get(0);
		TargetStatus.Trajectory shape = TargetStatus.Trajectory.of(first.value(), first.periodEnd().getYear(),
				t.comparator(), t.value(), year, indicator.direction());
		return new TargetStatus.Trajectory(first.value(), first.periodEnd(), t.value(), shape.to(), shape.higherIsBetter());
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
