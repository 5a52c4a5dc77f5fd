package vn.trienkhai.registry.project;

import java.math.BigDecimal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.trienkhai.registry.shared.IndicatorSource;

/** Projects accepted (nghiệm thu) in the year within the unit's subtree, applied ones included. */
@Component
class ProjectsAccepted implements IndicatorSource {

	private final JdbcClient jdbc;

	ProjectsAccepted(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String code() {
		return "ST_PROJECTS_ACCEPTED";
	}

	@Override
	public String labelKey() {
		return "registry.project.indicator.accepted";
	}

	@Override
	public String unitKey() {
		return "registry.project.indicator.unit";
	}

	@Override
	public BigDecimal value(long orgUnitId, int year) {
		long n = jdbc.sql("""
				select count(*) from project r join org_unit u on u.id = r.org_unit_id
				 where r.status in ('ACCEPTED', 'APPLIED') and extract(year from r.acceptance_date) = :year
				   and u.path <@ (select path from org_unit where id = :unit)""")
			.param("year", year).param("unit", orgUnitId).query(Long.class).single();
		return BigDecimal.valueOf(n);
	}

}
