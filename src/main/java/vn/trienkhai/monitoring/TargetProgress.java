package vn.trienkhai.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import vn.trienkhai.plan.Indicator;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.Plans;
import vn.trienkhai.plan.Target;

/**
 * Where each target of a plan stands: the indicator's rolled-up figures at the plan's unit, the latest one
 * against the straight trajectory from the baseline to the target. Without a recorded baseline the line starts
 * at the first figure; without a target year, at the plan's nearest horizon. The dashboards and the
 * implementation report both read it.
 */
@Service
public class TargetProgress {

	private final Plans plans;

	private final IndicatorRollup rollup;

	private final RegistryFigures registry;

	TargetProgress(Plans plans, IndicatorRollup rollup, RegistryFigures registry) {
		this.plans = plans;
		this.rollup = rollup;
		this.registry = registry;
	}

	/**
	 * @param series the figures of one kind of period, in order
	 * @param latest the last of them, null when there is none
	 * @param status null when there is no line to measure against (no target year nor horizon)
	 * @param expected where the line stands at the latest figure's end
	 */
	public record Standing(Target target, Indicator indicator, List<IndicatorRollup.Figure> series,
			IndicatorRollup.Figure latest, TargetStatus status, BigDecimal expected, TargetStatus.Trajectory line) {
	}

	/**
	 * @param today the day that picks the horizon for a target without a year
	 * @param until the last period end to count (a report's span), null for every period
	 */
	public List<Standing> of(Plan plan, LocalDate today, LocalDate until) {
		List<Target> targets = plans.targets(plan.id());
		Map<Long, Indicator> indicators = new java.util.HashMap<>();
		for (Target t : targets) {
			indicators.computeIfAbsent(t.indicatorId(), id -> plans.indicator(id).orElseThrow());
		}
		// an indicator tracked from the biotechnology database takes its figures from there, not from reports
		List<Long> reported = indicators.values().stream().filter(i -> !i.fromRegistry()).map(Indicator::id).sorted().toList();
		List<IndicatorRollup.Figure> figures = rollup.figures(plan.orgUnitId(), reported);
		RegistryFigures.Memo fromRegistry = registry.memo();
		List<Standing> out = new ArrayList<>();
		for (Target t : targets) {
			Indicator indicator = indicators.get(t.indicatorId());
			List<IndicatorRollup.Figure> series = indicator.fromRegistry()
					? registrySeries(plan, indicator, today, until, fromRegistry)
					: oneKindOfPeriod(IndicatorRollup.of(figures, t.indicatorId()).stream()
						.filter(f -> f.value() != null && (until == null || !f.periodEnd().isAfter(until)))
						.toList());
			IndicatorRollup.Figure latest = series.isEmpty() ? null : series.get(series.size() - 1);
			Integer year = t.year() != null ? t.year()
					: plan.horizonYears().stream().filter(y -> y >= today.getYear()).findFirst().orElse(null);
			TargetStatus.Trajectory line = trajectory(indicator, t, series, year);
			// a registry figure of the current year is today's state, measured against the line today
			LocalDate asOf = latest == null ? null
					: indicator.fromRegistry() && latest.periodEnd().isAfter(today) ? today : latest.periodEnd();
			TargetStatus status = latest == null ? TargetStatus.NO_DATA
					: line == null ? null : line.statusOf(latest.value(), asOf, TargetStatus.DEFAULT_TOLERANCE);
			BigDecimal expected = latest == null || line == null ? null : line.expectedOn(asOf);
			out.add(new Standing(t, indicator, series, latest, status, expected, line));
		}
		return out;
	}

	/**
	 * The yearly registry figures of the plan's unit: from the year the plan was issued (the year after the
	 * baseline when that is later) to the current year, or to the last whole year within {@code until}.
	 */
	private static List<IndicatorRollup.Figure> registrySeries(Plan plan, Indicator indicator, LocalDate today,
			LocalDate until, RegistryFigures.Memo registry) {
		int last = today.getYear();
		if (until != null && until.isBefore(today)) {
			last = until.equals(LocalDate.of(until.getYear(), 12, 31)) ? until.getYear() : until.getYear() - 1;
		}
		int first = plan.issuedOn() != null ? plan.issuedOn().getYear() : last;
		if (indicator.baselineYear() != null && indicator.baselineYear() + 1 > first) {
			first = indicator.baselineYear() + 1;
		}
		return registry.yearly(indicator, plan.orgUnitId(), Math.min(first, last), last);
	}

	/**
	 * The figures of one kind of period, so a trend never mixes a half-year with a year or a three-year review:
	 * the yearly ones when there are any (periods of 11 to 13 months), else those of the most common length.
	 */
	public static List<IndicatorRollup.Figure> oneKindOfPeriod(List<IndicatorRollup.Figure> series) {
		if (series.isEmpty()) {
			return series;
		}
		Map<Long, List<IndicatorRollup.Figure>> byMonths = new TreeMap<>();
		for (IndicatorRollup.Figure f : series) {
			long months = Math.round(ChronoUnit.DAYS.between(f.periodStart(), f.periodEnd()) / 30.4);
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

}
