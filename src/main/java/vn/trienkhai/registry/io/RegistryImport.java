package vn.trienkhai.registry.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.VietnameseText;
import vn.trienkhai.registry.RegistryKind;
import vn.trienkhai.registry.shared.RegistryTable;
import vn.trienkhai.registry.shared.RegistryTable.Column;
import vn.trienkhai.registry.shared.RegistryTable.ImportContext;

/**
 * Imports a CSV or XLSX file into one registry. Every row is checked first; a file with a problem saves
 * nothing unless the person chose to skip bad rows. The saves run in one transaction, and when skipping, each
 * row in a savepoint of its own: a row the database refuses (a tax code twice in the same file) is then
 * reported and left out while the others are kept.
 */
@Service
class RegistryImport {

	private final RegistryTables tables;

	private final MessageSource messages;

	private final TransactionTemplate transaction;

	private final TransactionTemplate savepoint;

	RegistryImport(RegistryTables tables, MessageSource messages, PlatformTransactionManager transactions) {
		this.tables = tables;
		this.messages = messages;
		this.transaction = new TransactionTemplate(transactions);
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	ImportReport run(RegistryKind kind, String filename, byte[] bytes, ImportContext context, boolean skipBad,
			Locale locale) {
		RegistryTable table = tables.get(kind);
		TableFile file = TableFile.read(filename, bytes);
		List<ImportReport.Problem> problems = new ArrayList<>();
		Map<Integer, Column> columns = columns(table, file.header(), problems, locale);
		if (!problems.isEmpty()) {
			// a header the registry does not know: no row can be read right, whatever the person chose
			return new ImportReport(kind, filename, file.encoding(), file.lines().size(), 0, file.lines().size(),
					skipBad, problems);
		}
		List<Prepared> prepared = new ArrayList<>();
		for (TableFile.Line line : file.lines()) {
			Map<String, String> values = new HashMap<>();
			columns.forEach((index, column) -> {
				String cell = index < line.cells().size() ? line.cells().get(index) : "";
				if (!cell.isEmpty()) {
					values.put(column.key(), cell);
				}
			});
			RegistryTable.Row row;
			try {
				row = table.check(values, context);
			}
			catch (InvalidInputException e) {
				row = RegistryTable.Row.of(List.of(new RegistryTable.Problem(null, e.messageKey(), e.args())), null);
			}
			if (row.ok()) {
				prepared.add(new Prepared(line.number(), row.save()));
			}
			else {
				for (RegistryTable.Problem p : row.problems()) {
					problems.add(problem(line.number(), table, p.column(), p.messageKey(), p.args(), locale));
				}
			}
		}
		int rows = file.lines().size();
		if (!problems.isEmpty() && !skipBad) {
			return new ImportReport(kind, filename, file.encoding(), rows, 0, rows, false, problems);
		}
		int saved = skipBad ? saveEachOrSkip(prepared, table, problems, locale) : saveAll(prepared, table, problems, locale);
		return new ImportReport(kind, filename, file.encoding(), rows, saved, rows - saved, skipBad, problems);
	}

	private int saveAll(List<Prepared> prepared, RegistryTable table, List<ImportReport.Problem> problems,
			Locale locale) {
		int[] current = { 0 };
		try {
			transaction.executeWithoutResult(status -> {
				for (Prepared p : prepared) {
					current[0] = p.row;
					p.save.run();
				}
			});
			return prepared.size();
		}
		catch (InvalidInputException e) {
			problems.add(problem(current[0], table, null, e.messageKey(), e.args(), locale));
		}
		catch (DataAccessException e) {
			problems.add(problem(current[0], table, null, "registry.import.error.save", new Object[0], locale));
		}
		return 0;
	}

	private int saveEachOrSkip(List<Prepared> prepared, RegistryTable table, List<ImportReport.Problem> problems,
			Locale locale) {
		int[] saved = { 0 };
		transaction.executeWithoutResult(status -> {
			for (Prepared p : prepared) {
				try {
					savepoint.executeWithoutResult(s -> p.save.run());
					saved[0]++;
				}
				catch (InvalidInputException e) {
					problems.add(problem(p.row, table, null, e.messageKey(), e.args(), locale));
				}
				catch (DataAccessException e) {
					problems.add(problem(p.row, table, null, "registry.import.error.save", new Object[0], locale));
				}
			}
		});
		problems.sort((a, b) -> Integer.compare(a.row(), b.row()));
		return saved[0];
	}

	/** Which column each header cell is: its key or its label (either language), diacritics and case ignored. */
	private Map<Integer, Column> columns(RegistryTable table, List<String> header, List<ImportReport.Problem> problems,
			Locale locale) {
		Map<String, Column> byName = new HashMap<>();
		for (Column column : table.columns()) {
			byName.put(VietnameseText.fold(column.key()), column);
			for (Locale l : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
				byName.put(VietnameseText.fold(label(column, l)), column);
			}
		}
		Map<Integer, Column> columns = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String cell = header.get(i).replaceFirst("\\s*\\*$", "");
			if (cell.isEmpty()) {
				continue;
			}
			Column column = byName.get(VietnameseText.fold(cell));
			if (column == null) {
				problems.add(new ImportReport.Problem(1, header.get(i),
						messages.getMessage("registry.import.error.unknownColumn", new Object[] { header.get(i) }, locale)));
			}
			else if (columns.containsValue(column)) {
				problems.add(new ImportReport.Problem(1, header.get(i),
						messages.getMessage("registry.import.error.repeatedColumn", new Object[] { header.get(i) }, locale)));
			}
			else {
				columns.put(i, column);
			}
		}
		for (Column column : table.columns()) {
			if (column.required() && !columns.containsValue(column)) {
				problems.add(new ImportReport.Problem(1, label(column, locale), messages
					.getMessage("registry.import.error.missingColumn", new Object[] { label(column, locale) }, locale)));
			}
		}
		return columns;
	}

	private ImportReport.Problem problem(int row, RegistryTable table, String columnKey, String key, Object[] args,
			Locale locale) {
		String column = null;
		if (columnKey != null) {
			column = table.columns().stream().filter(c -> c.key().equals(columnKey)).findFirst()
				.map(c -> label(c, locale)).orElse(columnKey);
		}
		return new ImportReport.Problem(row, column, messages.getMessage(key, args, key, locale));
	}

	String label(Column column, Locale locale) {
		return messages.getMessage(column.labelKey(), null, column.key(), locale);
	}

	private record Prepared(int row, Runnable save) {
	}

}
