package vn.trienkhai.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
import vn.trienkhai.audit.AuditLog;
import vn.trienkhai.document.DocumentImports;
import vn.trienkhai.document.ImportedDocument;
import vn.trienkhai.plan.Indicator;
import vn.trienkhai.plan.PlanEditing;
import vn.trienkhai.plan.Plans;
import vn.trienkhai.plan.Target;
import vn.trienkhai.platform.Role;

/**
 * Targets tracked from the biotechnology database: an indicator given the data source BIOTECH_ENTERPRISES on
 * its page (an unknown code refused in Vietnamese, the change audited) takes its current value from the
 * enterprises recorded in the plan's unit, with the status against the target, the units below and a marker
 * on the dashboards and the plan; adding an enterprise moves it; the report form shows the figure instead of
 * an input and the report is still submitted. Province 38 (Thanh Hóa) holds the dashboard's enterprises,
 * province 40 (Nghệ An) the report's: no other test records enterprises there.
 */
@IntegrationTest
class RegistryTargetsIT {

	private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(50000, 90000));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Plans plans;

	@Autowired
	PlanEditing editing;

	@Autowired
	TargetProgress progress;

	@Autowired
	DocumentImports imports;

	@Autowired
	ReportingRounds rounds;

	@Autowired
	ProgressReports reports;

	@Autowired
	Agencies agencies;

	@Autowired
	AuditLog audit;

	@Autowired
	ReportingRegimes regimes;

	long thanhHoa;

	long ngheAn;

	@BeforeEach
	void setUp() {
		thanhHoa = unit("38");
		ngheAn = unit("40");
	}

	long unit(String code) {
		return jdbc.sql("select id from org_unit where code = :c and version = '2025'").param("c", code).query(Long.class).single();
	}

	long commune(long province, int offset) {
		return jdbc.sql("select id from org_unit where parent_id = :p and version = '2025' order by code offset :o limit 1")
			.param("p", province).param("o", offset).query(Long.class).single();
	}

	void enterprise(long unit, String status) {
		int no = NEXT.getAndIncrement();
		jdbc.sql("""
				insert into enterprise (tax_code, name, org_unit_id, fields, status, visibility)
				values (:tax, :name, :unit, '{AGRICULTURE}', :status, 'PUBLIC')
				""").param("tax", "99" + String.format("%08d", no)).param("name", "Công ty TNHH Sinh học " + no)
			.param("unit", unit).param("status", status).update();
	}

	Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void aTargetOnBiotechEnterprisesTracksTheEnterprisesOfTheUnit() throws Exception {
		RequestPostProcessor coordinator = TestUsers.as(Role.COORDINATOR, thanhHoa);
		int year = ReportingRounds.today().getYear();
		int no = NEXT.getAndIncrement();
		String location = mvc.perform(post("/plans").param("unit", String.valueOf(thanhHoa)).param("kind", "KE_HOACH")
			.param("number", no + "/KH-UBND").param("issuedOn", "15/5/" + (year - 1))
			.param("title", "Phát triển doanh nghiệp công nghệ sinh học").param("issuer", "Ủy ban nhân dân tỉnh Thanh Hóa")
			.with(coordinator).with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long plan = Long.parseLong(location.substring("/plans/".length()));
		// at least 4 enterprises next year, from none at the end of last year: the line expects at most 2 by now
		mvc.perform(post("/plans/" + plan + "/targets").param("goal", "số doanh nghiệp công nghệ sinh học")
			.param("comparator", ">=").param("value", "4").param("unit", "doanh nghiệp").param("year", String.valueOf(year + 1))
			.with(coordinator).with(csrf())).andExpect(flash().attribute("flash", "plan.flash.targetAdded"));
		Target target = plans.targets(plan).get(0);
		Indicator indicator = plans.indicator(target.indicatorId()).orElseThrow();
		assertThat(indicator.dataSource()).isNull();
		String url = "/plans/" + plan + "/indicators/" + indicator.id();

		// the select offers "reported by units" and the registry's figures by name
		Element select = page(get(url).with(coordinator)).getElementById("dataSource");
		assertThat(select.selectFirst("option").val()).isEmpty();
		assertThat(select.selectFirst("option").text()).isEqualTo("Do các đơn vị báo cáo trong báo cáo tiến độ");
		assertThat(select.selectFirst("option[value=BIOTECH_ENTERPRISES]").text()).isEqualTo("Số doanh nghiệp công nghệ sinh học");
		assertThat(select.select("option").eachAttr("value")).contains("BIOTECH_REVENUE", "OCOP_PRODUCTS_WITH_TRADEMARK");

		// an unknown code: refused in Vietnamese, nothing saved
		Document refused = page(post(url).param("name", indicator.name()).param("unit", "doanh nghiệp")
			.param("dataSource", "KHONG_CO").param("rowVersion", String.valueOf(indicator.rowVersion()))
			.with(coordinator).with(csrf()));
		assertThat(refused.getElementById("indicator-error").text())
			.isEqualTo("Nguồn số liệu «KHONG_CO» không có trong cơ sở dữ liệu công nghệ sinh học.");
		assertThat(plans.indicator(indicator.id()).orElseThrow().dataSource()).isNull();

		// an indicator that is a part of a ratio cannot be computed: the ratio would lose its reported input
		long ratio = jdbc.sql("""
				insert into indicator (org_unit_id, name, unit, name_key, direction, aggregation, numerator_id)
				select org_unit_id, 'Tỷ lệ thử', '%', 'ty le thu ' || id, 'HIGHER', 'AVERAGE', id from indicator where id = :id
				returning id""").param("id", indicator.id()).query(Long.class).single();
		Document composite = page(post(url).param("name", indicator.name()).param("unit", "doanh nghiệp")
			.param("aggregation", "SUM").param("direction", "HIGHER").param("dataSource", "BIOTECH_ENTERPRISES")
			.param("rowVersion", String.valueOf(indicator.rowVersion())).with(coordinator).with(csrf()));
		assertThat(composite.getElementById("indicator-error").text()).startsWith("Chỉ tiêu tính từ cơ sở dữ liệu");
		assertThat(plans.indicator(indicator.id()).orElseThrow().dataSource()).isNull();
		jdbc.sql("delete from indicator where id = :id").param("id", ratio).update();

		mvc.perform(post(url).param("name", indicator.name()).param("unit", "doanh nghiệp").param("aggregation", "SUM")
			.param("direction", "HIGHER").param("baselineValue", "0").param("baselineYear", String.valueOf(year - 1))
			.param("dataSource", "BIOTECH_ENTERPRISES").param("rowVersion", String.valueOf(indicator.rowVersion()))
			.with(coordinator).with(csrf())).andExpect(flash().attribute("flash", "plan.flash.indicatorSaved"));
		Indicator saved = plans.indicator(indicator.id()).orElseThrow();
		assertThat(saved.dataSource()).isEqualTo("BIOTECH_ENTERPRISES");
		assertThat(saved.rowVersion()).isEqualTo(indicator.rowVersion() + 1);
		assertThat(page(get(url).with(coordinator)).selectFirst("#dataSource option[selected]").val()).isEqualTo("BIOTECH_ENTERPRISES");
		assertThat(audit.history("indicator", List.of(String.valueOf(indicator.id())), 10)).first()
			.satisfies(e -> assertThat(e.after()).contains("BIOTECH_ENTERPRISES"));
		// a stale version is refused, the source stays
		mvc.perform(post(url).param("name", indicator.name()).param("rowVersion", String.valueOf(indicator.rowVersion()))
			.with(coordinator).with(csrf())).andExpect(status().isConflict());
		assertThat(plans.indicator(indicator.id()).orElseThrow().dataSource()).isEqualTo("BIOTECH_ENTERPRISES");

		// nothing recorded yet: 0, behind the line
		TargetProgress.Standing none = progress.of(plans.get(plan), ReportingRounds.today(), null).get(0);
		assertThat(none.latest().value()).isEqualByComparingTo("0");
		assertThat(none.latest().periodEnd()).isEqualTo(LocalDate.of(year, 12, 31));
		assertThat(none.status()).isIn(TargetStatus.AT_RISK, TargetStatus.OFF_TRACK);

		// three active enterprises in a commune, a dissolved one not counted
		long commune = commune(thanhHoa, 3);
		enterprise(commune, "ACTIVE");
		enterprise(commune, "ACTIVE");
		enterprise(commune, "ACTIVE");
		enterprise(commune, "DISSOLVED");
		TargetProgress.Standing three = progress.of(plans.get(plan), ReportingRounds.today(), null).get(0);
		assertThat(three.latest().value()).isEqualByComparingTo("3");
		assertThat(three.status()).isEqualTo(TargetStatus.ON_TRACK);
		// last year's report counts last year's figure only
		assertThat(progress.of(plans.get(plan), ReportingRounds.today(), LocalDate.of(year - 1, 12, 31)).get(0).series())
			.extracting(IndicatorRollup.Figure::periodEnd).containsExactly(LocalDate.of(year - 1, 12, 31));

		Document dashboard = page(get("/plans/" + plan + "/dashboard").with(coordinator));
		Element card = dashboard.getElementById("indicator-" + target.id());
		assertThat(card.selectFirst(".indicator-latest").text()).isEqualTo("Số liệu hiện tại: 3 doanh nghiệp (năm " + year + ", tính từ dữ liệu)");
		assertThat(card.selectFirst(".indicator-source").text()).isEqualTo("Tính từ cơ sở dữ liệu: Số doanh nghiệp công nghệ sinh học");
		assertThat(card.selectFirst(".target-status").hasClass("target-ON_TRACK")).isTrue();
		String communeName = jdbc.sql("select name from org_unit where id = :id").param("id", commune).query(String.class).single();
		assertThat(card.select(".indicator-children tr")).singleElement()
			.satisfies(row -> assertThat(row.text()).contains(communeName).endsWith(" 3"));
		assertThat(page(get("/dashboard/units/" + thanhHoa).with(coordinator)).select("#indicators .indicator-source").text())
			.contains("Số doanh nghiệp công nghệ sinh học");
		assertThat(page(get("/plans/" + plan).with(coordinator)).selectFirst("#plan-targets .target-source").text())
			.isEqualTo("Tính từ cơ sở dữ liệu: Số doanh nghiệp công nghệ sinh học");

		// one more, in another commune: the figure follows the data, nobody typed it
		enterprise(commune(thanhHoa, 7), "ACTIVE");
		Element after = page(get("/plans/" + plan + "/dashboard").with(coordinator)).getElementById("indicator-" + target.id());
		assertThat(after.selectFirst(".indicator-latest").text()).startsWith("Số liệu hiện tại: 4 doanh nghiệp");
		assertThat(after.select(".indicator-children tr")).hasSize(2);

		// back to reported values: the roll-up of reports again, with nothing reported
		Indicator now = plans.indicator(indicator.id()).orElseThrow();
		mvc.perform(post(url).param("name", now.name()).param("dataSource", "").param("rowVersion", String.valueOf(now.rowVersion()))
			.with(coordinator).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(plans.indicator(indicator.id()).orElseThrow().dataSource()).isNull();
		assertThat(progress.of(plans.get(plan), ReportingRounds.today(), null).get(0).status()).isEqualTo(TargetStatus.NO_DATA);
		assertThat(page(get("/plans/" + plan + "/dashboard").with(coordinator)).select(".indicator-source")).isEmpty();
	}

	@Test
	void theReportFormShowsTheComputedFigureAndIsStillSubmitted() throws Exception {
		int no = NEXT.getAndIncrement();
		String text = """
				ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
				Số: %d/KH-UBND
				Nghệ An, ngày 02 tháng 5 năm 2024
				KẾ HOẠCH
				Phát triển công nghệ sinh học
				I. MỤC TIÊU
				Đến năm 2030, có ít nhất 20 doanh nghiệp công nghệ sinh học.
				II. TỔ CHỨC THỰC HIỆN
				1. Sở Khoa học và Công nghệ: chủ trì xây dựng cơ sở dữ liệu về công nghệ sinh học.
				""".formatted(no);
		ImportedDocument doc = imports.importFile(ngheAn, no + ".txt", () -> text.getBytes(StandardCharsets.UTF_8));
		imports.saveReview(doc.id(), imports.currentDraft(doc.id()), doc.rowVersion(), true);
		long plan = plans.ofDocument(doc.id()).orElseThrow().id();
		Target target = plans.targets(plan).get(0);
		Indicator indicator = plans.indicator(target.indicatorId()).orElseThrow();
		editing.updateIndicator(new Indicator(indicator.id(), indicator.orgUnitId(), indicator.name(), indicator.unit(),
				indicator.aggregation(), null, null, null, indicator.direction(), null, null, indicator.rowVersion(),
				"BIOTECH_ENTERPRISES"));
		enterprise(commune(ngheAn, 2), "ACTIVE");
		enterprise(commune(ngheAn, 5), "ACTIVE");

		LocalDate today = ReportingRounds.today();
		Round round = rounds.ofPlan(plan).stream().filter(r -> r.covers(today)).findFirst().orElseThrow();
		long agency = agencies.findByName(ngheAn, "Sở Khoa học và Công nghệ").orElseThrow().id();
		// the department becomes the focal agency: it owes the province's figures
		ReportingRegimes.Regime regime = regimes.find(plan).orElseThrow();
		regimes.update(plan, agency, regime.firstYear(), regime.lastYear(), regime.schedules(), regime.rowVersion());
		round = rounds.ofPlan(plan).stream().filter(r -> r.covers(today)).findFirst().orElseThrow();
		RequestPostProcessor reporter = TestUsers.as(Role.REPORTER, ngheAn, agency);
		String location = mvc.perform(post("/rounds/" + round.id() + "/report").with(reporter).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long reportId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		Document form = page(get("/reports/" + reportId).with(reporter));
		Element row = form.getElementById("report-value-" + indicator.id());
		assertThat(row.selectFirst(".report-value-computed").text())
			.isEqualTo("2 Tính tự động từ cơ sở dữ liệu công nghệ sinh học (năm " + round.periodEnd().getYear() + "); không cần nhập.");
		assertThat(row.selectFirst(".report-value-source").text()).isEqualTo("Tính từ cơ sở dữ liệu: Số doanh nghiệp công nghệ sinh học");
		// nothing to type: only the row's indicator goes back, so every row keeps its index in the messages
		assertThat(row.select("input").eachAttr("name")).containsExactly("values[0].indicatorId");
		assertThat(form.select("input[name^=values][name$=value], textarea[name^=values]")).isEmpty();

		// the API gives the computed figure and says where it comes from
		mvc.perform(get("/api/reports/" + reportId).with(reporter)).andExpect(status().isOk())
			.andExpect(jsonPath("$.values[0].indicatorId").value(indicator.id()))
			.andExpect(jsonPath("$.values[0].value").value(2))
			.andExpect(jsonPath("$.values[0].dataSource").value("BIOTECH_ENTERPRISES"));
		mvc.perform(get("/api/plans/" + plan + "/dashboard").with(TestUsers.as(Role.COORDINATOR, ngheAn)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.indicators[0].latest").value(2))
			.andExpect(jsonPath("$.indicators[0].dataSource").value("BIOTECH_ENTERPRISES"));

		// a typed value for it (through the service, as the API sends it) is refused beside its field, nothing saved
		ProgressReport draft = reports.get(reportId);
		assertThatThrownBy(() -> reports.save(reportId, new ProgressReports.Content("x", null, null, null,
				List.of(new ProgressReport.ValueEntry(indicator.id(), new BigDecimal("7"), null))), draft.rowVersion()))
			.isInstanceOfSatisfying(InvalidReportException.class, e -> assertThat(e.problems())
				.extracting(InvalidReportException.Problem::field, InvalidReportException.Problem::key)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("values[0].value", "monitoring.error.value.fromRegistry")));
		assertThat(reports.get(reportId).summary()).isNull();

		// the form as the browser sends it: the task, no value; the report goes to the coordinator
		long taskId = Long.parseLong(form.selectFirst("input[name='tasks[0].taskId']").val());
		int version = Integer.parseInt(form.selectFirst("input[name='rowVersion']").val());
		mvc.perform(post("/reports/" + reportId).with(reporter).with(csrf()).param("rowVersion", String.valueOf(version))
			.param("summary", "Đã cập nhật cơ sở dữ liệu").param("tasks[0].taskId", String.valueOf(taskId))
			.param("tasks[0].progress", "IN_PROGRESS").param("tasks[0].percentDone", "40")
			.param("values[0].indicatorId", String.valueOf(indicator.id())).param("action", "submit"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "monitoring.flash.submitted"));
		assertThat(reports.get(reportId).status()).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(jdbc.sql("select count(*) from indicator_value where report_id = :r").param("r", reportId)
			.query(Integer.class).single()).isZero();

	}

}
