package vn.trienkhai.plan;

import java.math.BigDecimal;

/**
 * What a target measures, and how its values add up the administrative tree.
 *
 * @param aggregation SUM, AVERAGE, MIN, MAX, RATIO of two other indicators ({@code numeratorId} over
 * {@code denominatorId}, summed separately, then divided), or WEIGHTED_AVERAGE by another indicator of the same
 * unit and period ({@code weightId}: a yield weighted by area)
 * @param direction HIGHER or LOWER is better
 */
public record Indicator(long id, Long orgUnitId, String name, String unit, String aggregation, Long numeratorId,
		Long denominatorId, Long weightId, String direction, BigDecimal baselineValue, Integer baselineYear, int rowVersion) {
}
