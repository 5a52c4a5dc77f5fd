package vn.trienkhai.monitoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where an indicator stands against a target, from the straight trajectory between the baseline and the
 * target year: at or beyond the point the line has reached by the figure's date (on track), short of it by
 * at most a tolerance of the whole distance (at risk), or further behind (off track).
 */
public enum TargetStatus {

	ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA;

	/** The share of the baseline-to-target distance a figure may lag the line and still be "at risk". */
	public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.10");

	/**
	 * The line from (baseline, end of its year) to (target, end of the target year).
	 *
	 * @param higherIsBetter whether a larger value is better (targets "at least …"); false for "at most …"
	 */
	public record Trajectory(BigDecimal baseline, LocalDate from, BigDecimal target, LocalDate to,
			boolean higherIsBetter) {

		/** The value the line reaches on a day (the baseline before it starts, the target after it ends). */
		public BigDecimal expectedOn(LocalDate day) {
			long span = ChronoUnit.DAYS.between(from, to);
			if (span <= 0 || !day.isAfter(from)) {
				return span <= 0 ? target : baseline;
			}
			if (!day.isBefore(to)) {
				return target;
			}
			BigDecimal fraction = BigDecimal.valueOf(ChronoUnit.DAYS.between(from, day))
				.divide(BigDecimal.valueOf(span), MathContext.DECIMAL64);
			return baseline.add(target.subtract(baseline).multiply(fraction), MathContext.DECIMAL64);
		}

		public TargetStatus statusOf(BigDecimal actual, LocalDate day, BigDecimal tolerance) {
			if (actual == null) {
				return NO_DATA;
			}
			BigDecimal sign = higherIsBetter ? BigDecimal.ONE : BigDecimal.ONE.negate();
			BigDecimal ahead = actual.subtract(expectedOn(day)).multiply(sign);
			if (ahead.signum() >= 0) {
				return ON_TRACK;
			}
			BigDecimal distance = target.subtract(baseline).abs();
			return ahead.negate().compareTo(distance.multiply(tolerance)) <= 0 ? AT_RISK : OFF_TRACK;
		}

		/** The line for a target: "≤" and "<" targets, or an indicator where lower is better, go down. */
		public static Trajectory of(BigDecimal baseline, int baselineYear, String comparator, BigDecimal target,
				int targetYear, String direction) {
			boolean higher = !("<=".equals(comparator) || "<".equals(comparator)) && !"LOWER".equals(direction);
			return new Trajectory(baseline, LocalDate.of(baselineYear, 12, 31), target, LocalDate.of(targetYear, 12, 31),
					higher);
		}

	}

}
