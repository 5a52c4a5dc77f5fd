package vn.trienkhai.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.trienkhai.IntegrationTest;

/**
 * Roll-up rules on the real database, with the real administrative tree: sums, averages, weighted averages
 * and ratios of sums from communes to their province and the nation; a unit's own figure winning over its
 * children's; unapproved values left out; values of 2024 units counted through the mapping — a merged commune
 * in its successor, a split one in the province only.
 */
@IntegrationTest
class IndicatorRollupIT {

	static final LocalDate START = LocalDate.of(2025, 12, 15);

	static final LocalDate END = LocalDate.of(2026, 12, 14);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IndicatorRollup rollup;

	long nation;

	long province;

	List<Long> communes;

	@BeforeEach
	void setUp() {
		nation = jdbc.sql("select id from org_unit where parent_id is null").query(Long.class).single();
		province = jdbc.sql("select id from org_unit where name = 'Tỉnh Cao Bằng' and version = '2025'").query(Long.class).single();
		communes = jdbc.sql("select id from org_unit where parent_id = :p and version = '2025' order by code limit 3")
			.param("p", province).query(Long.class).list();
	}

	long indicator(String aggregation, String unit, Long a, Long b) {
		String name = "Chỉ số thử " + UUID.randomUUID();
		return jdbc.sql("""
				insert into indicator (org_unit_id, name, unit, name_key, aggregation, numerator_id, denominator_id, weight_id)
				values (:nation, :name, :unit, :name, :agg, :num, :den, :weight) returning id
				""").param("nation", nation).param("name", name).param("unit", unit).param("agg", aggregation)
			.param("num", "RATIO".equals(aggregation) ? a : null).param("den", "RATIO".equals(aggregation) ? b : null)
			.param("weight", "WEIGHTED_AVERAGE".equals(aggregation) ? a : null).query(Long.class).single();
	}

	void value(long indicator, long unit, String value, boolean approved) {
		jdbc.sql("""
				insert into indicator_value (indicator_id, org_unit_id, period_start, period_end, value, approved)
				values (:i, :u, :s, :e, :v, :a)
				""").param("i", indicator).param("u", unit).param("s", START).param("e", END).param("v", new BigDecimal(value))
			.param("a", approved).update();
	}

	BigDecimal figure(long unit, long indicator) {
		List<IndicatorRollup.Figure> f = rollup.figures(unit, List.of(indicator));
		assertThat(f).allSatisfy(x -> assertThat(x.childUnitId()).isNull());
		return f.isEmpty() ? null : f.get(0).value();
	}

