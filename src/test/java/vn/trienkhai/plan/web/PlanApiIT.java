package vn.trienkhai.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.TestUsers;
import vn.trienkhai.document.DocumentImports;
import vn.trienkhai.document.ImportedDocument;
import vn.trienkhai.plan.Plans;
import vn.trienkhai.plan.Task;
import vn.trienkhai.plan.TaskLinks;
import vn.trienkhai.platform.Role;

/** The plan API through MockMvc: a province plan and a commune plan under it, built from imports. */
@IntegrationTest
class PlanApiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	DocumentImports imports;

	@Autowired
	Plans plans;

	@Autowired
	TaskLinks links;

	@Autowired
	JdbcClient jdbc;

	long province;

	long commune;

	/** Each test's two plan numbers (no, no + 1) are new: a commune plan citing a number two tests drew would
	 * implement the other test's province plan. */
	private static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger(
			5000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(0, 2000) * 2);

	int no;

	long provincePlan;

	long communePlan;

	long unit(String name) {
		return jdbc.sql("select id from org_unit where name = ? and version = '2025'").param(name).query(Long.class).single();
	}

	long confirm(long unit, String text) throws Exception {
		ImportedDocument doc = imports.importFile(unit, "plan.txt", () -> text.getBytes(StandardCharsets.UTF_8));
		imports.saveReview(doc.id(), imports.currentDraft(doc.id()), doc.rowVersion(), true);
		return plans.ofDocument(doc.id()).orElseThrow().id();
	}

	@BeforeEach
	void plans() throws Exception {
		province = unit("Tỉnh Khánh Hòa");
		commune = jdbc.sql("select id from org_unit where parent_id = ? and version = '2025' order by code limit 1")
			.param(province).query(Long.class).single();
		no = NEXT.getAndAdd(2);
		provincePlan = confirm(province, """
				ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA
				Số: %d/KH-UBND
				Khánh Hòa, ngày 12 tháng 4 năm 2024
				KẾ HOẠCH
				Thực hiện Nghị quyết số 36-NQ/TW ngày 30/01/2023 của Bộ Chính trị về phát triển và ứng dụng công nghệ sinh học
				I. MỤC TIÊU
				Đến năm 2030, có ít nhất 10 doanh nghiệp ứng dụng công nghệ sinh học; khoảng 7%% GRDP từ công nghiệp sinh học.
				II. TỔ CHỨC THỰC HIỆN
				1. Sở Văn hóa, Thể thao và Du lịch: chủ trì tuyên truyền, phổ biến Nghị quyết về công nghệ sinh học trên báo chí và mạng xã hội; hoàn thành trong quý III/2024.
				2. Sở Nông nghiệp và Môi trường: chủ trì, phối hợp với Sở Tài chính nhân rộng mô hình ứng dụng chế phẩm sinh học trong chăn nuôi.
				3. Ủy ban nhân dân các xã, phường: xây dựng kế hoạch thực hiện trên địa bàn; báo cáo kết quả trước ngày 15 tháng 11 hằng năm.
				""".formatted(no));
		communePlan = confirm(commune, """
				ỦY BAN NHÂN DÂN XÃ
				Số: %d/KH-UBND
				ngày 20 tháng 5 năm 2024
				KẾ HOẠCH
				Thực hiện Kế hoạch số %d/KH-UBND ngày 12/4/2024 của Ủy ban nhân dân tỉnh Khánh Hòa
				I. TỔ CHỨC THỰC HIỆN
				1. Đoàn Thanh niên xã: chủ trì tuyên truyền, phổ biến Nghị quyết về công nghệ sinh học trên hệ thống truyền thanh xã.
				2. Hội Nông dân xã: chủ trì xây dựng mô hình ứng dụng chế phẩm sinh học trong chăn nuôi lợn.
				""".formatted(no + 1, no));
	}

	String json(MockHttpServletRequestBuilder request, Role role, long unit) throws Exception {
		return mvc.perform(request.with(TestUsers.as(role, unit)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static List<Long> ids(String json, String path) {
		List<Number> ids = JsonPath.read(json, path);
		return ids.stream().map(Number::longValue).toList();
	}

	@Test
	void everyEndpointAnswersJsonForAPlanBuiltFromAnImport() throws Exception {
		// list, with diacritics-insensitive q and a bounded limit
		assertThat(ids(json(get("/api/plans"), Role.OVERSEER, province), "$[*].id")).contains(provincePlan, communePlan);
		assertThat(ids(json(get("/api/plans").param("q", (no + 1) + "/kh-ubnd"), Role.OVERSEER, province), "$[*].id"))
			.contains(communePlan).doesNotContain(provincePlan);
		assertThat(ids(json(get("/api/plans").param("q", "THUC HIEN nghi quyet so 36"), Role.OVERSEER, province), "$[*].id"))
			.contains(provincePlan);
		assertThat(ids(json(get("/api/plans").param("q", "khong co ke hoach nao nhu the"), Role.OVERSEER, province), "$[*].id"))
			.isEmpty();
		assertThat(ids(json(get("/api/plans").param("limit", "0"), Role.OVERSEER, province), "$[*].id")).hasSize(1);
		String list = json(get("/api/plans").param("q", String.valueOf(no)), Role.OVERSEER, province);
		assertThat((List<String>) JsonPath.read(list, "$[?(@.id == " + provincePlan + ")].issuedOn"))
			.containsExactly("2024-04-12");

		// one plan: parents, children, counts
		String one = json(get("/api/plans/" + provincePlan), Role.COORDINATOR, province);
		assertThat((String) JsonPath.read(one, "$.number")).isEqualTo(no + "/KH-UBND");
		assertThat((String) JsonPath.read(one, "$.issuedOn")).isEqualTo("2024-04-12");
		assertThat((Boolean) JsonPath.read(one, "$.canWrite")).isTrue();
		assertThat((List<String>) JsonPath.read(one, "$.parents[*].number")).contains("36-NQ/TW");
		assertThat(ids(one, "$.children[*].id")).containsExactly(communePlan);
		assertThat((Integer) JsonPath.read(one, "$.counts.tasks")).isEqualTo(3);
		assertThat((Integer) JsonPath.read(one, "$.counts.targets")).isEqualTo(2);
		assertThat((List<Integer>) JsonPath.read(one, "$.horizonYears")).containsExactly(2030);
		assertThat((Boolean) JsonPath.read(json(get("/api/plans/" + provincePlan), Role.OVERSEER, province), "$.canWrite"))
			.isFalse();

		// tasks: agencies, deadline, status today, links
		List<Task> tasks = plans.tasks(provincePlan);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		String t = json(get("/api/plans/" + provincePlan + "/tasks"), Role.OVERSEER, province);
		assertThat(ids(t, "$[*].id")).containsExactlyElementsOf(tasks.stream().map(Task::id).toList());
		assertThat((String) JsonPath.read(t, "$[0].leads[0].name")).isEqualTo("Sở Văn hóa, Thể thao và Du lịch");
		assertThat(((Number) JsonPath.read(t, "$[0].leads[0].orgUnitId")).longValue()).isEqualTo(province);
		assertThat((String) JsonPath.read(t, "$[0].deadline.kind")).isEqualTo("DATE");
		assertThat((String) JsonPath.read(t, "$[0].deadline.date")).isEqualTo("2024-09-30");
		assertThat((String) JsonPath.read(t, "$[0].status")).isEqualTo(tasks.get(0).status(today).name());
		assertThat((String) JsonPath.read(t, "$[1].coordinators[0].name")).isEqualTo("Sở Tài chính");
		assertThat((String) JsonPath.read(t, "$[2].deadline.kind")).isEqualTo("YEARLY");
		assertThat((Integer) JsonPath.read(t, "$[2].deadline.month")).isEqualTo(11);
		assertThat((Integer) JsonPath.read(t, "$[2].deadline.day")).isEqualTo(15);
		String ct = json(get("/api/plans/" + communePlan + "/tasks"), Role.COORDINATOR, commune);
		assertThat(ids(ct, "$[0].links[*].parentTaskId")).startsWith(tasks.get(0).id());
		assertThat(((Number) JsonPath.read(ct, "$[0].links[0].parentPlanId")).longValue()).isEqualTo(provincePlan);
		assertThat((String) JsonPath.read(ct, "$[0].links[0].status")).isEqualTo("SUGGESTED");
		assertThat((Double) JsonPath.read(ct, "$[0].links[0].score")).isPositive();

		// targets: numbers as numbers
		String targets = json(get("/api/plans/" + provincePlan + "/targets"), Role.OVERSEER, province);
		assertThat(((Number) JsonPath.read(targets, "$[0].value")).intValue()).isEqualTo(10);
		assertThat(((Number) JsonPath.read(targets, "$[1].value")).intValue()).isEqualTo(7);
		assertThat((Integer) JsonPath.read(targets, "$[0].year")).isEqualTo(2030);

		// coverage: the communes, the one with a plan last
		int communes = jdbc.sql("select count(*) from org_unit where parent_id = ? and version = '2025'").param(province)
			.query(Integer.class).single();
		String coverage = json(get("/api/plans/" + provincePlan + "/coverage"), Role.OVERSEER, province);
		assertThat((Integer) JsonPath.read(coverage, "$.units")).isEqualTo(communes);
		assertThat(((Number) JsonPath.read(coverage, "$.without")).intValue()).isEqualTo(communes - 1);
		assertThat(ids(coverage, "$.coverage[?(@.plans == 1)].orgUnitId")).containsExactly(commune);

		// cascade: 36-NQ/TW → the province's plan → the commune's
		String cascade = json(get("/api/plans/cascade"), Role.OVERSEER, province);
		assertThat(ids(cascade, "$..children[?(@.id == " + provincePlan + ")].children[*].id")).contains(communePlan);
	}

	@Test
	void anotherProvinceGetsForbiddenAndDoesNotSeeThePlan() throws Exception {
		long other = unit("Tỉnh Cao Bằng");
		for (String path : List.of("", "/tasks", "/targets", "/coverage")) {
			mvc.perform(get("/api/plans/" + provincePlan + path).with(TestUsers.as(Role.COORDINATOR, other)))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(403));
		}
		assertThat(ids(json(get("/api/plans"), Role.COORDINATOR, other), "$[*].id")).doesNotContain(provincePlan, communePlan);
		assertThat(ids(json(get("/api/plans/cascade"), Role.COORDINATOR, other), "$..id")).doesNotContain(provincePlan,
				communePlan);
		mvc.perform(get("/api/plans/999999999").with(TestUsers.as(Role.COORDINATOR, other)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/plans/" + provincePlan)).andExpect(status().isUnauthorized());
	}

	@Test
	void aCoordinatorConfirmsAndRejectsLinksThroughTheApi() throws Exception {
		List<Task> child = plans.tasks(communePlan);
		List<Task> parent = plans.tasks(provincePlan);
		String confirm = "/api/plans/" + communePlan + "/tasks/" + child.get(0).id() + "/links/" + parent.get(0).id();
		String body = "{\"decision\":\"confirm\"}";

		mvc.perform(post(confirm).contentType(MediaType.APPLICATION_JSON).content(body)
			.with(TestUsers.as(Role.OVERSEER, commune)).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post(confirm).contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"maybe\"}")
			.with(TestUsers.as(Role.COORDINATOR, commune)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Lựa chọn không hợp lệ."));
		mvc.perform(post(confirm).contentType(MediaType.APPLICATION_JSON)
			.with(TestUsers.as(Role.COORDINATOR, commune)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		// a task of another plan is not this plan's
		mvc.perform(post("/api/plans/" + communePlan + "/tasks/" + parent.get(1).id() + "/links/" + parent.get(0).id())
			.contentType(MediaType.APPLICATION_JSON).content(body)
			.with(TestUsers.as(Role.COORDINATOR, commune)).with(csrf()))
			.andExpect(status().isNotFound());

		mvc.perform(post(confirm).contentType(MediaType.APPLICATION_JSON).content(body)
			.with(TestUsers.as(Role.COORDINATOR, commune)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONFIRMED"));
		String reject = "/api/plans/" + communePlan + "/tasks/" + child.get(1).id() + "/links/" + parent.get(1).id();
		mvc.perform(post(reject).contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"reject\"}")
			.with(TestUsers.as(Role.COORDINATOR, commune)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"));

		assertThat(links.ofPlan(communePlan).get(child.get(0).id()).get(0).status()).isEqualTo("CONFIRMED");
		assertThat(links.ofPlan(communePlan).getOrDefault(child.get(1).id(), List.of()))
			.extracting(TaskLinks.Link::parentTaskId).doesNotContain(parent.get(1).id());
		String t = json(get("/api/plans/" + provincePlan + "/tasks"), Role.OVERSEER, province);
		assertThat((Integer) JsonPath.read(t, "$[0].unitsCarryingOut")).isEqualTo(1);
	}

	@Test
	void theOpenApiDescriptionAndSwaggerUiAreForSignedInUsers() throws Exception {
		String docs = json(get("/v3/api-docs"), Role.OVERSEER, province);
		assertThat((String) JsonPath.read(docs, "$.info.title")).contains("36-NQ/TW");
		assertThat((java.util.Map<String, Object>) JsonPath.read(docs, "$.paths")).containsKeys("/api/plans",
				"/api/plans/{id}/tasks", "/api/plans/{id}/tasks/{taskId}/links/{parentTaskId}", "/api/plans/cascade")
			.allSatisfy((path, op) -> assertThat(path).startsWith("/api/"));
		int anonymous = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getStatus();
		assertThat(anonymous).isIn(302, 401);
		assertThat(mvc.perform(get("/swagger-ui.html")).andReturn().getResponse().getStatus()).isIn(302, 401);

		mvc.perform(get("/swagger-ui/index.html").with(TestUsers.as(Role.OVERSEER, province))).andExpect(status().isOk());
		int ui = mvc.perform(get("/swagger-ui.html").with(TestUsers.as(Role.OVERSEER, province)))
			.andReturn().getResponse().getStatus();
		assertThat(ui).isIn(200, 302);
		for (String asset : List.of("/swagger-ui/swagger-ui-bundle.js", "/swagger-ui/swagger-initializer.js",
				"/swagger-ui/swagger-ui.css", "/v3/api-docs/swagger-config")) {
			mvc.perform(get(asset).with(TestUsers.as(Role.OVERSEER, province))).andExpect(status().isOk());
		}
	}

}
