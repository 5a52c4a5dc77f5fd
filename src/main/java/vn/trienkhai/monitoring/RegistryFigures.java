package vn.trienkhai.monitoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.trienkhai.plan.Indicator;
import vn.trienkhai.registry.RegistryIndicators;

/**
 * The figures of an indicator tracked from the biotechnology database ({@link Indicator#dataSource()}): one per
 * calendar year, computed by the registry over the unit's subtree (the state at 31 December, or today for the
 * current year; the total of the year for flows), in place of the values units would report. A period of a
 * report or round counts the figure of the year it ends in.
 */
@Service
public class RegistryFigures {

	/** The most years a series goes back: a plan's span. */
	static final int MAX_YEARS = 10;

	private final RegistryIndicators registry;

	RegistryFigures(RegistryIndicators registry) {
		this.registry = registry;
	}

	/** The message key of the source's name, empty for an indicator reported by units or an unknown code. */
	public Optional<String> labelKey(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return registry.sources().stream().filter(s -> s.code().equals(code)).findFirst()
			.map(RegistryIndicators.Source::labelKey);
	}

	/** The figure of the source for the unit's subtree in the year; empty for an unknown code. */
	public Optional<BigDecimal> value(String code, long unitId, int year) {
		return registry.value(code, unitId, year).map(RegistryFigures::round);
	}

	/**
	 * Registry figures asked once each: one call per (source, unit, year) however many targets of a page
	 * measure it. Not thread-safe; one per page or report.
	 */
	public Memo memo() {
		return new Memo();
	}

	public final class Memo {

		private final Map<String, Optional<BigDecimal>> values = new HashMap<>();

		private Memo() {
		}

		public Optional<BigDecimal> value(String code, long unitId, int year) {
			return values.computeIfAbsent(code + "|" + unitId + "|" + year, k -> RegistryFigures.this.value(code, unitId, year));
		}

		/**
		 * The indicator's yearly figures at the unit from {@code fromYear} to {@code toYear} (at most
		 * {@link #MAX_YEARS}, the latest kept), as roll-up figures of the whole year made of the unit's own data.
		 */
		public List<IndicatorRollup.Figure> yearly(Indicator indicator, long unitId, int fromYear, int toYear) {
			List<IndicatorRollup.Figure> out = new ArrayList<>();
			for (int y = Math.max(fromYear, toYear - MAX_YEARS + 1); y <= toYear; y++) {
				int year = y;
				value(indicator.dataSource(), unitId, year).ifPresent(v -> out.add(new IndicatorRollup.Figure(indicator.id(),
						LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, v, 1)));
			}
			return out;
		}

	}

	private static BigDecimal round(BigDecimal v) {
		return v == null ? null : v.round(MathContext.DECIMAL64).stripTrailingZeros();
	}

}
