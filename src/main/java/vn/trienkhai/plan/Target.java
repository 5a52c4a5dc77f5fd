package vn.trienkhai.plan;

import java.math.BigDecimal;

/**
 * A plan's target on an indicator: "at least 6 OCOP products by 2030".
 *
 * @param goal what is measured, as the plan says it
 * @param comparator "=", "approx", "&gt;=", "&gt;", "&lt;=", "&lt;" or "range" (then {@code valueMax} is set)
 */
public record Target(long id, long planId, long indicatorId, String indicatorName, String unit, String goal,
		Integer year, String comparator, BigDecimal value, BigDecimal valueMax, String quote) {
}
