package vn.trienkhai.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.agency.Agencies;
import vn.trienkhai.document.DocumentImports;
import vn.trienkhai.document.ImportedDocument;
import vn.trienkhai.plan.Plans;
import vn.trienkhai.plan.Target;
import vn.trienkhai.plan.Task;
import vn.trienkhai.platform.InvalidInputException;

/**
 * The monitoring core on the real database: a plan's reporting regime read from its text, the rounds it
 * makes, one agency's report through draft, submission, return, resubmission and approval (with the rules a
 * report's content must keep and nothing half-saved), and the approved values counted.
 */
@IntegrationTest
class MonitoringFlowIT {

	private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(4000, 7000));

	@Autowired
	DocumentImports imports;

	@Autowired
	Plans plans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportingRegimes regimes;

	@Autowired
	ReportingRounds rounds;

	@Autowired
	ProgressReports reports;

	@Autowired
	IndicatorRollup rollup;

	@Autowired
	Agencies agencies;

	@Autowired
	vn.trienkhai.notification.Notifications notifications;

	long province;

	@BeforeEach
	void setUp() throws Exception {
		province = jdbc.sql("select id from org_unit where name = 'Tỉnh Nghệ An' and version = '2025'").query(Long.class).single();
	}

	long plan(String tasks, String reporting) throws Exception {
		return plan(tasks, reporting, "Đến năm 2030, có ít nhất 20 doanh nghiệp công nghệ sinh học.");
	}

	long plan(String tasks, String reporting, String target) throws Exception {
		int no = NEXT.getAndIncrement();
		String text = """
				ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
				Số: %d/KH-UBND
				Nghệ An, ngày 02 tháng 5 năm 2024
				KẾ HOẠCH
				Phát triển công nghệ sinh học
				I. MỤC TIÊU
				%s
				II. TỔ CHỨC THỰC HIỆN
				%s
				%s
				""".formatted(no, target, tasks, reporting);
		ImportedDocument doc = imports.importFile(province, no + ".txt", () -> text.getBytes(StandardCharsets.UTF_8));
		imports.saveReview(doc.id(), imports.currentDraft(doc.id()), doc.rowVersion(), true);
		return plans.ofDocument(doc.id()).orElseThrow().id();
	}

	/** The plan's round whose window holds today: open for entry, whatever the day the suite runs. */
	Round openRound(long planId) {
		LocalDate today = ReportingRounds.today();
		return rounds.ofPlan(planId).stream().filter(r -> r.covers(today) && r.kind().isPeriodic()).findFirst()
			.orElseThrow();
	}

	@Test
	void theRegimeComesFromThePlanTextWithDecree09Windows() throws Exception {
		long planId = plan("1. Sở Khoa học và Công nghệ: chủ trì xây dựng cơ sở dữ liệu.",
				"2. Sở Khoa học và Công nghệ là cơ quan đầu mối theo dõi, đôn đốc, tổng hợp, định kỳ báo cáo UBND tỉnh trước ngày 15 tháng 11 hàng năm.");
		ReportingRegimes.Regime regime = regimes.find(planId).orElseThrow();
		assertThat(regime.focalAgencyId()).isEqualTo(agencies.findByName(province, "Sở Khoa học và Công nghệ").orElseThrow().id());
		assertThat(regime.schedules()).singleElement().satisfies(s -> {
			assertThat(s.frequency()).isEqualTo(RoundKind.ANNUAL);
			// due 15/11, before Decree 09's 14/12 cut-off: the window ends the day before
			assertThat(s.periodEndDay()).isEqualTo(14);
			assertThat(s.periodEndMonth()).isEqualTo(11);
		});
		assertThat(regime.firstYear()).isEqualTo(2024);
		assertThat(regime.lastYear()).isEqualTo(2030);
		Round r2025 = rounds.ofPlan(planId).stream().filter(r -> r.label().equals("2025")).findFirst().orElseThrow();
		assertThat(r2025.periodStart()).isEqualTo(LocalDate.of(2024, 11, 15));
		assertThat(r2025.periodEnd()).isEqualTo(LocalDate.of(2025, 11, 14));
		assertThat(r2025.dueOn()).isEqualTo(LocalDate.of(2025, 11, 15));
		assertThat(rounds.ofPlan(planId)).extracting(Round::label)
			.containsExactly("2024", "2025", "2026", "2027", "2028", "2029", "2030");
		assertThat(rounds.responsibleAgencies(r2025.id())).containsExactly(regime.focalAgencyId());
	}

	@Test
	void aQuarterlyAndSixMonthlyRegimeFollowsDecree09() throws Exception {
		Schedule quarterly = Schedule.of(RoundKind.QUARTERLY, null, 20, null);
		Schedule.Period q1 = quarterly.periods(2026).get(0);
		assertThat(q1.start()).isEqualTo(LocalDate.of(2025, 12, 15));
		assertThat(q1.end()).isEqualTo(LocalDate.of(2026, 3, 14));
		assertThat(q1.due()).isEqualTo(LocalDate.of(2026, 3, 20));
		Schedule half = Schedule.of(RoundKind.SEMIANNUAL, 6, 15, null);
		assertThat(half.periods(2026)).extracting(Schedule.Period::label, Schedule.Period::start, Schedule.Period::end,
				Schedule.Period::due)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("2026-H1", LocalDate.of(2025, 12, 15), LocalDate.of(2026, 6, 14), LocalDate.of(2026, 6, 15)),
					org.assertj.core.groups.Tuple.tuple("2026-H2", LocalDate.of(2026, 6, 15), LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 15)));
		Schedule monthly = Schedule.of(RoundKind.MONTHLY, null, null, null);
		assertThat(monthly.periods(2026).get(1).start()).isEqualTo(LocalDate.of(2026, 1, 15));
		assertThat(monthly.periods(2026).get(1).end()).isEqualTo(LocalDate.of(2026, 2, 14));
		// a six-monthly report due in July and January; an annual one due in the next January
		Schedule july = Schedule.of(RoundKind.SEMIANNUAL, 7, 15, null);
		assertThat(july.periods(2026)).extracting(Schedule.Period::due)
			.containsExactly(LocalDate.of(2026, 7, 15), LocalDate.of(2027, 1, 15));
		Schedule january = Schedule.of(RoundKind.ANNUAL, 1, 15, null);
		assertThat(january.periods(2026).get(0).end()).isEqualTo(LocalDate.of(2026, 12, 14));
		assertThat(january.periods(2026).get(0).due()).isEqualTo(LocalDate.of(2027, 1, 15));
		// a monthly report due on the 10th: of the next month
		assertThat(Schedule.of(RoundKind.MONTHLY, null, 10, null).periods(2026).get(0).due()).isEqualTo(LocalDate.of(2026, 2, 10));
		// the annual default of Decree 09: 15/12 of the year before to 14/12
		Schedule annual = Schedule.of(RoundKind.ANNUAL, null, null, null);
		assertThat(annual.periods(2026).get(0).start()).isEqualTo(LocalDate.of(2025, 12, 15));
		assertThat(annual.periods(2026).get(0).end()).isEqualTo(LocalDate.of(2026, 12, 14));
	}

	@Test
	void aReportGoesThroughDraftSubmitReturnResubmitAndApproval() throws Exception {
		long planId = plan("1. Sở Khoa học và Công nghệ: chủ trì xây dựng cơ sở dữ liệu về công nghệ sinh học.",
				"2. Sở Khoa học và Công nghệ là cơ quan đầu mối theo dõi, đôn đốc, tổng hợp.");
		Round round = openRound(planId);
		long agency = agencies.findByName(province, "Sở Khoa học và Công nghệ").orElseThrow().id();
		ProgressReport draft = reports.begin(round.id(), agency);
		assertThat(reports.begin(round.id(), agency).id()).isEqualTo(draft.id());
		Task task = reports.taskLines(draft).get(0).task();
		Target target = plans.targets(planId).get(0);
		assertThat(reports.valueLines(draft)).extracting(l -> l.indicator().id()).containsExactly(target.indicatorId());

		// broken rules: every one reported, nothing saved
		ProgressReports.Content bad = new ProgressReports.Content("Đã ban hành văn bản chỉ đạo.", null, null,
				List.of(new ProgressReport.TaskEntry(task.id(), "IN_PROGRESS", 150, null, "Đang xây dựng", null, null)),
				List.of(new ProgressReport.ValueEntry(target.indicatorId(), new BigDecimal("-3"), null)));
		assertThatThrownBy(() -> reports.save(draft.id(), bad, draft.rowVersion()))
			.isInstanceOfSatisfying(InvalidReportException.class, e -> assertThat(e.problems())
				.extracting(InvalidReportException.Problem::field, InvalidReportException.Problem::key)
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("tasks[0].percentDone", "monitoring.error.percent"),
						org.assertj.core.groups.Tuple.tuple("values[0].value", "monitoring.error.value.negative")));
		assertThat(reports.get(draft.id()).summary()).isNull();
		assertThat(reports.taskLines(draft).get(0).entry()).isNull();
		// submitting without a word on the task is refused
		assertThatThrownBy(() -> reports.submit(draft.id(), null, draft.rowVersion()))
			.isInstanceOf(InvalidReportException.class);

		ProgressReports.Content good = new ProgressReports.Content("Đã ban hành văn bản chỉ đạo.", "Thiếu kinh phí", null,
				entries(draft, "IN_PROGRESS", 40, null),
				List.of(new ProgressReport.ValueEntry(target.indicatorId(), new BigDecimal("7"), "Cục Thống kê")));
		ProgressReport saved = reports.save(draft.id(), good, draft.rowVersion());
		assertThatThrownBy(() -> reports.save(draft.id(), good, draft.rowVersion()))
			.isInstanceOf(OptimisticLockingFailureException.class);
		long coordinatorAccount = vn.trienkhai.TestAccounts.create(jdbc, vn.trienkhai.platform.Role.COORDINATOR, province, null, null);
		long reporterAccount = vn.trienkhai.TestAccounts.create(jdbc, vn.trienkhai.platform.Role.REPORTER, province, agency, null);
		ProgressReport submitted = reports.submit(saved.id(), null, saved.rowVersion());
		// the coordinator is told a report awaits; the reporter when it comes back
		assertThat(notifications.unread(coordinatorAccount)).singleElement()
			.satisfies(n -> assertThat(n.link()).isEqualTo("/reports/" + saved.id()));
		assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
		// a double click sends nothing twice and fails nothing
		assertThat(reports.submit(saved.id(), null, saved.rowVersion()).rowVersion()).isEqualTo(submitted.rowVersion());
		// locked while the coordinator reads it
		assertThatThrownBy(() -> reports.save(saved.id(), good, submitted.rowVersion()))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("monitoring.error.locked"));
		// not counted before approval
		assertThat(rollup.figures(province, List.of(target.indicatorId()))).isEmpty();

		assertThatThrownBy(() -> reports.returnToAgency(saved.id(), "  ", submitted.rowVersion()))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("monitoring.error.comment"));
		ProgressReport returned = reports.returnToAgency(saved.id(), "Bổ sung số liệu doanh nghiệp", submitted.rowVersion());
		assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
		assertThat(returned.comment()).isEqualTo("Bổ sung số liệu doanh nghiệp");
		assertThat(notifications.unread(reporterAccount)).singleElement()
			.satisfies(n -> assertThat(n.body()).contains("Bổ sung số liệu doanh nghiệp"));

		ProgressReports.Content corrected = new ProgressReports.Content("Đã ban hành văn bản chỉ đạo.", "Thiếu kinh phí", null,
				entries(draft, "DONE", null, LocalDate.of(2026, 3, 1)),
				List.of(new ProgressReport.ValueEntry(target.indicatorId(), new BigDecimal("9"), "Cục Thống kê")));
		ProgressReport resubmitted = reports.submit(saved.id(), corrected, returned.rowVersion());
		assertThat(resubmitted.status()).isEqualTo(ReportStatus.SUBMITTED);
		// the first submission decides timeliness
		assertThat(resubmitted.firstSubmittedAt()).isEqualTo(submitted.firstSubmittedAt());

		ProgressReport approved = reports.approve(saved.id(), resubmitted.rowVersion());
		assertThat(approved.status()).isEqualTo(ReportStatus.APPROVED);
		assertThat(reports.approve(saved.id(), resubmitted.rowVersion()).rowVersion()).isEqualTo(approved.rowVersion());
		Task after = plans.tasks(planId).get(0);
		assertThat(after.progress()).isEqualTo("DONE");
		assertThat(after.completedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(reports.taskLines(approved).get(0).entry().percentDone()).isEqualTo(100);
		assertThat(rollup.figures(province, List.of(target.indicatorId())))
			.singleElement().satisfies(f -> {
				assertThat(f.value()).isEqualByComparingTo("9");
				assertThat(f.periodEnd()).isEqualTo(round.periodEnd());
			});
		assertThat(rounds.standings(round.id(), ReportingRounds.today())).singleElement()
			.satisfies(s -> assertThat(s.timeliness()).isEqualTo(Timeliness.ON_TIME));

		// reopening takes the values out of the count until approved again
		assertThatThrownBy(() -> reports.reopen(saved.id(), "", approved.rowVersion())).isInstanceOf(InvalidInputException.class);
		reports.reopen(saved.id(), "Sai số liệu", approved.rowVersion());
		assertThat(rollup.figures(province, List.of(target.indicatorId()))).isEmpty();
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'progress_report' and entity_id = :id")
			.param("id", String.valueOf(saved.id())).query(Integer.class).single()).isGreaterThanOrEqualTo(6);
	}

	@Test
	void twoPlansMeasuringTheSameIndicatorShareOneFigure() throws Exception {
		String focal = "2. Sở Khoa học và Công nghệ là cơ quan đầu mối theo dõi, đôn đốc, tổng hợp, định kỳ báo cáo UBND tỉnh trước ngày 15 tháng 11 hàng năm.";
		String target = "Đến năm 2030, có ít nhất 12 phòng thí nghiệm công nghệ sinh học dùng chung.";
		long first = plan("1. Sở Khoa học và Công nghệ: chủ trì xây dựng cơ sở dữ liệu.", focal, target);
		long second = plan("1. Sở Khoa học và Công nghệ: chủ trì hỗ trợ doanh nghiệp.", focal, target);
		long indicator = plans.targets(first).get(0).indicatorId();
		assertThat(plans.targets(second).get(0).indicatorId()).isEqualTo(indicator);
		long agency = agencies.findByName(province, "Sở Khoa học và Công nghệ").orElseThrow().id();
		ProgressReport a = reports.begin(openRound(first).id(), agency);
		ProgressReport sentA = reports.submit(a.id(), new ProgressReports.Content(null, null, null, entries(a, "IN_PROGRESS", 10, null),
				List.of(new ProgressReport.ValueEntry(indicator, new BigDecimal("7"), null))), a.rowVersion());
		reports.approve(a.id(), sentA.rowVersion());
		// the second plan's report shows the figure given; repeating it is fine, changing it is refused
		ProgressReport b = reports.begin(openRound(second).id(), agency);
		assertThat(reports.valueLines(b).get(0).entry().value()).isEqualByComparingTo("7");
		ProgressReport savedB = reports.save(b.id(), new ProgressReports.Content(null, null, null, null,
				List.of(new ProgressReport.ValueEntry(indicator, new BigDecimal("7"), null))), b.rowVersion());
		assertThatThrownBy(() -> reports.save(b.id(), new ProgressReports.Content(null, null, null, null,
				List.of(new ProgressReport.ValueEntry(indicator, new BigDecimal("8"), null))), savedB.rowVersion()))
			.isInstanceOfSatisfying(InvalidReportException.class, e -> assertThat(e.problems())
				.extracting(InvalidReportException.Problem::key).containsExactly("monitoring.error.value.taken"));
		// the first report still holds it, approved
		assertThat(jdbc.sql("select report_id from indicator_value where indicator_id = :i and org_unit_id = :u and approved")
			.param("i", indicator).param("u", province).query(Long.class).list()).contains(a.id());
	}

	@Test
	void entryClosesAtTheDeadlineUnlessTheCoordinatorGrantsAnException() throws Exception {
		long planId = plan("1. Sở Khoa học và Công nghệ: chủ trì xây dựng cơ sở dữ liệu.",
				"2. Sở Khoa học và Công nghệ là cơ quan đầu mối theo dõi, đôn đốc, tổng hợp.");
		LocalDate today = ReportingRounds.today();
		Round past = rounds.ofPlan(planId).stream().filter(r -> r.dueOn().isBefore(today)).reduce((a, b) -> b).orElseThrow();
		long agency = agencies.findByName(province, "Sở Khoa học và Công nghệ").orElseThrow().id();
		ProgressReport report = reports.begin(past.id(), agency);
		ProgressReports.Content content = new ProgressReports.Content("Muộn", null, null, null, null);
		assertThatThrownBy(() -> reports.save(report.id(), content, report.rowVersion()))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("monitoring.error.closed"));
		assertThat(rounds.standings(past.id(), today)).singleElement()
			.satisfies(s -> assertThat(s.timeliness()).isEqualTo(Timeliness.MISSING));
		assertThatThrownBy(() -> rounds.grantException(past.id(), agency, past.dueOn(), "Lý do"))
			.isInstanceOf(InvalidInputException.class);
		rounds.grantException(past.id(), agency, today.plusDays(3), "Đơn vị mới thành lập");
		assertThat(reports.save(report.id(), content, report.rowVersion()).summary()).isEqualTo("Muộn");
		ProgressReport saved = reports.get(report.id());
		ProgressReport sent = reports.submit(report.id(), new ProgressReports.Content("Muộn", null, null,
				entries(saved, "IN_PROGRESS", 10, null), null), saved.rowVersion());
		assertThat(sent.status()).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(rounds.standings(past.id(), today)).singleElement()
			.satisfies(s -> assertThat(s.timeliness()).isEqualTo(Timeliness.ON_TIME));
		// rates over the rounds already due: this one on time (the exception), the earlier ones missing
		assertThat(rounds.timelinessByLevel(province, today)).anySatisfy(l -> {
			assertThat(l.level()).isEqualTo(1);
			assertThat(l.onTime()).isGreaterThanOrEqualTo(1);
			assertThat(l.missing()).isGreaterThanOrEqualTo(1);
			assertThat(l.due()).isEqualTo(l.onTime() + l.late() + l.missing());
		});
		assertThat(rounds.timelinessByUnit(province, today)).extracting(ReportingRounds.TimelinessRate::unitId).contains(province);
		// an agency with nothing to report in the plan has no report to begin
		long stranger = agencies.findOrCreate(province, "Sở Nội vụ").id();
		assertThatThrownBy(() -> reports.begin(past.id(), stranger)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void taskStatisticsInSqlAgreeWithTheStatusModel() throws Exception {
		long planId = plan("""
				1. Sở Khoa học và Công nghệ: chủ trì xây dựng cơ sở dữ liệu, hoàn thành trong năm 2025.
				2. Sở Y tế: chủ trì phát triển dược liệu, hoàn thành trong tháng 6/2027.
				3. Sở Công Thương: chủ trì xúc tiến thương mại hằng năm.
				4. Sở Tài chính: chủ trì bố trí kinh phí.""", "");
		List<Task> tasks = plans.tasks(planId);
		jdbc.sql("update task set progress = 'DONE', completed_on = date '2026-01-10' where id = :id").param("id", tasks.get(3).id()).update();
		jdbc.sql("update plan set org_unit_id = (select id from org_unit where name = 'Xã Diễn Châu' and version = '2025') where id = :id")
			.param("id", planId).update();
		long commune = jdbc.sql("select org_unit_id from plan where id = :id").param("id", planId).query(Long.class).single();
		LocalDate today = LocalDate.of(2026, 12, 2);
		Map<vn.trienkhai.plan.TaskStatus, Integer> java = TaskStatistics.count(plans.tasks(planId), today);
		assertThat(statistics.ofUnit(commune, today)).isEqualTo(java);
		// the drill-down of the province has the commune with the same counts
		assertThat(statistics.ofChildren(province, today).get(commune)).isEqualTo(java);
		assertThat(java.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(4);
	}

	@Autowired
	TaskStatistics statistics;

	/** The same word on every task of the report. */
	List<ProgressReport.TaskEntry> entries(ProgressReport report, String progress, Integer percent, LocalDate done) {
		return reports.taskLines(report).stream()
			.map(l -> new ProgressReport.TaskEntry(l.task().id(), progress, percent, done, "Kết quả", null, null))
			.toList();
	}

}
