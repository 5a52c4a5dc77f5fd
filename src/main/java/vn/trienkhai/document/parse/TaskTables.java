package vn.trienkhai.document.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Task tables ("Phụ lục nhiệm vụ"): pipe tables in text or Markdown whose header names a lead column
 * ("Cơ quan chủ trì"). Columns are found by their header words, not by position: task ("Nhiệm vụ",
 * "Nội dung"), lead ("chủ trì"), coordinators ("phối hợp"), time ("Thời gian", "Thời hạn", "Tiến độ"),
 * product ("Sản phẩm", "Kết quả"). A header split over two rows ("Cơ quan thực hiện" over "Chủ trì |
 * Phối hợp") is read as one.
 */
final class TaskTables {

	private TaskTables() {
	}

	/** One row of a task table; spans of its cells, -1 when the column is missing. */
	record Row(String task, String lead, List<AgencyPhrases.Item> leadItems, List<String> coordinators,
			String time, DeadlineFinder.Normal deadline, String product, int start, int end, int timeStart,
			int timeEnd) {
	}

	private record Cell(String text, int start, int end) {
	}

	static List<Row> find(ParseContext ctx) {
		List<Row> out = new ArrayList<>();
		int line = ctx.firstLineFrom(ctx.headerEnd);
		while (line < ctx.lineCount()) {
			if (!isRow(ctx, line)) {
				line++;
				continue;
			}
			int first = line;
			while (line < ctx.lineCount() && isRow(ctx, line)) {
				line++;
			}
			if (ctx.lineStart(first) >= ctx.headerEnd) {
				readTable(ctx, first, line, out);
			}
		}
		return out;
	}

	private static boolean isRow(ParseContext ctx, int line) {
		String s = ctx.plainLine(line).strip();
		return s.startsWith("|") && s.indexOf('|', 1) > 0;
	}

	private static void readTable(ParseContext ctx, int first, int last, List<Row> out) {
		List<List<Cell>> rows = new ArrayList<>();
		for (int line = first; line < last; line++) {
			rows.add(cells(ctx, line));
		}
		int header = -1;
		for (int i = 0; i < Math.min(4, rows.size()); i++) {
			if (rowContains(rows.get(i), "chu tri")) {
				header = i;
				break;
			}
		}
		if (header < 0) {
			return;
		}
		List<Cell> head = rows.get(header);
		int lead = column(head, "chu tri");
		int coord = column(head, "phoi hop");
		int task = column(head, "nhiem vu", "noi dung", "hoat dong", "giai phap", "ten ");
		int time = column(head, "thoi gian", "thoi han", "tien do", "hoan thanh");
		int product = column(head, "san pham", "ket qua");
		if (header > 0) {
			// the row above may hold the columns that span two header rows
			List<Cell> above = rows.get(header - 1);
			task = task >= 0 ? task : column(above, "nhiem vu", "noi dung", "hoat dong", "giai phap", "ten ");
			time = time >= 0 ? time : column(above, "thoi gian", "thoi han", "tien do", "hoan thanh");
			product = product >= 0 ? product : column(above, "san pham", "ket qua");
		}
		if (task < 0) {
			task = firstTextColumn(head, lead);
		}
		for (int i = header + 1; i < rows.size(); i++) {
			List<Cell> row = rows.get(i);
			if (separator(row) || rowContains(row, "chu tri")) {
				continue;
			}
			Cell leadCell = cell(row, lead);
			Cell taskCell = cell(row, task);
			if (leadCell == null || leadCell.text().isBlank() || taskCell == null || taskCell.text().isBlank()) {
				continue; // a group heading row, or empty
			}
			AgencyPhrases.Phrase leadPhrase = new AgencyPhrases.Phrase(leadCell.text(), leadCell.start(),
					leadCell.end());
			List<AgencyPhrases.Item> leadItems = AgencyPhrases.split(ctx, leadPhrase);
			List<String> coordinators = new ArrayList<>();
			Cell coordCell = cell(row, coord);
			if (coordCell != null && !coordCell.text().isBlank()) {
				for (AgencyPhrases.Item item : AgencyPhrases.split(ctx,
						new AgencyPhrases.Phrase(coordCell.text(), coordCell.start(), coordCell.end()))) {
					coordinators.add(item.name());
				}
			}
			Cell timeCell = cell(row, time);
			DeadlineFinder.Normal deadline = timeCell == null ? null : DeadlineFinder.cell(timeCell.text());
			Cell productCell = cell(row, product);
			int start = ctx.lineStart(first + i);
			int end = ctx.lineEnd(first + i);
			out.add(new Row(taskCell.text(), leadCell.text(), leadItems, coordinators,
					timeCell == null ? null : timeCell.text(), deadline,
					productCell == null || productCell.text().isBlank() ? null : productCell.text(), start, end,
					timeCell == null ? -1 : timeCell.start(), timeCell == null ? -1 : timeCell.end()));
		}
	}

	private static List<Cell> cells(ParseContext ctx, int line) {
		int start = ctx.lineStart(line);
		int end = ctx.lineEnd(line);
		String plain = ctx.plain;
		List<Cell> out = new ArrayList<>();
		int bar = plain.indexOf('|', start);
		while (bar >= 0 && bar < end) {
			int next = plain.indexOf('|', bar + 1);
			if (next < 0 || next > end) {
				break;
			}
			int s = bar + 1;
			int e = next;
			while (s < e && Character.isWhitespace(plain.charAt(s))) {
				s++;
			}
			while (e > s && Character.isWhitespace(plain.charAt(e - 1))) {
				e--;
			}
			out.add(new Cell(VnText.collapse(plain.substring(s, e)), s, e));
			bar = next;
		}
		return out;
	}

	private static boolean rowContains(List<Cell> row, String folded) {
		for (Cell c : row) {
			if (VnText.fold(c.text()).contains(folded)) {
				return true;
			}
		}
		return false;
	}

	private static int column(List<Cell> row, String... words) {
		for (int i = 0; i < row.size(); i++) {
			String f = VnText.fold(row.get(i).text()) + " ";
			for (String w : words) {
				if (f.contains(w) && !(w.equals("noi dung") && f.contains("chu tri"))) {
					return i;
				}
			}
		}
		return -1;
	}

	private static int firstTextColumn(List<Cell> row, int lead) {
		for (int i = 0; i < row.size() && i < lead; i++) {
			String f = VnText.fold(row.get(i).text()).strip();
			if (!f.equals("tt") && !f.equals("stt") && !f.equals("so tt") && !f.isEmpty()) {
				return i;
			}
		}
		return -1;
	}

	private static boolean separator(List<Cell> row) {
		for (Cell c : row) {
			if (!c.text().matches(":?-{2,}:?|")) {
				return false;
			}
		}
		return true;
	}

	private static Cell cell(List<Cell> row, int index) {
		return index >= 0 && index < row.size() ? row.get(index) : null;
	}

}
