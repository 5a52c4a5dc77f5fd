package vn.trienkhai.registry.equipment;

import java.math.BigDecimal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.trienkhai.registry.shared.IndicatorSource;

/** Approved bookings of the subtree's equipment that start in the year (Việt Nam time): a flow. */
@Component
class EquipmentBookingsIndicator implements IndicatorSource {

	private final JdbcClient jdbc;

	EquipmentBookingsIndicator(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String code() {
		return "EQUIPMENT_BOOKINGS";
	}

	@Override
	public String labelKey() {
		return "equipment.indicator.bookings";
	}

	@Override
	public String unitKey() {
		return "equipment.indicator.bookings.unit";
	}

	@Override
	public BigDecimal value(long orgUnitId, int year) {
		long count = jdbc.sql("""
				select count(*) from equipment_booking b join equipment e on e.id = b.equipment_id
				  join org_unit u on u.id = e.org_unit_id
				 where u.path <@ (select path from org_unit where id = :unit) and b.status = 'APPROVED'
				   and extract(year from b.starts_at at time zone 'Asia/Ho_Chi_Minh') = :year
				""").param("unit", orgUnitId).param("year", year).query(Long.class).single();
		return BigDecimal.valueOf(count);
	}

}
