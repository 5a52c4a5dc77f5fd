package vn.trienkhai.plan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.trienkhai.platform.VietnameseText;

/** The indicators targets are set on: one per unit for each thing measured (goal and unit, diacritics aside). */
@Component
class Indicators {

	private final JdbcClient jdbc;

	Indicators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The unit's indicator measuring this, recorded first if new (safe when two imports record it at once):
	 * summed up the tree, or averaged when it is a share.
	 */
	long find(long unit, String name, String measure, boolean lowerIsBetter) {
		String key = VietnameseText.fold(name).replaceAll("[^a-z0-9]+", " ").strip() + " | "
				+ (measure == null ? "" : VietnameseText.fold(measure).strip());
		return jdbc.sql("""
				insert into indicator (org_unit_id, name, unit, name_key, direction, aggregation)
				values (:unit, :name, :measure, :key, :direction, :aggregation)
				on conflict ((coalesce(org_unit_id, 0)), name_key) do update set name_key = excluded.name_key
				returning id
				""")
			.param("unit", unit).param("name", name).param("measure", measure).param("key", key)
			.param("direction", lowerIsBetter ? "LOWER" : "HIGHER")
			// shares do not add up: communes' 40 %, 50 % and 60 % are not a province's 150 %; the coordinator can
			// make it a ratio of two counts on the indicator page
			.param("aggregation", measure != null && measure.strip().equals("%") ? "AVERAGE" : "SUM")
			.query(Long.class)
			.single();
	}

}
