package vn.trienkhai.registry.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.VietnameseText;

/**
 * An uploaded table: the header row and the data rows as cell texts, from CSV (comma, semicolon or tab,
 * RFC 4180 quotes, any encoding {@link LegacyText} knows) or XLSX (the first sheet). Row numbers are those
 * a person sees in the spreadsheet: the header is row 1.
 */
record TableFile(List<String> header, List<Line> lines, LegacyText.Encoding encoding) {

	/** More rows than this are refused: split the file. */
	static final int MAX_ROWS = 50_000;

	record Line(int number, List<String> cells) {
	}

	static TableFile read(String filename, byte[] bytes) {
		String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
		if (bytes.length == 0) {
			throw new InvalidInputException("registry.import.error.empty");
		}
		if (name.endsWith(".xlsx") || startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
			return xlsx(bytes);
		}
		if (name.endsWith(".xls") || startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
			throw new InvalidInputException("registry.import.error.xls");
		}
		if (!name.endsWith(".csv") && !name.endsWith(".txt")) {
			throw new InvalidInputException("registry.import.error.type", filename);
		}
		LegacyText.Decoded text = LegacyText.decode(bytes);
		return csv(text.text(), text.encoding());
	}

	/** A zip (XLSX) or OLE2 (XLS) signature, whatever the file is called. */
	private static boolean startsWith(byte[] bytes, int... signature) {
		if (bytes.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((bytes[i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}

	static TableFile xlsx(byte[] bytes) {
		List<List<String>> rows = new ArrayList<>();
		List<Integer> numbers = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
				Stream<Row> stream = workbook.getFirstSheet().openStream()) {
			stream.forEach(row -> {
				if (numbers.size() > MAX_ROWS) {
					throw new InvalidInputException("registry.import.error.tooManyRows", MAX_ROWS);
				}
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(text(row.getCell(i)));
				}
				rows.add(cells);
				numbers.add(row.getRowNum());
			});
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw new InvalidInputException("registry.import.error.xlsx");
		}
		return of(rows, numbers, LegacyText.Encoding.UTF_8);
	}

	/** A cell as a person reads it: whole numbers without ".0", dates as yyyy-MM-dd. */
	private static String text(Cell cell) {
		if (cell == null || cell.getType() == CellType.EMPTY) {
			return "";
		}
		if (cell.getType() == CellType.NUMBER) {
			String format = cell.getDataFormatString();
			if (format != null && (format.contains("yy") || format.contains("dd"))) {
				return cell.asDate().toLocalDate().toString();
			}
			return cell.asNumber().stripTrailingZeros().toPlainString();
		}
		return cell.getText() == null ? "" : cell.getText();
	}

	static TableFile csv(String text, LegacyText.Encoding encoding) {
		char delimiter = delimiter(text);
		List<List<String>> rows = new ArrayList<>();
		List<Integer> numbers = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int rowStart = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					if (c == '\n') {
						line++;
					}
					cell.append(c);
				}
			}
			else if (c == '"' && cell.length() == 0) {
				quoted = true;
			}
			else if (c == delimiter) {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				numbers.add(rowStart);
				if (rows.size() > MAX_ROWS + 1) {
					throw new InvalidInputException("registry.import.error.tooManyRows", MAX_ROWS);
				}
				row = new ArrayList<>();
				line++;
				rowStart = line;
			}
			else {
				cell.append(c);
			}
		}
		if (quoted) {
			throw new InvalidInputException("registry.import.error.quote", rowStart);
		}
		if (cell.length() > 0 || !row.isEmpty()) {
			row.add(cell.toString());
			rows.add(row);
			numbers.add(rowStart);
		}
		return of(rows, numbers, encoding);
	}

	/** The separator of the header line: Excel in Vietnamese locale writes ';', elsewhere ','. */
	private static char delimiter(String text) {
		int end = text.indexOf('\n');
		String first = end < 0 ? text : text.substring(0, end);
		long semicolons = first.chars().filter(c -> c == ';').count();
		long commas = first.chars().filter(c -> c == ',').count();
		long tabs = first.chars().filter(c -> c == '\t').count();
		if (tabs > commas && tabs > semicolons) {
			return '\t';
		}
		return semicolons > commas ? ';' : ',';
	}

	private static TableFile of(List<List<String>> rows, List<Integer> numbers, LegacyText.Encoding encoding) {
		List<Line> lines = new ArrayList<>();
		List<String> header = null;
		for (int i = 0; i < rows.size(); i++) {
			List<String> cells = rows.get(i).stream().map(VietnameseText::clean).toList();
			if (cells.stream().allMatch(String::isEmpty)) {
				continue;
			}
			if (header == null) {
				header = cells;
			}
			else {
				lines.add(new Line(numbers.get(i), cells));
			}
		}
		if (header == null) {
			throw new InvalidInputException("registry.import.error.empty");
		}
		return new TableFile(header, lines, encoding);
	}

}
