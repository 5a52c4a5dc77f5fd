package vn.trienkhai.registry.equipment;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.trienkhai.registry.RegistryKind;
import vn.trienkhai.registry.Visibility;
import vn.trienkhai.registry.shared.RegistryTable;

/** Import and export of shared equipment; the unit by its code within the import unit's subtree. */
@Component
class EquipmentTable implements RegistryTable {

	private final EquipmentRegistry registry;

	private final JdbcClient jdbc;

	EquipmentTable(EquipmentRegistry registry, JdbcClient jdbc) {
		this.registry = registry;
		this.jdbc = jdbc;
	}

	@Override
	public RegistryKind kind() {
		return RegistryKind.EQUIPMENT;
	}

	@Override
	public List<Column> columns() {
		return List.of(new Column("LAB", "equipment.field.lab", true, "Phòng thí nghiệm Sinh học phân tử"),
				new Column("DEVICE", "equipment.field.device", true, "Máy PCR định lượng"),
				new Column("MODEL", "equipment.field.model", false, "QuantStudio 5"),
				new Column("MANUFACTURER", "equipment.field.manufacturer", false, "Thermo Fisher"),
				new Column("SPECIFICATIONS", "equipment.field.specifications", false, "96 giếng, 6 kênh màu"),
				new Column("STATUS", "equipment.field.status", false, "AVAILABLE"),
				new Column("OPEN_DAYS", "equipment.field.openDays", false, "1,2,3,4,5"),
				new Column("OPENS_AT", "equipment.field.opensAt", false, "08:00"),
				new Column("CLOSES_AT", "equipment.field.closesAt", false, "17:00"),
				new Column("UNIT", "equipment.field.unitCode", false, "92"),
				new Column("VISIBILITY", "equipment.field.visibility", false, "PUBLIC"));
	}

	@Override
	public Row check(Map<String, String> values, ImportContext context) {
		List<Problem> problems = new ArrayList<>();
		for (String required : List.of("LAB", "DEVICE")) {
			if (values.get(required) == null) {
				problems.add(new Problem(required, "equipment.error.column.required", required));
			}
		}
		long unit = context.orgUnitId();
		if (values.get("UNIT") != null) {
			Optional<Long> found = jdbc.sql("""
					select u.id from org_unit u where u.code = :code
					   and u.path <@ (select path from org_unit where id = :scope) order by u.id limit 1
					""").param("code", values.get("UNIT")).param("scope", unit).query(Long.class).optional();
			if (found.isEmpty()) {
				problems.add(new Problem("UNIT", "equipment.error.unit", values.get("UNIT")));
			}
			else {
				unit = found.get();
			}
		}
		EquipmentStatus status = EquipmentStatus.AVAILABLE;
		Visibility visibility = Visibility.INTERNAL;
		var days = OpenDays.parse("1,2,3,4,5");
		LocalTime opens = LocalTime.of(8, 0);
		LocalTime closes = LocalTime.of(17, 0);
		try {
			if (values.get("STATUS") != null) {
				status = EquipmentStatus.valueOf(values.get("STATUS").toUpperCase());
			}
		}
		catch (IllegalArgumentException e) {
			problems.add(new Problem("STATUS", "equipment.error.status", values.get("STATUS")));
		}
		try {
			if (values.get("VISIBILITY") != null) {
				visibility = Visibility.valueOf(values.get("VISIBILITY").toUpperCase());
			}
		}
		catch (IllegalArgumentException e) {
			problems.add(new Problem("VISIBILITY", "equipment.error.visibility", values.get("VISIBILITY")));
		}
		try {
			if (values.get("OPEN_DAYS") != null) {
				days = OpenDays.parse(values.get("OPEN_DAYS"));
			}
			if (values.get("OPENS_AT") != null) {
				opens = LocalTime.parse(values.get("OPENS_AT"));
			}
			if (values.get("CLOSES_AT") != null) {
				closes = LocalTime.parse(values.get("CLOSES_AT"));
			}
			if (!closes.isAfter(opens)) {
				problems.add(new Problem("CLOSES_AT", "equipment.error.hours"));
			}
		}
		catch (RuntimeException e) {
			problems.add(new Problem(null, "equipment.error.hours"));
		}
		EquipmentInput input = new EquipmentInput(unit, context.ownerAgencyId(), visibility, values.get("LAB"),
				values.get("DEVICE"), values.get("MODEL"), values.get("MANUFACTURER"), values.get("SPECIFICATIONS"),
				status, days, opens, closes);
		return Row.of(problems, () -> registry.create(input));
	}

	@Override
	public List<Map<String, String>> export(ImportContext context) {
		List<Map<String, String>> rows = new ArrayList<>();
		for (Equipment e : registry.readable(context.orgUnitId())) {
			Map<String, String> row = new LinkedHashMap<>();
			row.put("LAB", e.labName());
			row.put("DEVICE", e.deviceName());
			row.put("MODEL", nz(e.model()));
			row.put("MANUFACTURER", nz(e.manufacturer()));
			row.put("SPECIFICATIONS", nz(e.specifications()));
			row.put("STATUS", e.status().name());
			row.put("OPEN_DAYS", OpenDays.format(e.openDays()));
			row.put("OPENS_AT", e.opensAt().toString());
			row.put("CLOSES_AT", e.closesAt().toString());
			row.put("UNIT", jdbc.sql("select code from org_unit where id = :id").param("id", e.orgUnitId())
				.query(String.class).single());
			row.put("VISIBILITY", e.visibility().name());
			rows.add(row);
		}
		return rows;
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
