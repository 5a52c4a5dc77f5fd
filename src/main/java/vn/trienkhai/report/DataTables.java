package vn.trienkhai.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.trienkhai.monitoring.IndicatorRollup;
import vn.trienkhai.monitoring.ProgressReport;
import vn.trienkhai.monitoring.ReportingRounds;
import vn.trienkhai.monitoring.Round;
import vn.trienkhai.monitoring.TargetProgress;
import vn.trienkhai.plan.Deadline;
import vn.trienkhai.plan.Indicator;
import vn.trienkhai.plan.Task;

/**
 * A plan's data as tables: its tasks, the indicator values reported per unit and period (with the plan unit's
 * rolled-up figures), and how complete and timely each round's reports are. Always with Vietnamese headers:
 * the export is an official working file.
 *
 * <p>Each table is built once as rows of cells (String, LocalDate, Integer, BigDecimal or null) and written two
 * ways. The XLSX is the one for people: real date and number cells with display formats, a frozen header with a
 * filter. The CSV is for machines: RFC 4180 with CRLF, UTF-8 with a BOM (so Excel reads the Vietnamese),
 * comma-separated, dates ISO ({@code 2026-06-30}) and numbers with a dot ({@code 1234.5}), whatever the
 * reader's locale. A table may have a second block below a blank row (the roll-up, the totals per round), with
 * its own header; both formats keep it.
 */
@Component
class DataTables {

	/** The tables, each a sheet of the workbook or a CSV file. */
	enum DataTable {

		TASKS("nhiem-vu"), VALUES("gia-tri-chi-tieu"), COMPLETENESS("tinh-hinh-bao-cao");

		private final String stem;

		DataTable(String stem) {
			this.stem = stem;
		}

		/** The file name without extension. */
		String stem() {
			return stem;
		}

	}

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** Excel's limit on a cell's text. */
	static final int MAX_CELL = 32_767;

	/** What XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/FFFF): the XLSX could not hold it. */
	private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

	/*
	 * Display formats. The codes are always written with "," for thousands and "." for decimals; Excel shows the
	 * separators of the reader's system, so Vietnamese Excel shows "1.234,5". The [$-42A] prefix (LCID of
	 * vi-VN) is accepted by fastexcel and read back intact by POI, still a date format (DataTablesTest checks
	 * it). LibreOffice takes separators from the format's language, not the system: with the prefix it shows
	 * 1234.5 as "1.234,5" and 31/12/2026 as such even on an English profile, without it "1,234.5" (checked by
	 * hand with LibreOffice 7.4, converting the workbook to CSV as shown). For Excel it only picks Vietnamese
	 * names, should a format ever spell months. A value with no fraction gets the integer format: "#,##0.##"
	 * would show 1234 as "1.234," with a dangling separator.
	 */
	static final String DATE_FORMAT = "[$-42A]dd/mm/yyyy";

	static final String DECIMAL_FORMAT = "[$-42A]#,##0.##";

	static final String COUNT_FORMAT = "[$-42A]#,##0";

	static final String WHOLE_FORMAT = "0";

	private static final String HEADER_FILL = "D9E1F2";

	/** Rows written between flushes of a sheet to the stream. */
	private static final int FLUSH_EVERY = 500;

	private static final String[] ROMAN = { "I", "II", "III", "IV" };

	/** How a column's cells are shown in the XLSX: numbers with which format, text wrapped or not. */
	enum Kind {
		TEXT, WRAP, DATE, WHOLE, COUNT, DECIMAL
	}

	/** A column: its header and width in characters. */
	record Column(String header, int width, Kind kind) {
	}

	/** A header and its rows; cells are cleaned for XML and cut to Excel's limit here, for both formats. */
	record Block(List<Column> columns, List<List<Object>> rows) {

		Block {
			columns = List.copyOf(columns);
			rows = rows.stream().map(r -> r.stream().map(DataTables::clean).toList()).toList();
		}

	}

	/** A sheet: its name and blocks, each below a blank row after the first. */
	record Table(String name, List<Block> blocks) {

		Table {
			name = name.length() > 31 ? name.substring(0, 31) : name;
			blocks = List.copyOf(blocks);
		}

	}

	private final MessageSource messages;

	DataTables(MessageSource messages) {
		this.messages = messages;
	}

