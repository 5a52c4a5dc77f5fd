package vn.trienkhai.registry.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.trienkhai.registry.shared.RegistryTable.Column;

/**
 * Writes a registry's table — the template (header and one example row) or the records of an export — as CSV
 * (UTF-8 with a byte-order mark, so Excel shows the diacritics) or XLSX. The header gives the columns' labels,
 * required ones marked with "*"; the import reads labels or keys, with or without the mark.
 */
final class TableWriter {

	private TableWriter() {
	}

	static byte[] csv(List<Column> columns, List<String> labels, List<Map<String, String>> rows) {
		StringBuilder out = new StringBuilder("\uFEFF");
		for (int i = 0; i < columns.size(); i++) {
			out.append(i > 0 ? "," : "").append(quote(labels.get(i) + (columns.get(i).required() ? " *" : "")));
		}
		out.append("\r\n");
		for (Map<String, String> row : rows) {
			for (int i = 0; i < columns.size(); i++) {
				out.append(i > 0 ? "," : "").append(quote(row.getOrDefault(columns.get(i).key(), "")));
			}
			out.append("\r\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] xlsx(String sheetName, List<Column> columns, List<String> labels, List<Map<String, String>> rows) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(bytes, "trienkhai", "1.0");
			Worksheet sheet = workbook.newWorksheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
			for (int c = 0; c < columns.size(); c++) {
				sheet.value(0, c, labels.get(c) + (columns.get(c).required() ? " *" : ""));
				sheet.style(0, c).bold().fillColor("DDEBF7").set();
				sheet.width(c, Math.min(60, Math.max(12, labels.get(c).length() + 4)));
			}
			for (int r = 0; r < rows.size(); r++) {
				for (int c = 0; c < columns.size(); c++) {
					String value = rows.get(r).get(columns.get(c).key());
					if (value != null && !value.isEmpty()) {
						// text, never numbers: tax codes and GTINs keep their leading zeros
						sheet.value(r + 1, c, value);
					}
				}
			}
			sheet.freezePane(0, 1);
			workbook.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	private static String quote(String value) {
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0
				&& value.indexOf(';') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

}
