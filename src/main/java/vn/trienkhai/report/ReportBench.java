package vn.trienkhai.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import vn.trienkhai.monitoring.IndicatorRollup;
import vn.trienkhai.monitoring.ProgressReport;
import vn.trienkhai.monitoring.ProgressReports;
import vn.trienkhai.monitoring.ReportStatus;
import vn.trienkhai.monitoring.ReportingRounds;
import vn.trienkhai.monitoring.Round;
import vn.trienkhai.monitoring.RoundKind;
import vn.trienkhai.monitoring.RoundNames;
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

/**
 * {@code ./trienkhai bench report [--runs N] [--warmup N]}: a province's report with 100 tasks across 34
 * agencies (34 approved reports with results, difficulties and proposals), 40 indicators with targets and
 * 100 communes' values — compiled, then written as DOCX, PDF and XLSX. Each median is set against a baseline
 * measured in the same run: the same text as plain paragraphs (no tables, no appendices) through the same
 * writer and fonts, so the ratio is what the tables and the Decree 30 blocks cost. The span's database read is not in these
 * figures (see docs/performance.md).
 */
public final class ReportBench {

	private ReportBench() {
	}

	public static void main(String[] args) throws Exception {
		int runs = option(args, "--runs", 9);
		int warmup = option(args, "--warmup", 3);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/report", "messages/plan", "messages/monitoring", "messages/notification");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		ReportWords words = new ReportWords(messages, new RoundNames(messages));
		ReportCompiler compiler = new ReportCompiler(words, (Plans) null);
		Glyphs glyphs = new Glyphs();
		DocxReportWriter docx = new DocxReportWriter();
		PdfReportWriter pdf = new PdfReportWriter(templates(), glyphs);
		DataTables tables = new DataTables(messages);

		SpanData data = province();
		ReportTexts texts = texts(data);
		ImplementationReport report = glyphs.sanitize(compiler.compile(data, texts));
		String plain = plainText(report);
		System.out.printf("dataset: %d tasks, %d agencies' approved reports, %d targets, %d reported values; "
				+ "report text %,d characters%n", data.tasks().size(), data.approved().size(), data.targets().size(),
				data.values().size(), plain.length());
		System.out.printf("runs: %d (after %d warm-up), Java %s, %d cores%n%n", runs, warmup,
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());

		double compile = median(runs, warmup, () -> glyphs.sanitize(compiler.compile(data, texts)));
		byte[][] last = new byte[2][];
		double docxMs = median(runs, warmup, () -> last[0] = docx.write(report));
		ImplementationReport flat = flat(report, plain);
		double docxPlain = median(runs, warmup, () -> docx.write(flat));
		double pdfMs = median(runs, warmup, () -> last[1] = pdf.write(report));
		double pdfPlain = median(runs, warmup, () -> pdf.write(flat));
		double xlsx = median(runs, warmup, () -> tables.xlsx(data));
		int pages;
		try (var doc = org.apache.pdfbox.Loader.loadPDF(last[1])) {
			pages = doc.getNumberOfPages();
		}
		System.out.println("| step | median ms | baseline ms | ratio |");
		System.out.println("|---|---:|---:|---:|");
		System.out.printf("| compile the span into the report (and check glyphs) | %.0f | | |%n", compile);
		System.out.printf("| DOCX, Decree 30 layout (%,d bytes) | %.0f | %.0f | %.1f |%n", last[0].length, docxMs, docxPlain,
				docxMs / docxPlain);
		System.out.printf("| PDF, Decree 30 layout (%d pages, %,d bytes) | %.0f | %.0f | %.1f |%n", pages, last[1].length,
				pdfMs, pdfPlain, pdfMs / pdfPlain);
		System.out.printf("| XLSX data tables | %.0f | | |%n", xlsx);
		System.out.printf("%ntime to DOCX (compile + write): %.0f ms; time to PDF: %.0f ms; target ≤ 2000 ms each: %s%n",
				compile + docxMs, compile + pdfMs, compile + docxMs <= 2000 && compile + pdfMs <= 2000 ? "met" : "NOT met");
	}