	/** The three tables as sheets of one workbook. */
	byte[] xlsx(SpanData data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "trienkhai", "1.0")) {
			for (DataTable t : DataTable.values()) {
				Table table = table(data, t);
				write(workbook.newWorksheet(table.name()), table);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** One table as CSV: see the class comment. */
	byte[] csv(SpanData data, DataTable table) {
		StringBuilder out = new StringBuilder("\uFEFF");
		List<Block> blocks = table(data, table).blocks();
		for (int b = 0; b < blocks.size(); b++) {
			if (b > 0) {
				out.append("\r\n");
			}
			line(out, blocks.get(b).columns().stream().map(c -> (Object) c.header()).toList());
			blocks.get(b).rows().forEach(row -> line(out, row));
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	Table table(SpanData data, DataTable table) {
		return switch (table) {
			case TASKS -> tasks(data);
			case VALUES -> values(data);
			case COMPLETENESS -> completeness(data);
		};
	}

	// --- the tables

	private Table tasks(SpanData data) {
		List<Column> columns = List.of(column("tasks.number", 6, Kind.WHOLE), column("tasks.section", 8, Kind.TEXT),
				column("tasks.text", 60, Kind.WRAP), column("tasks.product", 30, Kind.WRAP),
				column("tasks.leads", 30, Kind.WRAP), column("tasks.coordinators", 30, Kind.WRAP),
				column("tasks.deadline", 14, Kind.DATE), column("tasks.status", 22, Kind.WRAP),
				column("tasks.percent", 12, Kind.WHOLE), column("tasks.completedOn", 14, Kind.DATE),
				column("tasks.results", 70, Kind.WRAP));
		List<List<Object>> rows = new ArrayList<>();
		int number = 0;
		for (Task t : data.tasks()) {
			Integer percent = data.percentDone(t.id());
			rows.add(row(++number, t.section(), t.text(), t.product(), t.leadNames(), t.coordinatorNames(),
					deadline(t.deadline()), text("task.status." + t.status(data.today())), percent, t.completedOn(),
					results(data, t.id())));
		}
		return new Table(text("report.table.sheet.tasks"), List.of(new Block(columns, rows)));
	}

	private Table values(SpanData data) {
		Map<Long, Indicator> indicators = new LinkedHashMap<>();
		Map<Long, TargetProgress.Standing> byIndicator = new LinkedHashMap<>();
		for (TargetProgress.Standing s : data.targets()) {
			indicators.putIfAbsent(s.indicator().id(), s.indicator());
			byIndicator.putIfAbsent(s.indicator().id(), s);
		}
		List<Column> head = List.of(column("values.indicator", 45, Kind.WRAP), column("values.unit", 14, Kind.TEXT),
				column("values.orgUnit", 30, Kind.TEXT), column("values.from", 12, Kind.DATE),
				column("values.to", 12, Kind.DATE), column("values.value", 14, Kind.DECIMAL));
		List<List<Object>> reported = new ArrayList<>();
		for (IndicatorRollup.Reported v : data.values()) {
			Indicator i = indicators.get(v.indicatorId());
			reported.add(row(i == null ? null : i.name(), i == null ? null : i.unit(), data.unitNames().get(v.orgUnitId()),
					v.periodStart(), v.periodEnd(), v.value(), v.sourceNote()));
		}
		List<List<Object>> rolledUp = new ArrayList<>();
		for (TargetProgress.Standing s : byIndicator.values()) {
			Indicator i = s.indicator();
			String rule = text("plan.indicator.aggregation." + i.aggregation());
			for (IndicatorRollup.Figure f : s.series()) {
				rolledUp.add(row(i.name(), i.unit(), data.unitName(), f.periodStart(), f.periodEnd(), f.value(), rule,
						f.units()));
			}
		}
		return new Table(text("report.table.sheet.values"), List.of(
				new Block(plus(head, column("values.source", 30, Kind.WRAP)), reported),
				new Block(plus(head, column("values.aggregation", 30, Kind.WRAP), column("values.units", 12, Kind.COUNT)),
						rolledUp)));
	}

	private Table completeness(SpanData data) {
		List<Column> columns = List.of(column("completeness.round", 24, Kind.WRAP), column("completeness.due", 12, Kind.DATE),
				column("completeness.agency", 40, Kind.WRAP), column("completeness.orgUnit", 30, Kind.TEXT),
				column("completeness.status", 24, Kind.TEXT), column("completeness.firstSubmitted", 14, Kind.DATE),
				column("completeness.timeliness", 22, Kind.TEXT));
		List<Column> totalsColumns = List.of(columns.get(0), columns.get(1), column("completeness.responsible", 14, Kind.COUNT),
				count("monitoring.timeliness.ON_TIME"), count("monitoring.timeliness.LATE"),
				count("monitoring.timeliness.MISSING"), count("monitoring.timeliness.NOT_DUE"),
				count("monitoring.report.status.APPROVED"));
		List<List<Object>> rows = new ArrayList<>();
		List<List<Object>> totals = new ArrayList<>();
		for (Round round : data.span().rounds()) {
			String label = roundLabel(round);
			List<ReportingRounds.Standing> standings = data.standings().getOrDefault(round.id(), List.of());
			for (ReportingRounds.Standing s : standings) {
				// an agency given more time owes its report by the exception's day
				LocalDate due = s.exceptionUntil() != null && s.exceptionUntil().isAfter(round.dueOn()) ? s.exceptionUntil()
						: round.dueOn();
				LocalDate first = s.firstSubmittedAt() == null ? null
						: s.firstSubmittedAt().atZone(ReportingRounds.ZONE).toLocalDate();
				rows.add(row(label, due, s.agencyName(), data.unitNames().get(s.orgUnitId()),
						text("monitoring.report.status." + (s.reportId() == null ? "NONE" : s.status().name())), first,
						text("monitoring.timeliness." + s.timeliness())));
			}
			ReportingRounds.Completeness c = ReportingRounds.Completeness.of(standings);
			totals.add(row(label, round.dueOn(), c.responsible(), c.onTime(), c.late(), c.missing(), c.notDue(),
					c.approved()));
		}
		return new Table(text("report.table.sheet.completeness"),
				List.of(new Block(columns, rows), new Block(totalsColumns, totals)));
	}

	// --- the cells

	/** A fixed day as a date; a recurring deadline in words; none as an empty cell. */
	private Object deadline(Deadline d) {
		if (d == null || d.fixedDay() != null) {
			return d == null ? null : d.fixedDay();
		}
		String day = d.day() == null ? null : String.valueOf(d.day());
		return switch (d.kind()) {
			case "YEARLY" -> day == null ? text("report.table.deadline.yearlyMonth", String.valueOf(d.month()))
					: text("report.table.deadline.yearlyDay", day, String.valueOf(d.month()));
			case "QUARTERLY" -> day == null ? text("report.table.deadline.quarterly")
					: text("report.table.deadline.quarterlyDay", day);
			case "MONTHLY" -> day == null ? text("report.table.deadline.monthly") : text("report.table.deadline.monthlyDay", day);
			default -> null;
		};
	}

	/** What the approved reports of the span say of a task: "Agency: text", a line each. */
	private static String results(SpanData data, long taskId) {
		List<String> lines = new ArrayList<>();
		for (SpanData.Said s : data.said(taskId)) {
			String results = s.entry().results();
			if (results != null && !results.isBlank()) {
				lines.add(s.from().agencyName() + ": " + results.strip());
			}
		}
		return String.join("\n", lines);
	}

	/**
	 * A round's name as officers say it: "Năm 2026", "6 tháng đầu năm 2026", "Quý III/2026", "Tháng 7/2026",
	 * "Sơ kết 3 năm"; a title of the coordinator's own as it is. (The pages have the same rule in
	 * monitoring.web.RoundLabels, which is the monitoring module's own and follows the page's language.)
	 */
	String roundLabel(Round round) {
		String label = round.label();
		String year = label.length() >= 4 ? label.substring(0, 4) : label;
		return switch (round.kind()) {
			case ANNUAL -> label.matches("\\d{4}") ? text("monitoring.round.label.ANNUAL", label) : label;
			case SEMIANNUAL -> label.matches("\\d{4}-H[12]")
					? text(label.endsWith("1") ? "monitoring.round.label.H1" : "monitoring.round.label.H2", year) : label;
			case QUARTERLY -> label.matches("\\d{4}-Q[1-4]")
					? text("monitoring.round.label.QUARTERLY", ROMAN[label.charAt(6) - '1'], year) : label;
			case MONTHLY -> label.matches("\\d{4}-(0[1-9]|1[0-2])")
					? text("monitoring.round.label.MONTHLY", String.valueOf(Integer.parseInt(label.substring(5))), year)
					: label;
			case INTERIM_REVIEW, FINAL_REVIEW -> label.matches("\\d+") ? text("monitoring.round.label." + round.kind(), label)
					: label;
			case AD_HOC -> label;
		};
	}

	/** Text XML 1.0 can hold, within Excel's limit (cut with "…"), CR LF as LF; other cells as they are. */
	static Object clean(Object cell) {
		if (!(cell instanceof String s)) {
			return cell;
		}
		String text = NOT_XML.matcher(s.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
		if (text.length() <= MAX_CELL) {
			return text;
		}
		int cut = MAX_CELL - 1;
		if (Character.isHighSurrogate(text.charAt(cut - 1))) {
			cut--;
		}
		return text.substring(0, cut) + "…";
	}

	// --- XLSX

	private static void write(Worksheet sheet, Table table) throws IOException {
		// widths, the frozen header and the filter go before the first flush: they are written ahead of the rows
		Map<Integer, Integer> widths = new LinkedHashMap<>();
		for (Block b : table.blocks()) {
			for (int c = 0; c < b.columns().size(); c++) {
				widths.merge(c, b.columns().get(c).width(), Math::max);
			}
		}
		widths.forEach(sheet::width);
		sheet.freezePane(0, 1);
		Block main = table.blocks().get(0);
		sheet.setAutoFilter(0, 0, main.rows().size(), main.columns().size() - 1);
		int r = 0;
		for (Block b : table.blocks()) {
			if (r > 0) {
				r++;
			}
			header(sheet, r++, b.columns());
			for (List<Object> row : b.rows()) {
				for (int c = 0; c < row.size(); c++) {
					cell(sheet, r, c, row.get(c), b.columns().get(c).kind());
				}
				if (++r % FLUSH_EVERY == 0) {
					sheet.flush();
				}
			}
		}
		sheet.finish();
	}

	private static void header(Worksheet sheet, int r, List<Column> columns) {
		for (int c = 0; c < columns.size(); c++) {
			sheet.value(r, c, columns.get(c).header());
		}
		sheet.range(r, 0, r, columns.size() - 1).style().bold().fillColor(HEADER_FILL).wrapText(true)
			.verticalAlignment("center").set();
	}

	private static void cell(Worksheet sheet, int r, int c, Object value, Kind kind) {
		if (value == null) {
			return;
		}
		if (value instanceof LocalDate d) {
			sheet.value(r, c, d);
			sheet.style(r, c).format(DATE_FORMAT).verticalAlignment("top").set();
		}
		else if (value instanceof Number n) {
			sheet.value(r, c, n instanceof BigDecimal b ? (Number) b.doubleValue() : n);
			sheet.style(r, c).format(numberFormat(n, kind)).verticalAlignment("top").set();
		}
		else {
			sheet.value(r, c, value.toString());
			sheet.style(r, c).wrapText(kind == Kind.WRAP).verticalAlignment("top").set();
		}
	}

	private static String numberFormat(Number n, Kind kind) {
		return switch (kind) {
			case WHOLE -> WHOLE_FORMAT;
			case DECIMAL -> n instanceof BigDecimal b && b.stripTrailingZeros().scale() > 0 ? DECIMAL_FORMAT : COUNT_FORMAT;
			default -> COUNT_FORMAT;
		};
	}

	// --- CSV

	private static void line(StringBuilder out, List<Object> cells) {
		for (int c = 0; c < cells.size(); c++) {
			if (c > 0) {
				out.append(',');
			}
			out.append(field(cells.get(c)));
		}
		out.append("\r\n");
	}

	/** A field as RFC 4180 has it; text a spreadsheet would run as a formula starts with an apostrophe. */
	static String field(Object cell) {
		if (cell == null) {
			return "";
		}
		if (cell instanceof BigDecimal b) {
			return b.stripTrailingZeros().toPlainString();
		}
		if (!(cell instanceof String s)) {
			return cell.toString();
		}
		if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
			s = "'" + s;
		}
		if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0) {
			return '"' + s.replace("\"", "\"\"") + '"';
		}
		return s;
	}

	// --- helpers

	private Column column(String key, int width, Kind kind) {
		return new Column(text("report.table." + key), width, kind);
	}

	private Column count(String key) {
		return new Column(text(key), 12, Kind.COUNT);
	}

	private static List<Column> plus(List<Column> columns, Column... more) {
		List<Column> out = new ArrayList<>(columns);
		out.addAll(Arrays.asList(more));
		return out;
	}

	/** A row that may hold empty cells (null). */
	private static List<Object> row(Object... cells) {
		return Arrays.asList(cells);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, VIETNAMESE);
	}

}
