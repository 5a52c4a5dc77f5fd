package vn.trienkhai.plan;

import java.math.BigDecimal;

/**
 * What a target measures, and how its values add up the administrative tree.
 *
 * @param aggregation SUM, AVERAGE, MIN, MAX, RATIO of two other indicators ({@code numeratorId} over
 * {@code denominatorId}, summed separately, then divided), or WEIGHTED_AVERAGE by another indicator of the same
 * unit and period ({@code weightId}: a yield weighted by area)
 * @param direction HIGHER or LOWER is better
 * @param dataSource the code of the biotechnology database's figure its values come from
 * ({@code vn.trienkhai.registry.RegistryIndicators}), null when units report them in progress reports
 */
public record Indicator(long id, Long orgUnitId, String name, String unit, String aggregation, Long numeratorId,
		Long denominatorId, Long weightId, String direction, BigDecimal baselineValue, Integer baselineYear, int rowVersion,
		String dataSource) {

	/** An indicator whose values are reported. */
	public Indicator(long id, Long orgUnitId, String name, String unit, String aggregation, Long numeratorId,
			Long denominatorId, Long weightId, String direction, BigDecimal baselineValue, Integer baselineYear,
			int rowVersion) {
		this(id, orgUnitId, name, unit, aggregation, numeratorId, denominatorId, weightId, direction, baselineValue,
				baselineYear, rowVersion, null);
	}

	/** Whether its values come from the biotechnology database rather than from reports. */
	public boolean fromRegistry() {
		return dataSource != null;
	}

}
