package vn.trienkhai.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.TestUsers;
import vn.trienkhai.agency.Agencies;
import vn.trienkhai.document.DocumentImports;
import vn.trienkhai.document.ImportedDocument;
import vn.trienkhai.plan.Plans;
import vn.trienkhai.platform.Role;

/**
 * The monitoring API: a report saved, refused field by field (422 problem+json, nothing saved), submitted,
 * approved, counted on the dashboard; a stale version 409; another unit's report 403.
 */
@IntegrationTest
class MonitoringApiIT {

	private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000, 3000));

	static final JsonMapper JSON = JsonMapper.builder().build();

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
	ReportingRegimes regimes;

	@Autowired
	Agencies agencies;

	JsonNode json(org.springframework.test.web.servlet.ResultActions r) throws Exception {
		return JSON.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void aReportThroughTheApi() throws Exception {
		long province = jdbc.sql("select id from org_unit where name = 'Tỉnh Lai Châu' and version = '2025'").query(Long.class).single();
		int no = NEXT.getAndIncrement();
		String text = """
				ỦY BAN NHÂN DÂN TỈNH LAI CHÂU
				Số: %d/KH-UBND
				Lai Châu, ngày 02 tháng 5 năm 2024
				KẾ HOẠCH
				Phát triển công nghệ sinh học
				I. MỤC TIÊU
				Đến năm 2030, tỷ lệ diện tích đạt chứng nhận VietGAP đạt trên 60%%.
				II. TỔ CHỨC THỰC HIỆN
				1. Sở Nông nghiệp và Môi trường: chủ trì phát triển vùng trồng dược liệu.
				""".formatted(no);
		ImportedDocument doc = imports.importFile(province, no + ".txt", () -> text.getBytes(StandardCharsets.UTF_8));
		imports.saveReview(doc.id(), imports.currentDraft(doc.id()), doc.rowVersion(), true);
		long planId = plans.ofDocument(doc.id()).orElseThrow().id();
		long agency = agencies.findByName(province, "Sở Nông nghiệp và Môi trường").orElseThrow().id();
		ReportingRegimes.Regime regime = regimes.find(planId).orElseThrow();
		regimes.update(planId, agency, regime.firstYear(), regime.lastYear(), regime.schedules(), regime.rowVersion());
		LocalDate today = ReportingRounds.today();
		Round round = rounds.ofPlan(planId).stream().filter(r -> r.covers(today)).findFirst().orElseThrow();
		RequestPostProcessor reporter = TestUsers.as(Role.REPORTER, province, agency);
		RequestPostProcessor coordinator = TestUsers.as(Role.COORDINATOR, province);

		JsonNode begun = json(mvc.perform(post("/api/rounds/" + round.id() + "/report").with(reporter).with(csrf()))
			.andExpect(status().isOk()));
		long reportId = begun.get("id").asLong();
		long taskId = begun.get("tasks").get(0).get("taskId").asLong();
		long indicatorId = begun.get("values").get(0).get("indicatorId").asLong();
		assertThat(begun.get("values").get(0).get("unit").asText()).isEqualTo("%");
		// a share is averaged up the tree, not summed
		assertThat(plans.indicator(indicatorId).orElseThrow().aggregation()).isEqualTo("AVERAGE");

		String bad = """
				{"rowVersion": %d, "summary": "x",
				 "tasks": [{"taskId": %d, "progress": "DONE", "percentDone": 100}],
				 "values": [{"indicatorId": %d, "value": 130}]}""".formatted(begun.get("rowVersion").asInt(), taskId, indicatorId);
		mvc.perform(put("/api/reports/" + reportId).contentType(MediaType.APPLICATION_JSON).content(bad).with(reporter).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[?(@.field == 'values[0].value')].message").value("Tỷ lệ phần trăm phải từ 0 đến 100."))
			.andExpect(jsonPath("$.errors[?(@.field == 'tasks[0].completedOn')].code").value("monitoring.error.task.completedOn"));
		assertThat(json(mvc.perform(get("/api/reports/" + reportId).with(reporter))).get("summary").isNull()).isTrue();
		// a value for another period is refused, not filed under this round
		String elsewhen = """
				{"rowVersion": %d, "values": [{"indicatorId": %d, "value": 10, "periodEnd": "2019-12-14"}]}"""
			.formatted(begun.get("rowVersion").asInt(), indicatorId);
		mvc.perform(put("/api/reports/" + reportId).contentType(MediaType.APPLICATION_JSON).content(elsewhen).with(reporter).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("monitoring.error.value.period"));

		String good = """
				{"rowVersion": %d, "summary": "Đã triển khai",
				 "tasks": [{"taskId": %d, "progress": "IN_PROGRESS", "percentDone": 50}],
				 "values": [{"indicatorId": %d, "value": 42.5, "sourceNote": "Sở NN&MT"}]}""".formatted(begun.get("rowVersion").asInt(), taskId, indicatorId);
		JsonNode saved = json(mvc.perform(put("/api/reports/" + reportId).contentType(MediaType.APPLICATION_JSON).content(good)
			.with(reporter).with(csrf())).andExpect(status().isOk()));
		assertThat(saved.get("values").get(0).get("value").decimalValue()).isEqualByComparingTo("42.5");
		// the same version again is stale
		mvc.perform(put("/api/reports/" + reportId).contentType(MediaType.APPLICATION_JSON).content(good).with(reporter).with(csrf()))
			.andExpect(status().isConflict()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		// nobody else writes it, and a commune does not read it
		long commune = jdbc.sql("select id from org_unit where parent_id = :p and version = '2025' order by code limit 1")
			.param("p", province).query(Long.class).single();
		mvc.perform(get("/api/reports/" + reportId).with(TestUsers.as(Role.REPORTER, commune, agencies.findOrCreate(commune, "Ủy ban nhân dân xã").id())))
			.andExpect(status().isForbidden()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(put("/api/reports/" + reportId).contentType(MediaType.APPLICATION_JSON).content(good).with(coordinator).with(csrf()))
			.andExpect(status().isForbidden());

		int version = saved.get("rowVersion").asInt();
		JsonNode submitted = json(mvc.perform(post("/api/reports/" + reportId + "/submit").contentType(MediaType.APPLICATION_JSON)
			.content("{\"rowVersion\": " + version + "}").with(reporter).with(csrf())).andExpect(status().isOk()));
		assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");
		assertThat(submitted.get("editable").asBoolean()).isFalse();
		mvc.perform(post("/api/reports/" + reportId + "/approve").contentType(MediaType.APPLICATION_JSON)
			.content("{\"rowVersion\": " + submitted.get("rowVersion").asInt() + "}").with(reporter).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/reports/" + reportId + "/approve").contentType(MediaType.APPLICATION_JSON)
			.content("{\"rowVersion\": " + submitted.get("rowVersion").asInt() + "}").with(coordinator).with(csrf()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));

		JsonNode dashboard = json(mvc.perform(get("/api/plans/" + planId + "/dashboard").with(coordinator)).andExpect(status().isOk()));
		JsonNode indicator = dashboard.get("indicators").get(0);
		assertThat(indicator.get("latest").decimalValue()).isEqualByComparingTo("42.5");
		assertThat(indicator.get("targetValue").decimalValue()).isEqualByComparingTo("60");
		JsonNode list = json(mvc.perform(get("/api/plans/" + planId + "/rounds").with(coordinator)).andExpect(status().isOk()));
		assertThat(list.findValues("approved").stream().mapToInt(JsonNode::asInt).sum()).isEqualTo(1);
	}

}
