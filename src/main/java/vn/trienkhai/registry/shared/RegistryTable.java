package vn.trienkhai.registry.shared;

import java.util.List;
import java.util.Map;

import vn.trienkhai.registry.RegistryKind;

/**
 * What a registry offers the import and export of CSV and XLSX files: its columns (the template's header
 * row), a check of one row that either lists the row's problems or prepares the record, and the rows of
 * its records for export. Each registry has one bean of this type; the importer finds them all.
 *
 * <p>The importer checks every row first and saves nothing when any row has a problem, unless the user
 * chose to skip bad rows; it then runs the prepared saves in one transaction (a savepoint per row when
 * skipping), so a save that fails on a rule only the database sees (a tax code twice in the file) is
 * reported against its row like any other problem.
 */
public interface RegistryTable {

	RegistryKind kind();

	/** The columns in template order. */
	List<Column> columns();

	/**
	 * Checks one row and prepares its record; never writes.
	 *
	 * @param values the cells by {@link Column#key()}, trimmed, blank cells absent
	 */
	Row check(Map<String, String> values, ImportContext context);

	/** The records of the unit's subtree the user may read, one map (column key → text) each, for export. */
	List<Map<String, String>> export(ImportContext context);

	/**
	 * A column of the template.
	 *
	 * @param key stable code (the CSV header when a file comes back with the codes instead of the labels)
	 * @param labelKey message key of the header shown in the template
	 * @param required whether a row without it is a problem
	 * @param example a sample value (the template's second row and the help text)
	 */
	record Column(String key, String labelKey, boolean required, String example) {
	}

	/** A problem of one cell (or of the whole row when column is null), as a message key and arguments. */
	record Problem(String column, String messageKey, Object... args) {
	}

	/** The outcome of {@link #check}: problems, or (when there are none) the save to run. */
	record Row(List<Problem> problems, Runnable save) {

		public static Row of(List<Problem> problems, Runnable save) {
			return problems.isEmpty() ? new Row(List.of(), save) : new Row(List.copyOf(problems), null);
		}

		public boolean ok() {
			return problems.isEmpty();
		}

	}

	/**
	 * Who imports into which unit: the unit chosen on the import page (rows may name a unit below it) and
	 * the agency that will own the records (a reporter's own; for coordinators the one chosen, or null).
	 */
	record ImportContext(long orgUnitId, Long ownerAgencyId) {
	}

}
