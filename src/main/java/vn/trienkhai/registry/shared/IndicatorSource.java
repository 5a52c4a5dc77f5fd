package vn.trienkhai.registry.shared;

import java.math.BigDecimal;

/**
 * A figure a registry computes from its records, offered to plans as an indicator source (so a target such
 * as "30 biotech enterprises by 2030" is tracked without anyone typing the number): one bean per figure;
 * {@code RegistryIndicators} collects them.
 */
public interface IndicatorSource {

	/** Stable code stored with the indicator, e.g. {@code BIOTECH_ENTERPRISES}. */
	String code();

	/** Message key of the figure's name. */
	String labelKey();

	/** Message key of its unit of measure ("doanh nghiệp", "tỷ đồng"). */
	String unitKey();

	/**
	 * The figure for the unit's whole subtree (the unit and every unit below it, by {@code org_unit.path})
	 * in the calendar year: the state at 31 December, or today for the current year, for counts of what
	 * exists; the total over the year for flows (bookings, revenue).
	 */
	BigDecimal value(long orgUnitId, int year);

}
