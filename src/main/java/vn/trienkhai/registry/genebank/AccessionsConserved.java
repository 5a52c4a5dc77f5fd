package vn.trienkhai.registry.genebank;

import java.math.BigDecimal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.trienkhai.registry.shared.IndicatorSource;

/**
 * Accessions conserved at 31 December of the year in the unit's subtree: acquired by then (an unknown
 * acquisition year counts, the accession being in the collection) and not withdrawn by then.
 */
@Component
class AccessionsConserved implements IndicatorSource {

	private final JdbcClient jdbc;

	AccessionsConserved(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String code() {
		return "ACCESSIONS_CONSERVED";
	}

	@Override
	public String labelKey() {
		return "genebank.indicator.conserved";
	}

	@Override
	public String unitKey() {
		return "genebank.indicator.conserved.unit";
	}

	@Override
	public BigDecimal value(long orgUnitId, int year) {
		long count = jdbc.sql("""
				select count(*) from genebank_accession a join org_unit u on u.id = a.org_unit_id
				 where u.path <@ (select path from org_unit where id = :unit)
				   and (a.acqdate is null or cast(substr(a.acqdate, 1, 4) as integer) <= :year)
				   and (a.withdrawn_on is null or a.withdrawn_on > make_date(:year, 12, 31))
				""").param("unit", orgUnitId).param("year", year).query(Long.class).single();
		return BigDecimal.valueOf(count);
	}

}
