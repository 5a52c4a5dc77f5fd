package vn.trienkhai.registry.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.trienkhai.registry.RegistryKind;
import vn.trienkhai.registry.shared.RegistryTable;

/**
 * A registry table for the import tests alone, writing straight into the search index: a plain insert, so a
 * record number twice in a file is refused by the database (the primary key) as a real registry's unique
 * index refuses a tax code twice. Kind ST_TASK, which offers no import of its own.
 */
@Component
class IndexOnlyTable implements RegistryTable {

	static final long BASE = 700_000_000L;

	private final JdbcClient jdbc;

	IndexOnlyTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public RegistryKind kind() {
		return RegistryKind.ST_TASK;
	}

	@Override
	public List<Column> columns() {
		return List.of(new Column("number", "registry.import.test.number", true, "1"),
				new Column("title", "registry.import.test.title", true, "Nhân giống lan rừng"),
				new Column("unit", "registry.import.test.unit", false, "20"));
	}

	@Override
	public Row check(Map<String, String> values, ImportContext context) {
		List<Problem> problems = new ArrayList<>();
		String number = values.getOrDefault("number", "");
		if (number.isEmpty()) {
			problems.add(new Problem("number", "registry.import.test.required"));
		}
		else if (!number.matches("\\d{1,6}")) {
			problems.add(new Problem("number", "registry.import.test.number.invalid", number));
		}
		String title = values.getOrDefault("title", "");
		if (title.length() < 3) {
			problems.add(new Problem("title", "registry.import.test.required"));
		}
		Long unit = context.orgUnitId();
		if (values.containsKey("unit")) {
			unit = jdbc.sql("""
					select u.id from org_unit u, org_unit s where s.id = :scope and u.code = :code
					   and u.version = '2025' and u.path <@ s.path
					""").param("scope", context.orgUnitId()).param("code", values.get("unit"))
				.query(Long.class).optional().orElse(null);
			if (unit == null) {
				problems.add(new Problem("unit", "registry.import.test.unit.unknown", values.get("unit")));
			}
		}
		long unitId = unit == null ? 0 : unit;
		return Row.of(problems, () -> jdbc.sql("""
				insert into registry_entry (kind, record_id, org_unit_id, unit_path, title, visibility)
				select 'ST_TASK', :id, u.id, u.path, :title, 'INTERNAL' from org_unit u where u.id = :unit
				""").param("id", BASE + Long.parseLong(number)).param("title", title).param("unit", unitId).update());
	}

	@Override
	public List<Map<String, String>> export(ImportContext context) {
		return jdbc.sql("""
				select (e.record_id - :base)::text as number, e.title from registry_entry e, org_unit s
				 where e.kind = 'ST_TASK' and e.record_id > :base and s.id = :unit and e.unit_path <@ s.path
				 order by e.record_id
				""").param("base", BASE).param("unit", context.orgUnitId())
			.query((rs, n) -> Map.of("number", rs.getString("number"), "title", rs.getString("title")))
			.list();
	}

}
