package vn.trienkhai.plan;

import java.math.BigDecimal;

/**
 * What a target measures, and how its values add up the administrative tree.
 *
 * @param aggregation SUM, AVERAGE, MIN, MAX, or RATIO of two other indicators ({@code numeratorId} over
 * {@code denominatorId}, summed separately, then divided)
 * @param direction HIGHER or LOWER is better
 */
public record Indicator(long id, Long orgUnitId, String name, String unit, String aggregation, Long numeratorId,
		Long denominatorId, String direction, BigDecimal baselineValue, Integer baselineYear, int rowVersion) {
}
