package vn.trienkhai.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.TestUsers;
import vn.trienkhai.agency.Agencies;
import vn.trienkhai.document.DocumentImports;
import vn.trienkhai.document.ImportedDocument;
import vn.trienkhai.plan.Plans;
import vn.trienkhai.platform.Role;

/**
 * The monitoring pages through MockMvc: a reporter fills the report (a wrong value shown beside its field,
 * nothing saved), submits; the coordinator returns and approves; the dashboard shows the approved figure; and
 * who may see and do what — a commune never reads a department's report, an overseer comments but approves
 * nothing, a reporter never writes another agency's report.
 */
@IntegrationTest
class MonitoringPagesIT {

	private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(7000, 9000));

	@Autowired
	MockMvc mvc;

	@Autowired
	DocumentImports imports;

	@Autowired
	Plans plans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportingRounds rounds;

	@Autowired
	ProgressReports reports;

	@Autowired
	Agencies agencies;

	@Autowired
	ReportingRegimes regimes;

	long province;

	long commune;

	@BeforeEach
	void setUp() {
		province = jdbc.sql("select id from org_unit where name = 'Tỉnh Hà Tĩnh' and version = '2025'").query(Long.class).single();
		commune = jdbc.sql("select id from org_unit where parent_id = :p and version = '2025' order by code limit 1")
			.param("p", province).query(Long.class).single();
	}

	long plan() throws Exception {
		int no = NEXT.getAndIncrement();
		String text = """
				ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
				Số: %d/KH-UBND
				Hà Tĩnh, ngày 02 tháng 5 năm 2024
				KẾ HOẠCH
				Phát triển công nghệ sinh học
				I. MỤC TIÊU
				Đến năm 2030, có ít nhất 20 doanh nghiệp công nghệ sinh học.
				II. TỔ CHỨC THỰC HIỆN
				1. Sở Khoa học và Công nghệ: chủ trì xây dựng cơ sở dữ liệu về công nghệ sinh học.
				""".formatted(no);
		ImportedDocument doc = imports.importFile(province, no + ".txt", () -> text.getBytes(StandardCharsets.UTF_8));
		imports.saveReview(doc.id(), imports.currentDraft(doc.id()), doc.rowVersion(), true);
		return plans.ofDocument(doc.id()).orElseThrow().id();
	}

	Round openRound(long planId) {
		LocalDate today = ReportingRounds.today();
		return rounds.ofPlan(planId).stream().filter(r -> r.covers(today)).findFirst().orElseThrow();
	}

	Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void aReportIsFilledReturnedCorrectedApprovedAndCounted() throws Exception {
		long planId = plan();
		Round round = openRound(planId);
		long agency = agencies.findByName(province, "Sở Khoa học và Công nghệ").orElseThrow().id();
		RequestPostProcessor reporter = TestUsers.as(Role.REPORTER, province, agency);
		RequestPostProcessor coordinator = TestUsers.as(Role.COORDINATOR, province);

		Document roundsPage = page(get("/plans/" + planId + "/rounds").with(coordinator));
		assertThat(roundsPage.select("#rounds tbody tr")).hasSizeGreaterThan(3);
		// the plan names no focal agency: the coordinator is told so
		assertThat(roundsPage.getElementById("regime-focal").text()).isEqualTo("Chưa xác định");

		// the coordinator names the department the focal agency: it then owes the province's figures
		ReportingRegimes.Regime regime = regimes.find(planId).orElseThrow();
		regimes.update(planId, agency, regime.firstYear(), regime.lastYear(), regime.schedules(), regime.rowVersion());
		// the same schedules make the same rounds: their ids, and links to them, stay
		assertThat(openRound(planId).id()).isEqualTo(round.id());
		String location = mvc.perform(post("/rounds/" + round.id() + "/report").with(reporter).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long reportId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		Document form = page(get("/reports/" + reportId).with(reporter));
		assertThat(form.select(".report-task")).isNotEmpty();
		assertThat(form.getElementById("report-submit")).isNotNull();
		long taskId = Long.parseLong(form.selectFirst("input[name='tasks[0].taskId']").val());
		long indicatorId = Long.parseLong(form.selectFirst("input[name='values[0].indicatorId']").val());
		int version = Integer.parseInt(form.selectFirst("input[name='rowVersion']").val());

		// a share over 100 and letters as a number: shown beside the fields, in Vietnamese, nothing saved
		Document bad = Jsoup.parse(mvc.perform(post("/reports/" + reportId).with(reporter).with(csrf())
			.param("rowVersion", String.valueOf(version)).param("summary", "Đã quán triệt")
			.param("tasks[0].taskId", String.valueOf(taskId)).param("tasks[0].progress", "IN_PROGRESS")
			.param("tasks[0].percentDone", "150").param("values[0].indicatorId", String.valueOf(indicatorId))
			.param("values[0].value", "mười hai").param("action", "save"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(bad.select(".invalid-feedback").eachText())
			.contains("Tỷ lệ hoàn thành là số nguyên từ 0 đến 100.")
			.anyMatch(t -> t.contains("„mười hai\" không phải là số"));
		assertThat(bad.selectFirst("textarea[name='summary']").text()).isEqualTo("Đã quán triệt");
		assertThat(reports.get(reportId).summary()).isNull();

		// evidence: a real PDF attached to the task; a PNG calling itself .pdf refused
		byte[] pdf = EvidenceFilesIT.pdf();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/reports/" + reportId + "/evidence")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "Biên bản nghiệm thu.pdf", "application/pdf", pdf))
			.param("taskId", String.valueOf(taskId)).with(reporter).with(csrf()))
			.andExpect(flash().attribute("flash", "monitoring.flash.evidenceAdded"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/reports/" + reportId + "/evidence")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "anh.pdf", "application/pdf", EvidenceFilesIT.image("png")))
			.with(reporter).with(csrf()))
			.andExpect(flash().attribute("errorKey", "monitoring.evidence.error.extension"));
		Document withFile = page(get("/reports/" + reportId).with(reporter));
		String href = withFile.selectFirst("#evidence-task-" + taskId + " a[href^=/evidence/]").attr("href");
		var download = mvc.perform(get(href).with(coordinator)).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getContentType()).isEqualTo("application/pdf");

		mvc.perform(post("/reports/" + reportId).with(reporter).with(csrf()).param("rowVersion", String.valueOf(version))
			.param("summary", "Đã quán triệt").param("tasks[0].taskId", String.valueOf(taskId))
			.param("tasks[0].progress", "IN_PROGRESS").param("tasks[0].percentDone", "60")
			.param("values[0].indicatorId", String.valueOf(indicatorId)).param("values[0].value", "1.204")
			.param("values[0].sourceNote", "Sở KH&CN").param("action", "submit"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "monitoring.flash.submitted"));
		ProgressReport submitted = reports.get(reportId);
		assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(reports.valueLines(submitted).get(0).entry().value()).isEqualByComparingTo("1204");

		// once sent, no evidence is added
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/reports/" + reportId + "/evidence")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "them.pdf", "application/pdf", pdf))
			.with(reporter).with(csrf()))
			.andExpect(flash().attribute("errorKey", "monitoring.error.locked"));
		// a commune does not download the department's evidence
		long communeAgency = agencies.findOrCreate(commune, "Ủy ban nhân dân xã thử tệp").id();
		mvc.perform(get(href).with(TestUsers.as(Role.REPORTER, commune, communeAgency))).andExpect(status().isForbidden());
		// an overseer reads, comments, but approves nothing
		RequestPostProcessor overseer = TestUsers.as(Role.OVERSEER, province);
		assertThat(page(get("/reports/" + reportId).with(overseer)).getElementById("report-approve")).isNull();
		mvc.perform(post("/reports/" + reportId + "/approve").param("rowVersion", String.valueOf(submitted.rowVersion()))
			.with(overseer).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/plans/" + planId + "/comments").param("body", "Đề nghị đẩy nhanh tiến độ").with(overseer).with(csrf()))
			.andExpect(flash().attribute("flash", "monitoring.flash.commented"));

		Document review = page(get("/reports/" + reportId).with(coordinator));
		assertThat(review.getElementById("report-approve")).isNotNull();
		mvc.perform(post("/reports/" + reportId + "/return").param("comment", "Bổ sung nguồn số liệu")
			.param("rowVersion", String.valueOf(submitted.rowVersion())).with(coordinator).with(csrf()))
			.andExpect(flash().attribute("flash", "monitoring.flash.returned"));
		Document returned = page(get("/reports/" + reportId).with(reporter));
		assertThat(returned.getElementById("report-comment").text()).contains("Bổ sung nguồn số liệu");
		ProgressReport r = reports.get(reportId);
		mvc.perform(post("/reports/" + reportId).with(reporter).with(csrf()).param("rowVersion", String.valueOf(r.rowVersion()))
			.param("tasks[0].taskId", String.valueOf(taskId)).param("tasks[0].progress", "IN_PROGRESS")
			.param("tasks[0].percentDone", "70").param("values[0].indicatorId", String.valueOf(indicatorId))
			.param("values[0].value", "12").param("values[0].sourceNote", "Cục Thống kê").param("action", "submit"))
			.andExpect(status().is3xxRedirection());
		r = reports.get(reportId);
		mvc.perform(post("/reports/" + reportId + "/approve").param("rowVersion", String.valueOf(r.rowVersion()))
			.with(coordinator).with(csrf())).andExpect(flash().attribute("flash", "monitoring.flash.approved"));

		Document dashboard = page(get("/plans/" + planId + "/dashboard").with(overseer));
		assertThat(dashboard.select(".indicator-latest").text()).contains("12");
		assertThat(dashboard.select(".comment").text()).contains("Đề nghị đẩy nhanh tiến độ");
		assertThat(dashboard.getElementById("completeness-table").text()).contains("1/1");
		Document unitDashboard = page(get("/dashboard/units/" + province).with(overseer));
		assertThat(unitDashboard.getElementById("dashboard-heading").text()).contains("Hà Tĩnh");
		assertThat(unitDashboard.select("#indicators .indicator-latest").text()).contains("12");
		assertThat(page(get("/rounds/" + round.id()).with(coordinator)).getElementById("standing-" + agency).text())
			.contains("Đã duyệt").contains("Đúng hạn");
	}

	@Test
	void noOneReadsOrWritesOutsideTheirAgencyAndScope() throws Exception {
		long planId = plan();
		Round round = openRound(planId);
		long agency = agencies.findByName(province, "Sở Khoa học và Công nghệ").orElseThrow().id();
		ProgressReport report = reports.begin(round.id(), agency);
		long communeAgency = agencies.findOrCreate(commune, "Ủy ban nhân dân xã thử nghiệm").id();
		RequestPostProcessor communeReporter = TestUsers.as(Role.REPORTER, commune, communeAgency);
		// the commune reads the province's plan and its rounds, but not a department's report
		page(get("/plans/" + planId + "/rounds").with(communeReporter));
		assertThat(page(get("/rounds/" + round.id()).with(communeReporter)).select("#standing-" + agency)).isEmpty();
		mvc.perform(get("/reports/" + report.id()).with(communeReporter)).andExpect(status().isForbidden());
		// on the province plan's dashboard the province sees a neighbouring commune's row, the commune does not
		long neighbour = jdbc.sql("select id from org_unit where parent_id = :p and version = '2025' and id <> :c order by code limit 1")
			.param("p", province).param("c", commune).query(Long.class).single();
		long neighbourPlan = jdbc.sql("""
				insert into plan (org_unit_id, kind, title, status, created_by) values (:u, 'KE_HOACH', 'Kế hoạch của xã', 'ACTIVE', 'test')
				returning id""").param("u", neighbour).query(Long.class).single();
		jdbc.sql("insert into task (plan_id, position, text) values (:p, 0, 'Tuyên truyền')").param("p", neighbourPlan).update();
		assertThat(page(get("/plans/" + planId + "/dashboard").with(TestUsers.as(Role.COORDINATOR, province)))
			.select("#child-" + neighbour)).hasSize(1);
		Document dash = page(get("/plans/" + planId + "/dashboard").with(communeReporter));
		assertThat(dash.select("#child-" + neighbour)).isEmpty();
		// another department of the province reads it but cannot write it
		long other = agencies.findOrCreate(province, "Sở Tài chính").id();
		RequestPostProcessor otherReporter = TestUsers.as(Role.REPORTER, province, other);
		mvc.perform(post("/reports/" + report.id()).param("rowVersion", "0").param("summary", "x").with(otherReporter).with(csrf()))
			.andExpect(status().isForbidden());
		// a reporter of an agency with nothing to report in the plan cannot begin one
		mvc.perform(post("/rounds/" + round.id() + "/report").with(otherReporter).with(csrf())).andExpect(status().isBadRequest());
		// another province's coordinator sees nothing
		long elsewhere = jdbc.sql("select id from org_unit where name = 'Tỉnh Quảng Trị' and version = '2025'").query(Long.class).single();
		mvc.perform(get("/plans/" + planId + "/dashboard").with(TestUsers.as(Role.COORDINATOR, elsewhere))).andExpect(status().isForbidden());
		mvc.perform(get("/dashboard/units/" + province).with(TestUsers.as(Role.COORDINATOR, elsewhere))).andExpect(status().isForbidden());
		// the province's own dashboard lists the plan
		Document unit = page(get("/dashboard/units/" + province).with(TestUsers.as(Role.OVERSEER, province)));
		assertThat(unit.select("#plans a").eachAttr("href")).contains("/plans/" + planId + "/dashboard");
		// only a coordinator opens rounds, and a bad date is told plainly
		mvc.perform(post("/plans/" + planId + "/rounds").param("kind", "AD_HOC").param("label", "Báo cáo đột xuất")
			.param("periodStart", "01/01/2026").param("periodEnd", "30/02/2026").param("dueOn", "15/3/2026")
			.with(TestUsers.as(Role.COORDINATOR, province)).with(csrf()))
			.andExpect(flash().attribute("errorKey", "monitoring.error.date"));
		mvc.perform(post("/plans/" + planId + "/rounds").param("kind", "AD_HOC").param("label", "Báo cáo đột xuất")
			.param("periodStart", "01/01/2026").param("periodEnd", "28/02/2026").param("dueOn", "15/3/2026")
			.with(TestUsers.as(Role.OVERSEER, province)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/plans/" + planId + "/rounds").param("kind", "INTERIM_REVIEW").param("label", "Sơ kết 3 năm")
			.param("periodStart", "02/05/2024").param("periodEnd", "01/05/2027").param("dueOn", "15/5/2027")
			.with(TestUsers.as(Role.COORDINATOR, province)).with(csrf()))
			.andExpect(flash().attribute("flash", "monitoring.flash.roundOpened"));
		assertThat(rounds.ofPlan(planId)).anyMatch(x -> x.kind() == RoundKind.INTERIM_REVIEW && x.label().equals("Sơ kết 3 năm"));
		// the review after 5 years, from the plan's date, in one click; not twice
		mvc.perform(post("/plans/" + planId + "/reviews").param("kind", "FINAL_REVIEW").param("years", "5")
			.with(TestUsers.as(Role.COORDINATOR, province)).with(csrf()))
			.andExpect(flash().attribute("flash", "monitoring.flash.roundOpened"));
		assertThat(rounds.ofPlan(planId)).filteredOn(x -> x.kind() == RoundKind.FINAL_REVIEW).singleElement().satisfies(x -> {
			assertThat(x.periodStart()).isEqualTo(LocalDate.of(2024, 5, 2));
			assertThat(x.periodEnd()).isEqualTo(LocalDate.of(2029, 5, 1));
		});
		mvc.perform(post("/plans/" + planId + "/reviews").param("kind", "FINAL_REVIEW").param("years", "5")
			.with(TestUsers.as(Role.COORDINATOR, province)).with(csrf()))
			.andExpect(flash().attribute("errorKey", "monitoring.error.review.exists"));
		assertThat(page(get("/plans/" + planId + "/rounds").with(TestUsers.as(Role.COORDINATOR, province)))
			.select("#rounds tbody tr td:first-child a").eachText()).contains("Tổng kết 5 năm");
	}

	@Test
	void theRegimeIsChangedByTheCoordinatorAndRoundsFollow() throws Exception {
		long planId = plan();
		int version = jdbc.sql("select row_version from reporting_regime where plan_id = :p").param("p", planId).query(Integer.class).single();
		mvc.perform(post("/plans/" + planId + "/regime").param("firstYear", "2025").param("lastYear", "2026")
			.param("frequency", "QUARTERLY").param("dueDay.QUARTERLY", "20").param("rowVersion", String.valueOf(version))
			.with(TestUsers.as(Role.COORDINATOR, province)).with(csrf()))
			.andExpect(flash().attribute("flash", "monitoring.flash.regimeSaved"));
		assertThat(rounds.ofPlan(planId)).extracting(Round::label)
			.containsExactly("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
		Document page = page(get("/plans/" + planId + "/rounds").with(TestUsers.as(Role.COORDINATOR, province)));
		assertThat(page.select("#rounds tbody tr td:first-child a").eachText()).contains("Quý III/2026");
		// a stale form is refused, not merged
		mvc.perform(post("/plans/" + planId + "/regime").param("firstYear", "2025").param("lastYear", "2026")
			.param("frequency", "ANNUAL").param("rowVersion", String.valueOf(version))
			.with(TestUsers.as(Role.COORDINATOR, province)).with(csrf()))
			.andExpect(flash().attribute("errorKey", "monitoring.error.conflict"));
		mvc.perform(post("/plans/" + planId + "/regime").param("firstYear", "2025").param("lastYear", "2026")
			.param("frequency", "MONTHLY").param("dueDay.MONTHLY", "40").param("rowVersion", String.valueOf(version + 1))
			.with(TestUsers.as(Role.COORDINATOR, province)).with(csrf()))
			.andExpect(flash().attribute("errorKey", "monitoring.error.schedule.day"));
	}

}