	private static int option(String[] args, String name, int fallback) {
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals(name)) {
				return Integer.parseInt(args[i + 1]);
			}
		}
		return fallback;
	}

	private static double median(int runs, int warmup, Supplier<?> work) {
		for (int i = 0; i < warmup; i++) {
			work.get();
		}
		double[] ms = new double[runs];
		for (int i = 0; i < runs; i++) {
			long t = System.nanoTime();
			work.get();
			ms[i] = (System.nanoTime() - t) / 1e6;
		}
		Arrays.sort(ms);
		return ms[runs / 2];
	}

	private static SpringTemplateEngine templates() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode("HTML");
		resolver.setCharacterEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

	/** A province's plan of 2024 in its 2026 round: every agency reported and was approved. */
	static SpanData province() {
		Plan plan = new Plan(1, 10L, 20L, null, "125/KH-UBND", "KH", "ỦY BAN NHÂN DÂN TỈNH GIA LAI",
				"Thực hiện Nghị quyết số 36-NQ/TW ngày 30/01/2023 của Bộ Chính trị về phát triển và ứng dụng công nghệ "
						+ "sinh học phục vụ phát triển bền vững trong tình hình mới",
				LocalDate.of(2024, 5, 2), "Gia Lai", PlanStatus.ACTIVE, List.of(2030, 2045), 0);
		Round round = new Round(1, 1, RoundKind.ANNUAL, "2026", LocalDate.of(2025, 11, 15), LocalDate.of(2026, 11, 14),
				LocalDate.of(2026, 11, 15));
		ReportSpan span = new ReportSpan(plan, List.of(round));
		String[] agencies = new String[34];
		for (int a = 0; a < 34; a++) {
			agencies[a] = a == 0 ? "Sở Khoa học và Công nghệ" : "Sở, ban, ngành số " + (a + 1) + " của tỉnh";
		}
		List<Plans.Section> sections = new ArrayList<>();
		for (int s = 1; s <= 10; s++) {
			sections.add(new Plans.Section(s, null, "II." + s, "Nhóm nhiệm vụ " + s + ": phát triển và ứng dụng công nghệ sinh học "
					+ "trong lĩnh vực thứ " + s, 2, "TASKS"));
		}
		List<Task> tasks = new ArrayList<>();
		for (int t = 1; t <= 100; t++) {
			int a = (t - 1) % 34;
			Task.Assignee lead = new Task.Assignee(100 + a, agencies[a], 10, null);
			List<Task.Assignee> coordinators = List.of(new Task.Assignee(100 + (a + 1) % 34, agencies[(a + 1) % 34], 10, null),
					new Task.Assignee(100 + (a + 2) % 34, agencies[(a + 2) % 34], 10, null));
			Deadline deadline = t % 3 == 0 ? new Deadline("YEARLY", null, 11, 15)
					: new Deadline("DATE", LocalDate.of(2025 + t % 5, 12, 31), null, null);
			tasks.add(new Task(t, 1, "II." + ((t - 1) / 10 + 1), t, "Nhiệm vụ " + t + ": xây dựng và triển khai chương trình ứng "
					+ "dụng công nghệ sinh học trong nông nghiệp, y tế, công nghiệp chế biến và bảo vệ môi trường của tỉnh", null,
					deadline, t % 4 == 0 ? "DONE" : "IN_PROGRESS", t % 4 == 0 ? LocalDate.of(2026, 6, 30) : null, List.of(lead),
					coordinators, 0));
		}
		List<SpanData.Approved> approved = new ArrayList<>();
		List<ReportingRounds.Standing> standings = new ArrayList<>();
		String results = "Đã ban hành kế hoạch chi tiết, bố trí kinh phí và tổ chức thực hiện; hoàn thành các mô hình trình "
				+ "diễn tại các xã vùng trọng điểm, tập huấn cho 1.250 lượt cán bộ và nông dân; phối hợp với các viện, trường "
				+ "chuyển giao 12 quy trình công nghệ; kết quả bước đầu được người dân đón nhận, nhân rộng.";
		for (int a = 0; a < 34; a++) {
			long agencyId = 100 + a;
			ProgressReport report = new ProgressReport(1000 + a, 1, agencyId, ReportStatus.APPROVED,
					"Đã quán triệt, triển khai Kế hoạch đến các phòng, đơn vị trực thuộc; lồng ghép tuyên truyền trên cổng thông tin.",
					"Kinh phí bố trí cho các nhiệm vụ còn hạn chế; nguồn nhân lực công nghệ sinh học còn thiếu.",
					"Đề nghị bố trí kinh phí sự nghiệp khoa học năm 2027 và cơ chế thu hút chuyên gia.",
					Instant.parse("2026-11-10T02:00:00Z"), Instant.parse("2026-11-10T02:00:00Z"), "u" + a,
					Instant.parse("2026-11-12T02:00:00Z"), "coordinator", null, 3);
			List<ProgressReports.TaskLine> lines = new ArrayList<>();
			for (Task t : tasks) {
				if (t.leads().get(0).agencyId() == agencyId) {
					lines.add(new ProgressReports.TaskLine(t, new ProgressReport.TaskEntry(t.id(), t.progress(), 60, t.completedOn(),
							results, "Thiếu kinh phí đối ứng.", "Đề nghị hỗ trợ thêm kinh phí.")));
				}
			}
			approved.add(new SpanData.Approved(round, report, agencies[a], lines));
			standings.add(new ReportingRounds.Standing(agencyId, agencies[a], 10, report.id(), ReportStatus.APPROVED,
					report.firstSubmittedAt(), null, Timeliness.ON_TIME));
		}
		List<TargetProgress.Standing> targets = new ArrayList<>();
		List<IndicatorRollup.Reported> values = new ArrayList<>();
		Map<Long, String> unitNames = new HashMap<>();
		unitNames.put(10L, "Tỉnh Gia Lai");
		for (int c = 0; c < 100; c++) {
			unitNames.put(1000L + c, "Xã số " + (c + 1) + ", Tỉnh Gia Lai");
		}
		for (int i = 1; i <= 40; i++) {
			Indicator indicator = new Indicator(i, 10L, "Chỉ tiêu " + i + ": số doanh nghiệp, sản phẩm ứng dụng công nghệ sinh học",
					i % 2 == 0 ? "%" : "doanh nghiệp", i % 2 == 0 ? "AVERAGE" : "SUM", null, null, null, "HIGHER",
					new BigDecimal(10 + i), 2023, 0);
			Target target = new Target(i, 1, i, indicator.name(), indicator.unit(), "đạt ít nhất " + (50 + i), 2030, ">=",
					new BigDecimal(50 + i), null, "Đến năm 2030, đạt ít nhất " + (50 + i));
			List<IndicatorRollup.Figure> series = new ArrayList<>();
			for (int y = 2024; y <= 2026; y++) {
				series.add(new IndicatorRollup.Figure(i, LocalDate.of(y - 1, 11, 15), LocalDate.of(y, 11, 14), null,
						new BigDecimal(10 + i + (y - 2023) * 4), 100));
			}
			TargetStatus.Trajectory line = TargetStatus.Trajectory.of(indicator.baselineValue(), 2023, ">=", target.value(), 2030,
					"HIGHER");
			IndicatorRollup.Figure latest = series.get(series.size() - 1);
			targets.add(new TargetProgress.Standing(target, indicator, series, latest,
					line.statusOf(latest.value(), latest.periodEnd(), TargetStatus.DEFAULT_TOLERANCE),
					line.expectedOn(latest.periodEnd()), line));
			for (int c = 0; c < 100; c++) {
				values.add(new IndicatorRollup.Reported(i, 1000L + c, round.periodStart(), round.periodEnd(),
						new BigDecimal(c % 17 + i), "Phòng Kinh tế xã", 1000L + c % 34));
			}
		}
		Map<Long, List<ReportingRounds.Standing>> byRound = new LinkedHashMap<>();
		byRound.put(round.id(), standings);
		return new SpanData(span, "tỉnh Gia Lai", sections, tasks, approved, byRound, targets, values, unitNames,
				LocalDate.of(2026, 11, 15));
	}

	/** The coordinator's texts as prefilled: every agency's summary, difficulties and proposals. */
	private static ReportTexts texts(SpanData d) {
		StringBuilder lead = new StringBuilder();
		StringBuilder diff = new StringBuilder();
		StringBuilder prop = new StringBuilder();
		for (SpanData.Approved a : d.approved()) {
			lead.append("- ").append(a.agencyName()).append(": ").append(a.report().summary()).append('\n');
			diff.append("- ").append(a.agencyName()).append(": ").append(a.report().difficulties()).append('\n');
			prop.append("- ").append(a.agencyName()).append(": ").append(a.report().proposals()).append('\n');
		}
		return new ReportTexts("      /BC-UBND", "Gia Lai", LocalDate.of(2026, 11, 20), lead.toString(), diff.toString(),
				prop.toString(), "- Bộ Khoa học và Công nghệ (b/c);\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", 0);
	}

	private static String plainText(ImplementationReport r) {
		StringBuilder s = new StringBuilder();
		List<ImplementationReport.Block> all = new ArrayList<>(r.body());
		r.appendices().forEach(a -> all.addAll(a.blocks()));
		for (ImplementationReport.Block b : all) {
			if (b instanceof ImplementationReport.Heading h) {
				s.append(h.text()).append('\n');
			}
			else if (b instanceof ImplementationReport.Paragraph p) {
				s.append(p.text()).append('\n');
			}
			else if (b instanceof ImplementationReport.Table t) {
				s.append(String.join(" ", t.header())).append('\n');
				t.rows().forEach(row -> s.append(String.join(" ", row)).append('\n'));
			}
		}
		return s.toString();
	}

	/**
	 * The baseline: the same text as one plain paragraph a line, through the same writer and fonts, with no
	 * tables and no appendices — the ratio is what tables, the header blocks and page rules cost.
	 */
	private static ImplementationReport flat(ImplementationReport r, String text) {
		List<ImplementationReport.Block> body = new ArrayList<>();
		for (String line : text.split("\n")) {
			body.add(ImplementationReport.Paragraph.of(line));
		}
		return new ImplementationReport("", r.issuer(), r.number(), r.placeAndDate(), r.title(), r.subject(), body, List.of(),
				List.of(), "", r.signerTitle(), "", 0, List.of());
	}

}