	@Test
	void sumsGoUpFromCommunesToTheProvinceAndTheNation() {
		long count = indicator("SUM", "doanh nghiệp", null, null);
		value(count, communes.get(0), "10", true);
		value(count, communes.get(1), "20", true);
		value(count, communes.get(2), "1000", false);
		assertThat(figure(province, count)).isEqualByComparingTo("30");
		assertThat(figure(nation, count)).isEqualByComparingTo("30");
		assertThat(figure(communes.get(0), count)).isEqualByComparingTo("10");
		assertThat(rollup.figures(province, List.of(count)).get(0).units()).isEqualTo(2);
		assertThat(rollup.childFigures(province, List.of(count), END))
			.extracting(IndicatorRollup.Figure::childUnitId, f -> f.value().intValue())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(communes.get(0), 10),
					org.assertj.core.groups.Tuple.tuple(communes.get(1), 20));
		assertThat(rollup.childFigures(nation, List.of(count), END)).singleElement()
			.satisfies(f -> assertThat(f.childUnitId()).isEqualTo(province));
	}

	@Test
	void aUnitsOwnFigureWinsOverItsChildren() {
		long count = indicator("SUM", "doanh nghiệp", null, null);
		value(count, communes.get(0), "10", true);
		value(count, communes.get(1), "20", true);
		value(count, province, "100", true);
		assertThat(figure(province, count)).isEqualByComparingTo("100");
		assertThat(figure(nation, count)).isEqualByComparingTo("100");
		// the children still show their own figures
		assertThat(rollup.childFigures(province, List.of(count), null)).hasSize(2);
	}

	@Test
	void averagesWeightedAveragesAndRatiosOfSums() {
		long average = indicator("AVERAGE", "điểm", null, null);
		value(average, communes.get(0), "10", true);
		value(average, communes.get(1), "20", true);
		value(average, communes.get(2), "60", true);
		assertThat(figure(province, average)).isEqualByComparingTo("30");

		long area = indicator("SUM", "ha", null, null);
		long yield = indicator("WEIGHTED_AVERAGE", "tấn/ha", area, null);
		value(area, communes.get(0), "100", true);
		value(area, communes.get(1), "300", true);
		value(yield, communes.get(0), "5", true);
		value(yield, communes.get(1), "8", true);
		assertThat(figure(province, yield)).isEqualByComparingTo("7.25");

		long certified = indicator("SUM", "ha", null, null);
		long farmed = indicator("SUM", "ha", null, null);
		long share = indicator("RATIO", "%", certified, farmed);
		value(certified, communes.get(0), "30", true);
		value(certified, communes.get(1), "10", true);
		value(farmed, communes.get(0), "100", true);
		value(farmed, communes.get(1), "100", true);
		// (30 + 10) / (100 + 100), not the mean of 30 % and 10 %
		assertThat(figure(province, share)).isEqualByComparingTo("20");
		assertThat(figure(communes.get(0), share)).isEqualByComparingTo("30");

		long min = indicator("MIN", null, null, null);
		value(min, communes.get(0), "4", true);
		value(min, communes.get(1), "2", true);
		assertThat(figure(province, min)).isEqualByComparingTo("2");
	}

	@Test
	void valuesOfUnitsBeforeTheMergerCountThroughTheMapping() {
		// a 2024 commune merged whole into one 2025 commune of a province
		List<Long> merged = jdbc.sql("""
				select s.old_unit_id, min(s.new_unit_id) from org_unit_succession s
				  join org_unit o on o.id = s.old_unit_id and o.version = '2024' and o.level = 3
				  join org_unit n on n.id = s.new_unit_id and n.version = '2025'
				 group by s.old_unit_id having count(*) = 1 order by s.old_unit_id limit 1
				""").query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single();
		long count = indicator("SUM", "doanh nghiệp", null, null);
		value(count, merged.get(0), "7", true);
		value(count, merged.get(1), "5", true);
		long newProvince = jdbc.sql("select parent_id from org_unit where id = :id").param("id", merged.get(1)).query(Long.class).single();
		// the old commune's figure is added to its successor's own
		assertThat(figure(merged.get(1), count)).isEqualByComparingTo("12");
		assertThat(figure(newProvince, count)).isEqualByComparingTo("12");

		// a 2024 commune split between two 2025 communes of one province counts in the province, not in either
		List<Long> split = jdbc.sql("""
				select s.old_unit_id, min(n.parent_id) from org_unit_succession s
				  join org_unit o on o.id = s.old_unit_id and o.version = '2024' and o.level = 3
				  join org_unit n on n.id = s.new_unit_id and n.version = '2025'
				 group by s.old_unit_id having count(*) = 2 and count(distinct n.parent_id) = 1
				 order by s.old_unit_id limit 1
				""").query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single();
		long other = indicator("SUM", "doanh nghiệp", null, null);
		long aCommune = jdbc.sql("select id from org_unit where parent_id = :p and version = '2025' order by code limit 1")
			.param("p", split.get(1)).query(Long.class).single();
		value(other, split.get(0), "3", true);
		value(other, aCommune, "4", true);
		assertThat(figure(split.get(1), other)).isEqualByComparingTo("7");
		assertThat(rollup.childFigures(split.get(1), List.of(other), END)).extracting(IndicatorRollup.Figure::childUnitId)
			.containsExactly(aCommune);
	}

}
