package vn.trienkhai.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.TestUsers;
import vn.trienkhai.document.DocumentImports;
import vn.trienkhai.document.ImportedDocument;
import vn.trienkhai.platform.Role;

/**
 * Changing plans through the pages: parents added (a cited document not in the system becomes a
 * placeholder), a cycle and the plan itself refused; a plan with children not deleted; a task edited with
 * its rules and a stale edit kept on the page; the history; roles.
 */
@IntegrationTest
class PlanEditingIT {

	private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000, 4000));

	@Autowired
	MockMvc mvc;

	@Autowired
	DocumentImports imports;

	@Autowired
	Plans plans;

	@Autowired
	JdbcClient jdbc;

	long province;

	@BeforeEach
	void setUp() {
		province = jdbc.sql("select id from org_unit where name = 'Tỉnh Thanh Hóa' and version = '2025'").query(Long.class).single();
	}

	RequestPostProcessor coordinator() {
		return TestUsers.as(Role.COORDINATOR, province);
	}

	long plan(String body) throws Exception {
		int no = NEXT.getAndIncrement();
		String text = """
				ỦY BAN NHÂN DÂN TỈNH THANH HÓA
				Số: %d/KH-UBND
				Thanh Hóa, ngày 02 tháng 5 năm 2024
				KẾ HOẠCH
				Phát triển công nghệ sinh học
				I. TỔ CHỨC THỰC HIỆN
				%s
				""".formatted(no, body);
		ImportedDocument doc = imports.importFile(province, no + ".txt", () -> text.getBytes(StandardCharsets.UTF_8));
		imports.saveReview(doc.id(), imports.currentDraft(doc.id()), doc.rowVersion(), true);
		return plans.ofDocument(doc.id()).orElseThrow().id();
	}

	@Test
	void parentsAreAddedAsPlansOrPlaceholdersButNeverInACycle() throws Exception {
		long parent = plan("1. Sở Y tế: chủ trì phát triển công nghiệp dược sinh học.");
		long child = plan("1. Sở Tài chính: chủ trì bố trí kinh phí.");
		String parentNumber = plans.get(parent).number();
		mvc.perform(post("/plans/" + child + "/parents").param("number", parentNumber).with(coordinator()).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "plan.flash.parentAdded"));
		assertThat(plans.parents(child)).extracting(Plan::id).containsExactly(parent);
		// the reverse would close a cycle
		mvc.perform(post("/plans/" + parent + "/parents").param("number", plans.get(child).number()).with(coordinator()).with(csrf()))
			.andExpect(flash().attribute("errorKey", "plan.error.parent.cycle"));
		assertThat(plans.parents(parent)).isEmpty();
		mvc.perform(post("/plans/" + child + "/parents").param("number", plans.get(child).number()).with(coordinator()).with(csrf()))
			.andExpect(flash().attribute("errorKey", "plan.error.parent.self"));
		mvc.perform(post("/plans/" + child + "/parents").param("number", "không có số").with(coordinator()).with(csrf()))
			.andExpect(flash().attribute("errorKey", "plan.error.parent.number"));
		// a document not in the system is a placeholder, not an error
		mvc.perform(post("/plans/" + child + "/parents").param("number", "189/NQ-CP").param("issuedOn", "16/11/2023")
			.with(coordinator()).with(csrf())).andExpect(flash().attribute("flash", "plan.flash.parentAdded"));
		assertThat(plans.parents(child)).extracting(Plan::number).contains("189/NQ-CP");
		// the error is shown on the page
		Document page = Jsoup.parse(mvc.perform(get("/plans/" + parent).with(coordinator())
			.flashAttr("errorKey", "plan.error.parent.cycle").flashAttr("errorArgs", new Object[] { "X" }))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.getElementById("plan-error").text()).contains("vòng lặp");
		// an overseer changes nothing
		mvc.perform(post("/plans/" + child + "/parents/" + parent + "/remove").with(TestUsers.as(Role.OVERSEER, province))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/plans/" + child + "/parents/" + parent + "/remove").with(coordinator()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(plans.parents(child)).extracting(Plan::id).doesNotContain(parent);
	}

	@Test
	void aPlanThatOthersImplementIsNotDeleted() throws Exception {
		long parent = plan("1. Sở Y tế: chủ trì phát triển công nghiệp dược sinh học.");
		long child = plan("1. Sở Tài chính: chủ trì bố trí kinh phí.");
		mvc.perform(post("/plans/" + child + "/parents").param("number", plans.get(parent).number()).with(coordinator()).with(csrf()));
		mvc.perform(post("/plans/" + parent + "/delete").param("rowVersion", String.valueOf(plans.get(parent).rowVersion()))
			.with(coordinator()).with(csrf())).andExpect(flash().attribute("errorKey", "plan.error.delete.children"));
		assertThat(plans.find(parent)).isPresent();
		mvc.perform(post("/plans/" + child + "/delete").param("rowVersion", String.valueOf(plans.get(child).rowVersion()))
			.with(coordinator()).with(csrf())).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "plan.flash.deleted"));
		assertThat(plans.find(child)).isEmpty();
		assertThat(plans.children(parent)).isEmpty();
		mvc.perform(post("/plans/" + parent + "/status").param("status", "CLOSED")
			.param("rowVersion", String.valueOf(plans.get(parent).rowVersion())).with(coordinator()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(plans.get(parent).status()).isEqualTo(PlanStatus.CLOSED);
	}

	@Test
	void aTaskIsEditedWithinItsRulesAndAStaleEditIsKept() throws Exception {
		long plan = plan("1. Sở Y tế: chủ trì phát triển công nghiệp dược sinh học.");
		Task task = plans.tasks(plan).get(0);
		String url = "/plans/" + plan + "/tasks/" + task.id();
		mvc.perform(get(url + "/edit").with(coordinator())).andExpect(status().isOk());
		String html = mvc.perform(post(url).param("rowVersion", String.valueOf(task.rowVersion()))
			.param("text", task.text()).param("lead", " ").param("progress", "IN_PROGRESS").with(coordinator()).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(html).getElementById("task-error").text()).isEqualTo("Nhiệm vụ cần có cơ quan chủ trì.");
		html = mvc.perform(post(url).param("rowVersion", String.valueOf(task.rowVersion())).param("text", task.text())
			.param("lead", "Sở Y tế").param("deadline", "31/2/2025").param("progress", "IN_PROGRESS")
			.with(coordinator()).with(csrf())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(html).getElementById("task-error").text()).startsWith("Thời hạn không hợp lệ");

		mvc.perform(post(url).param("rowVersion", String.valueOf(task.rowVersion())).param("text", "Phát triển dược liệu sinh học")
			.param("lead", "Sở Y tế").param("coordinators", "Sở Khoa học và Công nghệ; Sở Công Thương")
			.param("deadline", "30/6/2026").param("progress", "DONE").param("completedOn", "01/03/2025")
			.with(coordinator()).with(csrf())).andExpect(status().is3xxRedirection());
		Task saved = plans.tasks(plan).get(0);
		assertThat(saved.text()).isEqualTo("Phát triển dược liệu sinh học");
		assertThat(saved.coordinators()).extracting(Task.Assignee::name).containsExactlyInAnyOrder("Sở Khoa học và Công nghệ", "Sở Công Thương");
		assertThat(saved.deadline().date()).hasToString("2026-06-30");
		assertThat(saved.status(java.time.LocalDate.of(2026, 12, 2))).isEqualTo(TaskStatus.DONE_ON_TIME);

		// the second person saved on the old version: a conflict, their text still in the form
		html = mvc.perform(post(url).param("rowVersion", String.valueOf(task.rowVersion())).param("text", "Bản của người thứ hai")
			.param("lead", "Sở Y tế").param("progress", "IN_PROGRESS").with(coordinator()).with(csrf()))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Document form = Jsoup.parse(html);
		assertThat(form.getElementById("task-conflict")).isNotNull();
		assertThat(form.getElementById("text").wholeText()).isEqualTo("Bản của người thứ hai");
		assertThat(form.getElementById("task-conflict-theirs").text()).contains("Phát triển dược liệu sinh học", "Đã hoàn thành");
		assertThat(plans.tasks(plan).get(0).text()).isEqualTo("Phát triển dược liệu sinh học");

		mvc.perform(post(url).param("rowVersion", String.valueOf(saved.rowVersion())).param("text", "x").param("lead", "Sở Y tế")
			.param("progress", "DONE").with(TestUsers.as(Role.REPORTER, province)).with(csrf())).andExpect(status().isForbidden());

		Document history = Jsoup.parse(mvc.perform(get("/plans/" + plan + "/history").with(TestUsers.as(Role.OVERSEER, province)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		List<String> actions = history.select("#plan-history tbody td:nth-child(3)").eachText();
		assertThat(actions).contains("Sửa nhiệm vụ", "Lập kế hoạch");
	}


	@Test
	void aPlanIsWrittenByHandWithItsTasksAndTargets() throws Exception {
		int no = NEXT.getAndIncrement();
		String location = mvc.perform(post("/plans").param("unit", String.valueOf(province)).param("kind", "KE_HOACH")
			.param("number", no + "/KH-UBND").param("issuedOn", "15/5/2024").param("title", "Ứng dụng công nghệ sinh học trong nông nghiệp")
			.param("issuer", "Ủy ban nhân dân tỉnh Thanh Hóa").with(coordinator()).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long plan = Long.parseLong(location.substring("/plans/".length()));
		assertThat(plans.get(plan).status()).isEqualTo(PlanStatus.ACTIVE);
		String again = mvc.perform(post("/plans").param("unit", String.valueOf(province)).param("number", no + "/KH-UBND")
			.param("issuedOn", "15/5/2024").param("title", "Lần hai").with(coordinator()).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(again).getElementById("plan-error").text()).startsWith("Đơn vị đã có kế hoạch số " + no + "/KH-UBND");
		assertThat(plans.get(plan).importedDocumentId()).isNull();
		String html = mvc.perform(post("/plans").param("unit", String.valueOf(province)).param("title", " ")
			.with(coordinator()).with(csrf())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(html).getElementById("plan-error").text()).isEqualTo("Vui lòng nhập trích yếu (tên) của kế hoạch.");

		mvc.perform(post("/plans/" + plan + "/tasks").param("text", "Xây dựng mô hình trồng lúa ứng dụng chế phẩm sinh học")
			.param("lead", "Sở Nông nghiệp và Môi trường").param("deadline", "31/12/2025").with(coordinator()).with(csrf()))
			.andExpect(flash().attribute("flash", "plan.flash.taskAdded"));
		mvc.perform(post("/plans/" + plan + "/tasks").param("text", "Không có cơ quan chủ trì").with(coordinator()).with(csrf()))
			.andExpect(flash().attribute("errorKey", "plan.error.task.lead"));
		assertThat(plans.tasks(plan)).extracting(Task::text).containsExactly("Xây dựng mô hình trồng lúa ứng dụng chế phẩm sinh học");
		assertThat(plans.tasks(plan).get(0).leads()).extracting(Task.Assignee::name).containsExactly("Sở Nông nghiệp và Môi trường");

		mvc.perform(post("/plans/" + plan + "/targets").param("goal", "diện tích lúa hữu cơ").param("comparator", ">=")
			.param("value", "1.500").param("unit", "ha").param("year", "2030").with(coordinator()).with(csrf()))
			.andExpect(flash().attribute("flash", "plan.flash.targetAdded"));
		mvc.perform(post("/plans/" + plan + "/targets").param("goal", "tỷ lệ").param("value", "10").param("year", "2020")
			.with(coordinator()).with(csrf())).andExpect(flash().attribute("errorKey", "plan.error.target.yearBeforeIssue"));
		mvc.perform(post("/plans/" + plan + "/targets").param("goal", "tỷ lệ").param("comparator", "range").param("value", "15")
			.param("valueMax", "10").with(coordinator()).with(csrf())).andExpect(flash().attribute("errorKey", "plan.error.target.range"));
		mvc.perform(post("/plans/" + plan + "/targets").param("goal", "số mô hình").param("value", "-3")
			.with(coordinator()).with(csrf())).andExpect(flash().attribute("errorKey", "plan.error.target.value"));
		assertThat(plans.targets(plan)).extracting(Target::goal).containsExactly("diện tích lúa hữu cơ");
		assertThat(plans.targets(plan).get(0).value()).isEqualByComparingTo("1500");
		assertThat(plans.get(plan).horizonYears()).containsExactly(2030);
		mvc.perform(post("/plans").param("unit", String.valueOf(province)).param("title", "x")
			.with(TestUsers.as(Role.REPORTER, province)).with(csrf())).andExpect(status().isForbidden());
	}


	@Test
	void anIndicatorsRollUpRuleIsSetWithItsRules() throws Exception {
		long plan = plan("1. Sở Y tế: chủ trì phát triển công nghiệp dược sinh học.");
		for (String goal : new String[] { "số xã có mô hình", "tổng số xã", "tỷ lệ xã có mô hình" }) {
			mvc.perform(post("/plans/" + plan + "/targets").param("goal", goal).param("value", "10").param("year", "2030")
				.with(coordinator()).with(csrf())).andExpect(flash().attribute("flash", "plan.flash.targetAdded"));
		}
		List<Target> targets = plans.targets(plan);
		Indicator ratio = plans.indicator(targets.get(2).indicatorId()).orElseThrow();
		String url = "/plans/" + plan + "/indicators/" + ratio.id();
		mvc.perform(get(url).with(TestUsers.as(Role.OVERSEER, province))).andExpect(status().isOk());
		String html = mvc.perform(post(url).param("name", ratio.name()).param("aggregation", "RATIO")
			.param("numeratorId", String.valueOf(ratio.id())).param("denominatorId", String.valueOf(targets.get(1).indicatorId()))
			.param("rowVersion", String.valueOf(ratio.rowVersion())).with(coordinator()).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(html).getElementById("indicator-error").text()).startsWith("Tỷ lệ cần tử số và mẫu số");
		mvc.perform(post(url).param("name", ratio.name()).param("aggregation", "RATIO").param("direction", "HIGHER")
			.param("numeratorId", String.valueOf(targets.get(0).indicatorId()))
			.param("denominatorId", String.valueOf(targets.get(1).indicatorId())).param("baselineValue", "12,5")
			.param("baselineYear", "2023").param("rowVersion", String.valueOf(ratio.rowVersion()))
			.with(coordinator()).with(csrf())).andExpect(status().is3xxRedirection());
		Indicator saved = plans.indicator(ratio.id()).orElseThrow();
		assertThat(saved.aggregation()).isEqualTo("RATIO");
		assertThat(saved.numeratorId()).isEqualTo(targets.get(0).indicatorId());
		assertThat(saved.baselineValue()).isEqualByComparingTo("12.5");
		assertThat(saved.baselineYear()).isEqualTo(2023);
		mvc.perform(post(url).param("name", "x").param("rowVersion", String.valueOf(saved.rowVersion()))
			.with(TestUsers.as(Role.OVERSEER, province)).with(csrf())).andExpect(status().isForbidden());
		// an indicator of another plan is not reached through this one
		long other = plan("1. Sở Tài chính: chủ trì bố trí kinh phí.");
		mvc.perform(get("/plans/" + other + "/indicators/" + ratio.id()).with(coordinator())).andExpect(status().isNotFound());
	}


	@Test
	void theHeaderTasksAndTargetsAreEditedAndDeleted() throws Exception {
		long plan = plan("1. Sở Y tế: chủ trì phát triển công nghiệp dược sinh học.\n2. Sở Tài chính: chủ trì bố trí kinh phí.");
		Plan p = plans.get(plan);
		Document form = Jsoup.parse(mvc.perform(get("/plans/" + plan + "/edit").with(coordinator())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(form.getElementById("place")).as("the edit form has the place").isNotNull();
		assertThat(form.getElementById("number").val()).isEqualTo(p.number());
		assertThat(form.select("nav .breadcrumb-item").eachText()).containsExactly("Kế hoạch", p.number(), "Sửa thông tin kế hoạch");
		mvc.perform(post("/plans/" + plan + "/edit").param("number", p.number()).param("kind", "KE_HOACH")
			.param("title", "Phát triển công nghệ sinh học đến năm 2030").param("issuer", "Ủy ban nhân dân tỉnh Thanh Hóa")
			.param("issuedOn", "03/05/2024").param("place", "Thanh Hóa").param("rowVersion", String.valueOf(p.rowVersion()))
			.with(coordinator()).with(csrf())).andExpect(status().is3xxRedirection());
		Plan edited = plans.get(plan);
		assertThat(edited.title()).isEqualTo("Phát triển công nghệ sinh học đến năm 2030");
		assertThat(edited.issuedOn()).hasToString("2024-05-03");
		// stale: a clear conflict, nothing changed
		mvc.perform(post("/plans/" + plan + "/edit").param("title", "Cũ").param("kind", "KE_HOACH")
			.param("rowVersion", String.valueOf(p.rowVersion())).with(coordinator()).with(csrf()))
			.andExpect(status().isConflict());
		String html = mvc.perform(post("/plans/" + plan + "/edit").param("title", " ").param("kind", "KE_HOACH")
			.param("rowVersion", String.valueOf(edited.rowVersion())).with(coordinator()).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(html).getElementById("plan-error").text()).isEqualTo("Vui lòng nhập trích yếu (tên) của kế hoạch.");

		List<Task> tasks = plans.tasks(plan);
		assertThat(tasks).hasSize(2);
		mvc.perform(post("/plans/" + plan + "/tasks/" + tasks.get(1).id() + "/delete").with(coordinator()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(plans.tasks(plan)).extracting(Task::id).containsExactly(tasks.get(0).id());
		mvc.perform(post("/plans/" + plan + "/tasks/" + tasks.get(1).id() + "/delete").with(coordinator()).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/plans/" + plan + "/targets").param("goal", "số mô hình").param("value", "5")
			.with(coordinator()).with(csrf()));
		long target = plans.targets(plan).get(0).id();
		mvc.perform(post("/plans/" + plan + "/targets/" + target + "/delete").with(TestUsers.as(Role.OVERSEER, province))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/plans/" + plan + "/targets/" + target + "/delete").with(coordinator()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(plans.targets(plan)).isEmpty();
	}

}
