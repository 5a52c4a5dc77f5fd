package vn.trienkhai.report;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.trienkhai.agency.Agencies;
import vn.trienkhai.document.DocumentImports;
import vn.trienkhai.document.ImportedDocument;
import vn.trienkhai.monitoring.ProgressReport;
import vn.trienkhai.monitoring.ProgressReports;
import vn.trienkhai.monitoring.ReportingRounds;
import vn.trienkhai.monitoring.Round;
import vn.trienkhai.plan.Plans;

/**
 * A province's plan with three tasks led by three departments and one target, imported from text as an
 * officer would; the round open today; the Department of Science and Technology (the focal agency) and the
 * Department of Agriculture report and are approved, the Department of Health has not reported.
 */
final class ReportFixture {

	private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(4000, 6000));

	static final String SCIENCE = "Sở Khoa học và Công nghệ";

	static final String AGRICULTURE = "Sở Nông nghiệp và Môi trường";

	static final String HEALTH = "Sở Y tế";

	final long province;

	final long planId;

	final Round round;

	final long science;

	final long agriculture;

	final long health;

	final long indicatorId;

	private ReportFixture(long province, long planId, Round round, long science, long agriculture, long health,
			long indicatorId) {
		this.province = province;
		this.planId = planId;
		this.round = round;
		this.science = science;
		this.agriculture = agriculture;
		this.health = health;
		this.indicatorId = indicatorId;
	}

	record Services(DocumentImports imports, Plans plans, ReportingRounds rounds, ProgressReports reports,
			Agencies agencies, JdbcClient jdbc) {
	}

	/** The plan only: no report approved yet. */
	static ReportFixture plan(Services s, String provinceName) throws Exception {
		long province = s.jdbc().sql("select id from org_unit where name = :n and version = '2025'")
			.param("n", provinceName).query(Long.class).single();
		int no = NEXT.getAndIncrement();
		String place = provinceName.replace("Tỉnh ", "");
		String text = """
				ỦY BAN NHÂN DÂN %s
				Số: %d/KH-UBND
				%s, ngày 02 tháng 5 năm 2024
				KẾ HOẠCH
				Phát triển công nghệ sinh học giai đoạn 2024 - 2030
				I. MỤC TIÊU
				Đến năm 2030, có ít nhất 20 doanh nghiệp công nghệ sinh học.
				II. TỔ CHỨC THỰC HIỆN
				1. Sở Khoa học và Công nghệ: chủ trì xây dựng cơ sở dữ liệu công nghệ sinh học.
				2. Sở Nông nghiệp và Môi trường: chủ trì phát triển vùng trồng dược liệu ứng dụng công nghệ cao.
				3. Sở Y tế: chủ trì ứng dụng công nghệ sinh học trong chẩn đoán và điều trị.
				4. Sở Khoa học và Công nghệ là cơ quan đầu mối theo dõi, đôn đốc, tổng hợp, định kỳ báo cáo UBND tỉnh trước ngày 15 tháng 11 hàng năm.
				""".formatted(provinceName.toUpperCase(java.util.Locale.forLanguageTag("vi")), no, place);
		ImportedDocument doc = s.imports().importFile(province, no + ".txt", () -> text.getBytes(StandardCharsets.UTF_8));
		s.imports().saveReview(doc.id(), s.imports().currentDraft(doc.id()), doc.rowVersion(), true);
		long planId = s.plans().ofDocument(doc.id()).orElseThrow().id();
		LocalDate today = ReportingRounds.today();
		Round round = s.rounds().ofPlan(planId).stream().filter(r -> r.covers(today) && r.kind().isPeriodic())
			.findFirst().orElseThrow();
		return new ReportFixture(province, planId, round, agency(s, province, SCIENCE), agency(s, province, AGRICULTURE),
				agency(s, province, HEALTH), s.plans().targets(planId).get(0).indicatorId());
	}

	/** The plan with the two departments' reports approved. */
	static ReportFixture reported(Services s, String provinceName) throws Exception {
		ReportFixture f = plan(s, provinceName);
		f.approve(s, f.science, "Đã ban hành văn bản hướng dẫn triển khai Kế hoạch; tổ chức 02 hội nghị phổ biến.",
				"Kinh phí cho nhiệm vụ cơ sở dữ liệu còn hạn chế.", "Đề nghị bố trí kinh phí năm 2027 cho cơ sở dữ liệu.",
				"Đã hoàn thành thiết kế cơ sở dữ liệu, nhập 1.250 bản ghi doanh nghiệp.", 60,
				List.of(new ProgressReport.ValueEntry(f.indicatorId, new BigDecimal("12"), "Sở KH&CN thống kê")));
		f.approve(s, f.agriculture, "Đã giao chỉ tiêu cho các xã vùng dược liệu.", null,
				"Đề nghị hỗ trợ giống dược liệu chất lượng cao.", "Đã quy hoạch 350 ha vùng trồng dược liệu.", 40, List.of());
		return f;
	}

	void approve(Services s, long agency, String summary, String difficulties, String proposals, String results,
			int percent, List<ProgressReport.ValueEntry> values) {
		ProgressReport report = s.reports().begin(round.id(), agency);
		List<ProgressReport.TaskEntry> entries = s.reports().taskLines(report).stream()
			.map(l -> new ProgressReport.TaskEntry(l.task().id(), "IN_PROGRESS", percent, null, results, null, null))
			.toList();
		ProgressReport sent = s.reports().submit(report.id(),
				new ProgressReports.Content(summary, difficulties, proposals, entries, values), report.rowVersion());
		s.reports().approve(report.id(), sent.rowVersion());
	}

	private static long agency(Services s, long province, String name) {
		return s.agencies().findByName(province, name).orElseThrow().id();
	}

}
