package vn.trienkhai.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import vn.trienkhai.monitoring.IndicatorRollup;
import vn.trienkhai.monitoring.ProgressReport;
import vn.trienkhai.monitoring.ProgressReports;
import vn.trienkhai.monitoring.ReportStatus;
import vn.trienkhai.monitoring.ReportingRounds;
import vn.trienkhai.monitoring.Round;
import vn.trienkhai.monitoring.RoundKind;
import vn.trienkhai.monitoring.TargetProgress;
import vn.trienkhai.monitoring.TargetStatus;
import vn.trienkhai.monitoring.Timeliness;
import vn.trienkhai.plan.Deadline;
import vn.trienkhai.plan.Indicator;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.PlanStatus;
import vn.trienkhai.plan.Plans;
import vn.trienkhai.plan.Target;
import vn.trienkhai.plan.Task;

import static org.assertj.core.api.Assertions.assertThat;

class DataTablesTest {

	static final long PROVINCE = 10, COMMUNE = 11;

	static final Plan PLAN = new Plan(1, PROVINCE, 3L, null, "12/KH-UBND", "KH", "UBND tỉnh Gia Lai",
			"Kế hoạch thực hiện chuyển đổi số", LocalDate.of(2025, 3, 1), "Gia Lai", PlanStatus.ACTIVE, List.of(2030), 0);

