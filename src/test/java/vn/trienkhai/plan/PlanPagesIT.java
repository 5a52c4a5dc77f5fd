package vn.trienkhai.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.TestUsers;
import vn.trienkhai.document.DocumentImports;
import vn.trienkhai.document.ImportedDocument;
import vn.trienkhai.platform.Role;

/** The plan pages through MockMvc: a confirmed sample plan, its tasks by agency, parents, coverage, cascade, scope. */
@IntegrationTest
class PlanPagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	DocumentImports imports;

	@Autowired
	Plans plans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TaskLinks links;

	long unit(String name) {
		return jdbc.sql("select id from org_unit where name = ? and version = '2025'").param(name).query(Long.class).single();
	}

	String page(String path, Role role, long unit) throws Exception {
		return mvc.perform(get(path).with(TestUsers.as(role, unit)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aConfirmedSamplePlanIsShownWithItsTasksByAgencyItsParentsAndCoverage() throws Exception {
		long province = unit("Tỉnh Gia Lai");
		byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/parse/cases/an-khe-town-plan-88-KH-UBND.txt"));
		ImportedDocument doc = imports.importFile(province, "an-khe.txt", () -> bytes);
		imports.saveReview(doc.id(), imports.currentDraft(doc.id()), doc.rowVersion(), true);
		long plan = plans.ofDocument(doc.id()).orElseThrow().id();

		mvc.perform(get("/plans/of-document/" + doc.id()).with(TestUsers.as(Role.OVERSEER, province)))
			.andExpect(redirectedUrl("/plans/" + plan));
		Document detail = Jsoup.parse(page("/plans/" + plan, Role.OVERSEER, province));
		assertThat(detail.getElementById("plan-heading").text()).isEqualTo("Kế hoạch số 88/KH-UBND");
		assertThat(detail.select(".plan-agency-group .card-header").eachText())
			.contains("Phòng Kinh tế", "Phòng Văn hóa và Thông tin", "Ủy ban nhân dân các xã, phường");
		assertThat(detail.select(".plan-task")).hasSize(plans.tasks(plan).size());
		assertThat(detail.select("#plan-parents a").eachText()).contains("107/KH-UBND", "64-CTr/TU");
		assertThat(detail.select("#plan-targets tbody tr")).hasSize(plans.targets(plan).size());
		assertThat(detail.select("#plan-targets").text()).contains("khoảng 7 %", "ít nhất 50 %", "10–15 %");

		Document coverage = Jsoup.parse(page("/plans/" + plan + "/coverage", Role.OVERSEER, province));
		int communes = jdbc.sql("select count(*) from org_unit where parent_id = ? and version = '2025'").param(province)
			.query(Integer.class).single();
		assertThat(coverage.select("#coverage-units tbody tr")).hasSize(communes);
		assertThat(coverage.getElementById("coverage-summary").text()).startsWith(communes + " trong " + communes);

		// the parent placeholder leads to the plan in the cascade
		long parent = plans.parents(plan).stream().filter(p -> p.number().equals("107/KH-UBND")).findFirst().orElseThrow().id();
		Document placeholder = Jsoup.parse(page("/plans/" + parent, Role.OVERSEER, province));
		assertThat(placeholder.getElementById("plan-placeholder")).isNotNull();
		assertThat(placeholder.select("#plan-children a").eachText()).contains("88/KH-UBND");
		Document cascade = Jsoup.parse(page("/plans/cascade", Role.OVERSEER, province));
		assertThat(cascade.select("#plan-cascade-tree a").eachText()).contains("107/KH-UBND", "88/KH-UBND");

		// another province sees neither the plan nor it in the cascade
		long other = unit("Tỉnh Cao Bằng");
		mvc.perform(get("/plans/" + plan).with(TestUsers.as(Role.COORDINATOR, other))).andExpect(status().isForbidden());
		assertThat(page("/plans", Role.COORDINATOR, other)).doesNotContain("/plans/" + plan + "\"");
		assertThat(Jsoup.parse(page("/plans/cascade", Role.COORDINATOR, other)).select("a[href=/plans/" + plan + "]")).isEmpty();
		assertThat(page("/plans", Role.COORDINATOR, province)).contains("/plans/" + plan + "\"");
	}


	@Test
	void childTasksGetSuggestedParentTasksThatACoordinatorConfirmsOrRejects() throws Exception {
		long province = unit("Tỉnh Quảng Ngãi");
		long commune = jdbc.sql("select id from org_unit where parent_id = ? and version = '2025' order by code limit 1")
			.param(province).query(Long.class).single();
		int no = 4000 + (int) (System.nanoTime() % 900);
		String parent = """
				ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
				Số: %d/KH-UBND
				Quảng Ngãi, ngày 10 tháng 3 năm 2024
				KẾ HOẠCH
				Thực hiện Nghị quyết số 36-NQ/TW ngày 30/01/2023 của Bộ Chính trị về phát triển và ứng dụng công nghệ sinh học
				I. TỔ CHỨC THỰC HIỆN
				1. Sở Văn hóa, Thể thao và Du lịch: chủ trì tuyên truyền, phổ biến Nghị quyết về công nghệ sinh học trên báo chí và mạng xã hội.
				2. Sở Khoa học và Công nghệ: chủ trì xây dựng cơ sở dữ liệu về công nghệ sinh học của tỉnh.
				3. Sở Nông nghiệp và Môi trường: chủ trì nhân rộng mô hình ứng dụng chế phẩm sinh học trong chăn nuôi.
				""".formatted(no);
		ImportedDocument p = imports.importFile(province, "tinh.txt", () -> parent.getBytes(StandardCharsets.UTF_8));
		imports.saveReview(p.id(), imports.currentDraft(p.id()), p.rowVersion(), true);
		long parentPlan = plans.ofDocument(p.id()).orElseThrow().id();
		String child = """
				ỦY BAN NHÂN DÂN XÃ
				Số: %d/KH-UBND
				ngày 20 tháng 4 năm 2024
				KẾ HOẠCH
				Thực hiện Kế hoạch số %d/KH-UBND ngày 10/3/2024 của Ủy ban nhân dân tỉnh Quảng Ngãi
				I. TỔ CHỨC THỰC HIỆN
				1. Đoàn Thanh niên xã: chủ trì tuyên truyền, phổ biến Nghị quyết về công nghệ sinh học trên hệ thống truyền thanh xã.
				2. Hội Nông dân xã: chủ trì xây dựng mô hình ứng dụng chế phẩm sinh học trong chăn nuôi lợn.
				""".formatted(no + 1, no);
		ImportedDocument c = imports.importFile(commune, "xa.txt", () -> child.getBytes(StandardCharsets.UTF_8));
		imports.saveReview(c.id(), imports.currentDraft(c.id()), c.rowVersion(), true);
		long childPlan = plans.ofDocument(c.id()).orElseThrow().id();
		List<Task> childTasks = plans.tasks(childPlan);
		List<Task> parentTasks = plans.tasks(parentPlan);

		Map<Long, List<TaskLinks.Link>> links = this.links.ofPlan(childPlan);
		assertThat(links.get(childTasks.get(0).id())).extracting(TaskLinks.Link::parentTaskId)
			.as("the propaganda task is suggested first").startsWith(parentTasks.get(0).id());
		assertThat(links.get(childTasks.get(1).id())).extracting(TaskLinks.Link::parentTaskId)
			.startsWith(parentTasks.get(2).id());

		String url = "/plans/" + childPlan + "/tasks/" + childTasks.get(0).id() + "/links/" + parentTasks.get(0).id();
		mvc.perform(post(url).param("decision", "confirm").with(TestUsers.as(Role.OVERSEER, province)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(url).param("decision", "confirm").with(TestUsers.as(Role.COORDINATOR, commune)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String reject = "/plans/" + childPlan + "/tasks/" + childTasks.get(1).id() + "/links/" + parentTasks.get(2).id();
		mvc.perform(post(reject).param("decision", "reject").with(TestUsers.as(Role.COORDINATOR, commune)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		// a task of a plan this one does not implement cannot be linked
		String other = """
				ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
				Số: %d/KH-UBND
				Quảng Ngãi, ngày 11 tháng 3 năm 2024
				KẾ HOẠCH
				I. TỔ CHỨC THỰC HIỆN
				1. Sở Y tế: chủ trì phát triển dược liệu.
				""".formatted(no + 2);
		ImportedDocument o = imports.importFile(province, "khac.txt", () -> other.getBytes(StandardCharsets.UTF_8));
		imports.saveReview(o.id(), imports.currentDraft(o.id()), o.rowVersion(), true);
		long stranger = plans.tasks(plans.ofDocument(o.id()).orElseThrow().id()).get(0).id();
		mvc.perform(post("/plans/" + childPlan + "/tasks/" + childTasks.get(0).id() + "/links/" + stranger)
			.param("decision", "confirm").with(TestUsers.as(Role.COORDINATOR, commune)).with(csrf()))
			.andExpect(status().isBadRequest());

		assertThat(this.links.ofPlan(childPlan).get(childTasks.get(0).id()).get(0).status()).isEqualTo("CONFIRMED");
		assertThat(this.links.ofPlan(childPlan).getOrDefault(childTasks.get(1).id(), List.of()))
			.extracting(TaskLinks.Link::parentTaskId).doesNotContain(parentTasks.get(2).id());
		Document parentPage = Jsoup.parse(page("/plans/" + parentPlan, Role.OVERSEER, province));
		assertThat(parentPage.getElementById("task-" + parentTasks.get(0).id()).text()).contains("Cấp dưới đã nhận thực hiện ở 1 đơn vị");
		Document coverage = Jsoup.parse(page("/plans/" + parentPlan + "/coverage", Role.COORDINATOR, province));
		String communeLabel = jdbc.sql("select name from org_unit where id = ?").param(commune).query(String.class).single();
		assertThat(coverage.select("#coverage-tasks tbody tr").get(0).text()).contains(communeLabel);
		assertThat(coverage.select("#coverage-tasks tbody tr").get(1).text()).contains("Chưa có đơn vị nào");
		// the commune, reading its province's coverage, sees its own row only
		Document fromBelow = Jsoup.parse(page("/plans/" + parentPlan + "/coverage", Role.OVERSEER, commune));
		assertThat(fromBelow.select("#coverage-units tbody tr")).hasSize(1);
		Document childPage = Jsoup.parse(page("/plans/" + childPlan, Role.COORDINATOR, commune));
		assertThat(childPage.getElementById("task-" + childTasks.get(0).id()).select(".task-link-CONFIRMED")).hasSize(1);
	}


	@Test
	void childTargetsStandBesideTheParentTargetsTheyServe() throws Exception {
		long province = unit("Tỉnh Nghệ An");
		long commune = jdbc.sql("select id from org_unit where parent_id = ? and version = '2025' order by code limit 1")
			.param(province).query(Long.class).single();
		int no = 6000 + (int) (System.nanoTime() % 900);
		String parent = """
				ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
				Số: %d/KH-UBND
				Nghệ An, ngày 10 tháng 3 năm 2024
				KẾ HOẠCH
				Phát triển công nghệ sinh học
				I. MỤC TIÊU
				Đến năm 2030, có ít nhất 20 doanh nghiệp ứng dụng công nghệ sinh học; diện tích sản xuất hữu cơ đạt 5.000 ha.
				II. TỔ CHỨC THỰC HIỆN
				1. Sở Khoa học và Công nghệ: chủ trì theo dõi, tổng hợp.
				""".formatted(no);
		ImportedDocument p = imports.importFile(province, "na.txt", () -> parent.getBytes(StandardCharsets.UTF_8));
		imports.saveReview(p.id(), imports.currentDraft(p.id()), p.rowVersion(), true);
		String child = """
				ỦY BAN NHÂN DÂN XÃ
				Số: %d/KH-UBND
				ngày 20 tháng 4 năm 2024
				KẾ HOẠCH
				Thực hiện Kế hoạch số %d/KH-UBND ngày 10/3/2024 của Ủy ban nhân dân tỉnh Nghệ An
				I. MỤC TIÊU
				Đến năm 2030, có ít nhất 02 doanh nghiệp ứng dụng công nghệ sinh học trên địa bàn xã.
				II. TỔ CHỨC THỰC HIỆN
				1. Hội Nông dân xã: chủ trì tuyên truyền.
				""".formatted(no + 1, no);
		ImportedDocument c = imports.importFile(commune, "xa-na.txt", () -> child.getBytes(StandardCharsets.UTF_8));
		imports.saveReview(c.id(), imports.currentDraft(c.id()), c.rowVersion(), true);
		long childPlan = plans.ofDocument(c.id()).orElseThrow().id();
		Document page = Jsoup.parse(page("/plans/" + childPlan, Role.OVERSEER, commune));
		var rows = page.select("#plan-parent-targets tbody tr");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).text()).contains("ít nhất 20").contains("doanh nghiệp");
		assertThat(rows.get(0).select(".served-target").text()).contains("2 doanh nghiệp");
		assertThat(rows.get(1).select(".served-target")).isEmpty();
		// the commune finds the province's plan among the plans above it, reads it, and cannot change it
		assertThat(Jsoup.parse(page("/plans", Role.OVERSEER, commune)).select("#plan-above a").eachAttr("href"))
			.contains("/plans/" + plans.ofDocument(p.id()).orElseThrow().id());
		long parentPlan = plans.ofDocument(p.id()).orElseThrow().id();
		page("/plans/" + parentPlan, Role.COORDINATOR, commune);
		mvc.perform(post("/plans/" + parentPlan + "/delete").param("rowVersion", "0")
			.with(TestUsers.as(Role.COORDINATOR, commune)).with(csrf())).andExpect(status().isForbidden());
	}

}
