package vn.trienkhai.registry.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.Visibility;
import vn.trienkhai.registry.shared.RegistryTable.ImportContext;
import vn.trienkhai.registry.shared.RegistryTable.Problem;

/** Reading the cells the import tables share: the unit by its code, fields, options, visibility, numbers, dates. */
@Component
public class ImportCells {

	private final JdbcClient jdbc;

	ImportCells(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The unit a row names by {@code org_unit.code} (2025 version) within the import unit's subtree, else the import unit. */
	public Long unit(Map<String, String> values, ImportContext context, List<Problem> problems) {
		String code = values.get("unitCode");
		if (code == null) {
			return context.orgUnitId();
		}
		Optional<Long> id = jdbc.sql("""
				select u.id from org_unit u where u.code = :code and u.version = '2025'
				   and u.path <@ (select path from org_unit where id = :unit)""")
			.param("code", code).param("unit", context.orgUnitId()).query(Long.class).optional();
		if (id.isEmpty()) {
			problems.add(new Problem("unitCode", "registry.import.error.unit", code));
			return null;
		}
		return id.get();
	}

	public BiotechField field(String column, String text, List<Problem> problems) {
		if (text == null) {
			return null;
		}
		try {
			return BiotechField.valueOf(text.trim().toUpperCase());
		}
		catch (IllegalArgumentException e) {
			problems.add(new Problem(column, "registry.import.error.field", text));
			return null;
		}
	}

	public List<BiotechField> fields(String column, String text, List<Problem> problems) {
		List<BiotechField> fields = new ArrayList<>();
		if (text != null) {
			for (String part : text.split("[,;]")) {
				if (!part.isBlank()) {
					BiotechField f = field(column, part, problems);
					if (f != null) {
						fields.add(f);
					}
				}
			}
		}
		return fields;
	}

	public <E extends Enum<E>> E option(Class<E> type, String column, String text, List<Problem> problems) {
		if (text == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.trim().toUpperCase());
		}
		catch (IllegalArgumentException e) {
			problems.add(new Problem(column, "registry.import.error.option", text));
			return null;
		}
	}

	public Visibility visibility(Map<String, String> values, List<Problem> problems) {
		return visibility(values, problems, Visibility.PUBLIC);
	}

	/** The row's visibility, or {@code fallback} when the cell is empty (people and projects stay internal). */
	public Visibility visibility(Map<String, String> values, List<Problem> problems, Visibility fallback) {
		Visibility v = option(Visibility.class, "visibility", values.get("visibility"), problems);
		return v == null ? fallback : v;
	}

	public Integer integer(String column, String text, List<Problem> problems) {
		if (text == null) {
			return null;
		}
		try {
			return Integer.valueOf(text.trim());
		}
		catch (NumberFormatException e) {
			problems.add(new Problem(column, "registry.import.error.number", text));
			return null;
		}
	}

	public BigDecimal decimal(String column, String text, List<Problem> problems) {
		if (text == null) {
			return null;
		}
		String t = text.trim().replace(" ", "").replace("\u00a0", "");
		if (t.matches("\\d{1,3}(\\.\\d{3})+")) {
			// "1.250" is 1250 to a Vietnamese office and 1.25 to a spreadsheet: a guess would be a thousandfold wrong
			problems.add(new Problem(column, "registry.import.error.numberAmbiguous", text));
			return null;
		}
		if (t.matches("\\d{1,3}(\\.\\d{3})+,\\d+")) {
			t = t.replace(".", "");
		}
		try {
			return new BigDecimal(t.replace(',', '.'));
		}
		catch (NumberFormatException e) {
			problems.add(new Problem(column, "registry.import.error.number", text));
			return null;
		}
	}

	/** A date as ISO (2025-03-01) or as Vietnamese offices write it (01/03/2025). */
	public java.time.LocalDate date(String column, String text, List<Problem> problems) {
		if (text == null) {
			return null;
		}
		String t = text.trim();
		try {
			// strict: 31/02/2025 is a typing mistake, not 28 February
			return t.contains("/")
					? java.time.LocalDate.parse(t, java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu")
						.withResolverStyle(java.time.format.ResolverStyle.STRICT))
					: java.time.LocalDate.parse(t);
		}
		catch (java.time.format.DateTimeParseException e) {
			problems.add(new Problem(column, "registry.import.error.date", text));
			return null;
		}
	}

	/**
	 * The unit codes an export writes, so that the file comes back to the same units: a lookup that asks the
	 * database once per unit.
	 */
	public java.util.function.LongFunction<String> unitCodes() {
		Map<Long, String> codes = new java.util.HashMap<>();
		return id -> codes.computeIfAbsent(id, u -> jdbc.sql("select code from org_unit where id = :id").param("id", u)
			.query(String.class).optional().orElse(""));
	}

	public void required(Map<String, String> values, List<Problem> problems, String... columns) {
		for (String c : columns) {
			if (values.get(c) == null) {
				problems.add(new Problem(c, "registry.import.error.required"));
			}
		}
	}

	/** A rule the service found, as a problem of its column. */
	public static Problem problem(FieldInputException e) {
		return new Problem(e.field(), e.messageKey(), e.args());
	}

	/** The reader for exports: the signed-in user's unit, else the import unit (a system export). */
	public static long readerUnit(ImportContext context) {
		return CurrentUser.find().map(u -> u.orgUnitId()).orElse(context.orgUnitId());
	}

	public static String text(Object value) {
		return value == null ? "" : value.toString();
	}

}