	static final Round H1 = new Round(100, 1, RoundKind.SEMIANNUAL, "2026-H1", LocalDate.of(2026, 1, 1),
			LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 15));

	static final Round Q3 = new Round(101, 1, RoundKind.QUARTERLY, "2026-Q3", LocalDate.of(2026, 7, 1),
			LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 15));

	static final Task.Assignee SO_NN = new Task.Assignee(5, "Sở Nông nghiệp và Môi trường", PROVINCE, null);

	static final Task.Assignee UBND_XA = new Task.Assignee(6, "Ủy ban nhân dân xã Ia Grai", COMMUNE, null);

	static final Task.Assignee SO_TC = new Task.Assignee(7, "Sở Tài chính", PROVINCE, null);

	static final Indicator OCOP = new Indicator(40, null, "Số sản phẩm OCOP", "sản phẩm", "SUM", null, null, null,
			"HIGHER", null, null, 0);

	static final String LONG = "x".repeat(40_000);

	final DataTables tables = new DataTables(messages());

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource m = new ResourceBundleMessageSource();
		m.setBasenames("messages/report", "messages/plan", "messages/monitoring");
		m.setDefaultEncoding("UTF-8");
		m.setFallbackToSystemLocale(false);
		return m;
	}

	static Task task(long id, String section, String text, String product, Deadline deadline, String progress,
			LocalDate completedOn, List<Task.Assignee> leads, List<Task.Assignee> coordinators) {
		return new Task(id, 1, section, (int) id, text, product, deadline, progress, completedOn, leads, coordinators, 0);
	}

	static ProgressReport report(long id, Round round, long agencyId, Instant first) {
		return new ProgressReport(id, round.id(), agencyId, ReportStatus.APPROVED, "Tóm tắt", null, null, first, first,
				"a", first, "b", null, 0);
	}

	static ProgressReport.TaskEntry entry(long taskId, String progress, Integer percent, String results) {
		return new ProgressReport.TaskEntry(taskId, progress, percent, null, results, null, null);
	}

	static SpanData data() {
		Task t1 = task(1, "I.1", "Xây dựng cơ sở dữ liệu đất đai", "Cơ sở dữ liệu",
				new Deadline("DATE", LocalDate.of(2026, 12, 31), null, null), "IN_PROGRESS", null, List.of(SO_NN),
				List.of(SO_TC));
		Task t2 = task(2, "I.2", "=1+1", "Báo cáo, \"tổng hợp\"\nhằng năm", Deadline.parse("--11-15"), "NOT_STARTED",
				null, List.of(UBND_XA), List.of());
		Task t3 = task(3, null, "Rà soát\u0001 thủ tục", null, Deadline.NONE, "DONE", LocalDate.of(2026, 5, 20),
				List.of(SO_TC), List.of());
		Instant onTime = Instant.parse("2026-07-10T02:00:00Z");
		Instant late = Instant.parse("2026-07-20T17:30:00Z"); // 21/07 in Vietnam
		ProgressReport r1 = report(500, H1, SO_NN.agencyId(), onTime);
		ProgressReport r2 = report(501, H1, SO_TC.agencyId(), late);
		List<SpanData.Approved> approved = List.of(
				new SpanData.Approved(H1, r1, SO_NN.name(),
						List.of(new ProgressReports.TaskLine(t1, entry(1, "IN_PROGRESS", 60, "Đã số hóa 60% hồ sơ\u0001")),
								new ProgressReports.TaskLine(t3, entry(3, "DONE", 100, "Phối hợp rà soát")))),
				new SpanData.Approved(H1, r2, SO_TC.name(),
						List.of(new ProgressReports.TaskLine(t3, entry(3, "DONE", 100, LONG)))));
		Map<Long, List<ReportingRounds.Standing>> standings = new java.util.LinkedHashMap<>();
		standings.put(H1.id(), List.of(
				new ReportingRounds.Standing(5, SO_NN.name(), PROVINCE, 500L, ReportStatus.APPROVED, onTime, null,
						Timeliness.ON_TIME),
				new ReportingRounds.Standing(7, SO_TC.name(), PROVINCE, 501L, ReportStatus.APPROVED, late, null,
						Timeliness.LATE),
				new ReportingRounds.Standing(6, UBND_XA.name(), COMMUNE, null, ReportStatus.DRAFT, null, null,
						Timeliness.MISSING)));
		standings.put(Q3.id(), List.of(
				new ReportingRounds.Standing(5, SO_NN.name(), PROVINCE, 502L, ReportStatus.SUBMITTED, onTime, null,
						Timeliness.ON_TIME),
				new ReportingRounds.Standing(6, UBND_XA.name(), COMMUNE, null, ReportStatus.DRAFT, null,
						LocalDate.of(2026, 10, 31), Timeliness.NOT_DUE)));
		Target target = new Target(60, 1, OCOP.id(), OCOP.name(), OCOP.unit(), "Ít nhất 6 sản phẩm", 2030, ">=",
				new BigDecimal("6"), null, null);
		Target target2025 = new Target(61, 1, OCOP.id(), OCOP.name(), OCOP.unit(), "Ít nhất 3 sản phẩm", 2025, ">=",
				new BigDecimal("3"), null, null);
		IndicatorRollup.Figure f2025 = new IndicatorRollup.Figure(OCOP.id(), LocalDate.of(2025, 1, 1),
				LocalDate.of(2025, 12, 31), null, new BigDecimal("1234.5"), 12);
		List<TargetProgress.Standing> targets = List.of(
				new TargetProgress.Standing(target, OCOP, List.of(f2025), f2025, TargetStatus.ON_TRACK, null, null),
				new TargetProgress.Standing(target2025, OCOP, List.of(f2025), f2025, TargetStatus.ON_TRACK, null, null));
		List<IndicatorRollup.Reported> values = List.of(
				new IndicatorRollup.Reported(OCOP.id(), COMMUNE, H1.periodStart(), H1.periodEnd(), new BigDecimal("1234.5"),
						"Phòng Kinh tế, xã Ia Grai", 500L),
				new IndicatorRollup.Reported(OCOP.id(), PROVINCE, H1.periodStart(), H1.periodEnd(), new BigDecimal("-3"),
						"-chỉnh lại", 501L));
		List<Plans.Section> sections = List.of(new Plans.Section(20, null, "I", "Nhiệm vụ chung", 1, null));
		return new SpanData(new ReportSpan(PLAN, List.of(H1, Q3)), "tỉnh Gia Lai", sections, List.of(t1, t2, t3),
				approved, standings, targets, values,
				Map.of(PROVINCE, "tỉnh Gia Lai", COMMUNE, "xã Ia Grai, tỉnh Gia Lai"), LocalDate.of(2026, 10, 15));
	}

	static XSSFWorkbook read(byte[] xlsx) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
	}

	static List<String> texts(Row row) {
		return texts(row, false);
	}

	/** @param csv with text cells guarded as the CSV has them (see {@link DataTables#field}) */
	static List<String> texts(Row row, boolean csv) {
		List<String> out = new ArrayList<>();
		if (row != null) {
			for (int c = 0; c < row.getLastCellNum(); c++) {
				Cell cell = row.getCell(c);
				String text = text(cell);
				boolean formulaLike = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
				out.add(csv && cell != null && cell.getCellType() == CellType.STRING && formulaLike ? "'" + text : text);
			}
		}
		return trimmed(out);
	}

	/** A cell as the CSV has it: dates ISO, numbers with a dot, text as it is. */
	static String text(Cell cell) {
		if (cell == null || cell.getCellType() == CellType.BLANK) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			return DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
					: BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
		}
		return cell.getStringCellValue();
	}

	static List<String> trimmed(List<String> cells) {
		List<String> out = new ArrayList<>(cells);
		while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
			out.remove(out.size() - 1);
		}
		return out;
	}

	@Test
	void theWorkbookHasThreeSheetsWithVietnameseHeaders() throws IOException {
		try (XSSFWorkbook wb = read(tables.xlsx(data()))) {
			assertThat(wb.getNumberOfSheets()).isEqualTo(3);
			assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)))
				.containsExactly("Nhiệm vụ", "Giá trị chỉ tiêu", "Tình hình báo cáo");
			assertThat(texts(wb.getSheetAt(0).getRow(0))).containsExactly("STT", "Mục", "Nhiệm vụ", "Sản phẩm",
					"Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Tình trạng", "Tỷ lệ hoàn thành (%)",
					"Ngày hoàn thành", "Kết quả");
			assertThat(texts(wb.getSheetAt(1).getRow(0))).containsExactly("Chỉ tiêu", "Đơn vị tính", "Đơn vị hành chính",
					"Từ ngày", "Đến ngày", "Giá trị", "Nguồn số liệu");
			assertThat(texts(wb.getSheetAt(2).getRow(0))).containsExactly("Kỳ báo cáo", "Hạn nộp", "Cơ quan",
					"Đơn vị hành chính", "Trạng thái báo cáo", "Ngày gửi lần đầu", "Đúng hạn");
			for (Sheet sheet : wb) {
				XSSFSheet s = (XSSFSheet) sheet;
				Cell header = s.getRow(0).getCell(0);
				assertThat(wb.getFontAt(header.getCellStyle().getFontIndex()).getBold()).isTrue();
				assertThat(header.getCellStyle().getFillForegroundColorColor()).isNotNull();
				assertThat(s.getPaneInformation().isFreezePane()).isTrue();
				assertThat(s.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
				assertThat(s.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
				assertThat(s.getColumnWidth(0)).isGreaterThan(256 * 5);
			}
			assertThat(wb.getSheetAt(0).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:K4");
		}
	}

	@Test
	void aTaskRowHoldsItsData() throws IOException {
		try (XSSFWorkbook wb = read(tables.xlsx(data()))) {
			Row row = wb.getSheetAt(0).getRow(1);
			assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(1.0);
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo("I.1");
			assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Xây dựng cơ sở dữ liệu đất đai");
			assertThat(row.getCell(4).getStringCellValue()).isEqualTo("Sở Nông nghiệp và Môi trường");
			assertThat(row.getCell(5).getStringCellValue()).isEqualTo("Sở Tài chính");
			assertThat(row.getCell(7).getStringCellValue()).isEqualTo("Đang thực hiện, trong hạn");
			assertThat(row.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(60.0);
			assertThat(row.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0");
			assertThat(row.getCell(10).getStringCellValue()).isEqualTo("Sở Nông nghiệp và Môi trường: Đã số hóa 60% hồ sơ");
			assertThat(row.getCell(10).getCellStyle().getWrapText()).isTrue();

			Cell deadline = row.getCell(6);
			assertThat(deadline.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(deadline)).isTrue();
			assertThat(deadline.getCellStyle().getDataFormatString()).contains("dd/mm/yyyy");
			assertThat(deadline.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 31));

			Row yearly = wb.getSheetAt(0).getRow(2);
			assertThat(yearly.getCell(6).getStringCellValue()).isEqualTo("Ngày 15 tháng 11 hằng năm");
			assertThat(yearly.getCell(7).getStringCellValue()).isEqualTo("Đang thực hiện, trong hạn");

			Row done = wb.getSheetAt(0).getRow(3);
			assertThat(done.getCell(7).getStringCellValue()).isEqualTo("Hoàn thành đúng hạn");
			assertThat(done.getCell(9).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 5, 20));
			assertThat(done.getCell(2).getStringCellValue()).isEqualTo("Rà soát thủ tục");
			String results = done.getCell(10).getStringCellValue();
			assertThat(results).startsWith("Sở Nông nghiệp và Môi trường: Phối hợp rà soát\nSở Tài chính: xxx");
			assertThat(results.length()).isLessThanOrEqualTo(32_767).isGreaterThan(32_000);
			assertThat(results).endsWith("x…");
		}
	}

	@Test
	void valuesAreNumbersThenTheUnitsRollUp() throws IOException {
		try (XSSFWorkbook wb = read(tables.xlsx(data()))) {
			Sheet sheet = wb.getSheetAt(1);
			Row commune = sheet.getRow(1);
			assertThat(texts(commune)).containsExactly("Số sản phẩm OCOP", "sản phẩm", "xã Ia Grai, tỉnh Gia Lai",
					"2026-01-01", "2026-06-30", "1234.5", "Phòng Kinh tế, xã Ia Grai");
			Cell value = commune.getCell(5);
			assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(value.getNumericCellValue()).isEqualTo(1234.5);
			assertThat(value.getCellStyle().getDataFormatString()).isEqualTo(DataTables.DECIMAL_FORMAT);
			assertThat(commune.getCell(3).getCellStyle().getDataFormatString()).isEqualTo(DataTables.DATE_FORMAT);
			assertThat(sheet.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(-3.0);
			assertThat(sheet.getRow(2).getCell(5).getCellStyle().getDataFormatString()).isEqualTo(DataTables.COUNT_FORMAT);

			assertThat(sheet.getRow(3)).isNull();
			assertThat(texts(sheet.getRow(4))).containsExactly("Chỉ tiêu", "Đơn vị tính", "Đơn vị hành chính", "Từ ngày",
					"Đến ngày", "Giá trị", "Cách tổng hợp", "Số đơn vị có số liệu");
			// two targets on one indicator: its figures once
			assertThat(texts(sheet.getRow(5))).containsExactly("Số sản phẩm OCOP", "sản phẩm", "tỉnh Gia Lai", "2025-01-01",
					"2025-12-31", "1234.5", "Cộng", "12");
			assertThat(sheet.getLastRowNum()).isEqualTo(5);
		}
	}

	@Test
	void completenessListsEveryStandingThenTotalsPerRound() throws IOException {
		try (XSSFWorkbook wb = read(tables.xlsx(data()))) {
			Sheet sheet = wb.getSheetAt(2);
			assertThat(texts(sheet.getRow(1))).containsExactly("6 tháng đầu năm 2026", "2026-07-15",
					"Sở Nông nghiệp và Môi trường", "tỉnh Gia Lai", "Đã duyệt", "2026-07-10", "Đúng hạn");
			assertThat(texts(sheet.getRow(2))).containsExactly("6 tháng đầu năm 2026", "2026-07-15", "Sở Tài chính",
					"tỉnh Gia Lai", "Đã duyệt", "2026-07-21", "Muộn");
			assertThat(texts(sheet.getRow(3))).containsExactly("6 tháng đầu năm 2026", "2026-07-15",
					"Ủy ban nhân dân xã Ia Grai", "xã Ia Grai, tỉnh Gia Lai", "Chưa bắt đầu", "", "Chưa gửi, đã quá hạn");
			// an exception moves the agency's due day
			assertThat(texts(sheet.getRow(5))).containsExactly("Quý III/2026", "2026-10-31", "Ủy ban nhân dân xã Ia Grai",
					"xã Ia Grai, tỉnh Gia Lai", "Chưa bắt đầu", "", "Chưa đến hạn");
			assertThat(sheet.getRow(6)).isNull();
			assertThat(texts(sheet.getRow(7))).containsExactly("Kỳ báo cáo", "Hạn nộp", "Số cơ quan phải báo cáo",
					"Đúng hạn", "Muộn", "Chưa gửi, đã quá hạn", "Chưa đến hạn", "Đã duyệt");
			assertThat(texts(sheet.getRow(8))).containsExactly("6 tháng đầu năm 2026", "2026-07-15", "3", "1", "1", "1",
					"0", "2");
			assertThat(texts(sheet.getRow(9))).containsExactly("Quý III/2026", "2026-10-15", "2", "1", "0", "0", "1", "0");
			assertThat(sheet.getRow(8).getCell(2).getCellStyle().getDataFormatString()).isEqualTo(DataTables.COUNT_FORMAT);
		}
	}

	@Test
	void roundLabelsReadAsOfficersSayThem() {
		assertThat(label(RoundKind.ANNUAL, "2026")).isEqualTo("Năm 2026");
		assertThat(label(RoundKind.SEMIANNUAL, "2026-H1")).isEqualTo("6 tháng đầu năm 2026");
		assertThat(label(RoundKind.SEMIANNUAL, "2026-H2")).isEqualTo("6 tháng cuối năm 2026");
		assertThat(label(RoundKind.QUARTERLY, "2026-Q3")).isEqualTo("Quý III/2026");
		assertThat(label(RoundKind.MONTHLY, "2026-07")).isEqualTo("Tháng 7/2026");
		assertThat(label(RoundKind.INTERIM_REVIEW, "3")).isEqualTo("Sơ kết 3 năm");
		assertThat(label(RoundKind.AD_HOC, "Báo cáo đột xuất về bão số 5")).isEqualTo("Báo cáo đột xuất về bão số 5");
		assertThat(label(RoundKind.QUARTERLY, "quý lạ")).isEqualTo("quý lạ");
	}

	private String label(RoundKind kind, String label) {
		return tables.roundLabel(new Round(1, 1, kind, label, H1.periodStart(), H1.periodEnd(), H1.dueOn()));
	}

	@Test
	void theLocaleTaggedFormatsSurviveTheRoundTrip() throws IOException {
		// fastexcel writes [$-42A] into styles.xml as given, and POI reads it back intact and still as a date
		try (XSSFWorkbook wb = read(tables.xlsx(data()))) {
			Cell date = wb.getSheetAt(1).getRow(1).getCell(3);
			assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("[$-42A]dd/mm/yyyy");
			assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
			assertThat(new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.US).formatCellValue(date))
				.isEqualTo("01/01/2026");
			assertThat(new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.US)
				.formatCellValue(wb.getSheetAt(1).getRow(1).getCell(5))).isEqualTo("1,234.5");
		}
	}

	@Test
	void csvStartsWithTheBomAndHasTheSheetsCells() throws IOException {
		SpanData data = data();
		try (XSSFWorkbook wb = read(tables.xlsx(data))) {
			for (DataTables.DataTable table : DataTables.DataTable.values()) {
				byte[] bytes = tables.csv(data, table);
				assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
				String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
				assertThat(csv).endsWith("\r\n");
				List<List<String>> records = parse(csv);
				Sheet sheet = wb.getSheetAt(table.ordinal());
				assertThat(records).as(table.name()).hasSize(sheet.getLastRowNum() + 1);
				for (int r = 0; r < records.size(); r++) {
					assertThat(trimmed(records.get(r))).as(table + " row " + r).isEqualTo(texts(sheet.getRow(r), true));
				}
			}
		}
	}

	@Test
	void csvGuardsFormulasAndQuotesWhatNeedsIt() {
		String csv = new String(tables.csv(data(), DataTables.DataTable.TASKS), StandardCharsets.UTF_8).substring(1);
		assertThat(csv).contains(",'=1+1,\"Báo cáo, \"\"tổng hợp\"\"\nhằng năm\",");
		assertThat(csv.split("\r\n")[0]).isEqualTo(
				"STT,Mục,Nhiệm vụ,Sản phẩm,Cơ quan chủ trì,Cơ quan phối hợp,Thời hạn,Tình trạng,Tỷ lệ hoàn thành (%),Ngày hoàn thành,Kết quả");
		List<String> t1 = parse(csv).get(1);
		assertThat(t1.get(6)).isEqualTo("2026-12-31");
		assertThat(t1.get(8)).isEqualTo("60");
		List<String> t2 = parse(csv).get(2);
		assertThat(t2.get(2)).isEqualTo("'=1+1");
		assertThat(t2.get(3)).isEqualTo("Báo cáo, \"tổng hợp\"\nhằng năm");

		List<List<String>> values = parse(
				new String(tables.csv(data(), DataTables.DataTable.VALUES), StandardCharsets.UTF_8).substring(1));
		assertThat(values.get(2).get(5)).as("a negative number is no text").isEqualTo("-3");
		assertThat(values.get(2).get(6)).isEqualTo("'-chỉnh lại");

		assertThat(DataTables.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(DataTables.field("+84 123")).isEqualTo("'+84 123");
		assertThat(DataTables.field("\tx")).isEqualTo("'\tx");
		assertThat(DataTables.field(new BigDecimal("1E+3"))).isEqualTo("1000");
		assertThat(DataTables.field(LocalDate.of(2026, 7, 1))).isEqualTo("2026-07-01");
	}

	@Test
	void cellsAreCleanedForXmlAndCutToExcelsLimit() {
		assertThat(DataTables.clean("a\u0001b\u0008c\uFFFEd\r\ne")).isEqualTo("abcd\ne");
		assertThat(DataTables.clean("tab\tok")).isEqualTo("tab\tok");
		String cut = (String) DataTables.clean("y".repeat(DataTables.MAX_CELL - 2) + "😀😀");
		assertThat(cut).hasSize(DataTables.MAX_CELL - 1).endsWith("y…");
		assertThat(DataTables.clean(new BigDecimal("1.5"))).isEqualTo(new BigDecimal("1.5"));
	}

	@Test
	void fiveThousandTasks() throws IOException {
		SpanData small = data();
		List<Task> many = new ArrayList<>();
		List<ProgressReports.TaskLine> lines = new ArrayList<>();
		for (int i = 1; i <= 5_000; i++) {
			Task t = task(i, "II." + (i % 40), "Nhiệm vụ số " + i + ": triển khai các giải pháp chuyển đổi số trên địa bàn",
					"Báo cáo", new Deadline("DATE", LocalDate.of(2026, 1, 1).plusDays(i % 365), null, null), "IN_PROGRESS",
					null, List.of(SO_NN), List.of(SO_TC, UBND_XA));
			many.add(t);
			lines.add(new ProgressReports.TaskLine(t, entry(i, "IN_PROGRESS", i % 100, "Đã triển khai được " + i + " việc")));
		}
		List<SpanData.Approved> approved = List.of(new SpanData.Approved(H1, report(500, H1, SO_NN.agencyId(),
				Instant.parse("2026-07-10T02:00:00Z")), SO_NN.name(), lines));
		SpanData data = new SpanData(small.span(), small.unitName(), small.sections(), many, approved, small.standings(),
				small.targets(), small.values(), small.unitNames(), small.today());
		tables.xlsx(data); // warm up
		long start = System.nanoTime();
		byte[] xlsx = tables.xlsx(data);
		long xlsxMs = (System.nanoTime() - start) / 1_000_000;
		start = System.nanoTime();
		byte[] csv = tables.csv(data, DataTables.DataTable.TASKS);
		long csvMs = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("DataTables: 5,000 task rows: XLSX %d ms (%,d bytes), CSV %d ms (%,d bytes)%n", xlsxMs,
				xlsx.length, csvMs, csv.length);
		try (XSSFWorkbook wb = read(xlsx)) {
			assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(5_000);
			assertThat(wb.getSheetAt(0).getRow(5_000).getCell(10).getStringCellValue())
				.isEqualTo("Sở Nông nghiệp và Môi trường: Đã triển khai được 5000 việc");
		}
	}

	/** RFC 4180: records end with CRLF, fields in quotes may hold commas, CR, LF and doubled quotes. */
	static List<List<String>> parse(String csv) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char ch = csv.charAt(i);
			if (quoted) {
				if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (ch == '"') {
					quoted = false;
				}
				else {
					field.append(ch);
				}
			}
			else if (ch == '"') {
				quoted = true;
			}
			else if (ch == ',') {
				record.add(field.toString());
				field.setLength(0);
			}
			else if (ch == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
				record.add(field.toString());
				field.setLength(0);
				records.add(record.size() == 1 && record.get(0).isEmpty() ? List.of() : record);
				record = new ArrayList<>();
				i++;
			}
			else {
				assertThat(ch).as("a bare CR or LF outside quotes").isNotIn('\r', '\n');
				field.append(ch);
			}
		}
		assertThat(quoted).isFalse();
		assertThat(record).isEmpty();
		return records;
	}

}
