package vn.trienkhai.registry.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.trienkhai.registry.shared.IndicatorSource;

/** The figures plans track from these registries, each over the unit's subtree. */
@Configuration(proxyBeanMethods = false)
class EnterpriseIndicators {

	private static final String SUBTREE = "u.path <@ (select path from org_unit where id = :unit)";

	@Bean
	IndicatorSource biotechEnterprises(JdbcClient jdbc) {
		return source("BIOTECH_ENTERPRISES", "registry.indicator.BIOTECH_ENTERPRISES", "registry.indicator.unit.enterprise",
				(unit, year) -> jdbc.sql("select count(*) from enterprise e join org_unit u on u.id = e.org_unit_id where "
						+ SUBTREE + " and e.status = 'ACTIVE' and (e.founding_year is null or e.founding_year <= :year)")
					.param("unit", unit).param("year", year).query(BigDecimal.class).single());
	}

	@Bean
	IndicatorSource biotechRevenue(JdbcClient jdbc) {
		return source("BIOTECH_REVENUE", "registry.indicator.BIOTECH_REVENUE", "registry.indicator.unit.billionDong",
				(unit, year) -> jdbc.sql("select coalesce(sum(y.biotech_revenue), 0) from enterprise_year y"
						+ " join enterprise e on e.id = y.enterprise_id join org_unit u on u.id = e.org_unit_id where "
						+ SUBTREE + " and y.year = :year")
					.param("unit", unit).param("year", year).query(BigDecimal.class).single());
	}

	/** OCOP 3★+ valid on the day (31 December, or today for the current year) with a granted mark. */
	@Bean
	IndicatorSource ocopProductsWithTrademark(JdbcClient jdbc) {
		return source("OCOP_PRODUCTS_WITH_TRADEMARK", "registry.indicator.OCOP_PRODUCTS_WITH_TRADEMARK",
				"registry.indicator.unit.product", (unit, year) -> {
					LocalDate today = LocalDate.now();
					LocalDate day = year >= today.getYear() ? today : LocalDate.of(year, 12, 31);
					return jdbc.sql("select count(*) from product p join org_unit u on u.id = p.org_unit_id where " + SUBTREE
							+ " and p.ocop_stars >= 3 and p.ocop_decision_date <= :day and p.ocop_expires_on > :day"
							+ " and exists (select 1 from product_ip i where i.product_id = p.id and i.status = 'GRANTED'"
							+ " and i.ip_type in ('TRADEMARK', 'COLLECTIVE_MARK', 'CERTIFICATION_MARK')"
							+ " and (i.granted_on is null or i.granted_on <= :day))")
						.param("unit", unit).param("day", day).query(BigDecimal.class).single();
				});
	}

	interface Figure {

		BigDecimal value(long unit, int year);

	}

	private static IndicatorSource source(String code, String labelKey, String unitKey, Figure figure) {
		return new IndicatorSource() {

			@Override
			public String code() {
				return code;
			}

			@Override
			public String labelKey() {
				return labelKey;
			}

			@Override
			public String unitKey() {
				return unitKey;
			}

			@Override
			public BigDecimal value(long orgUnitId, int year) {
				return figure.value(orgUnitId, year);
			}
		};
	}

}
