package vn.trienkhai.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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

}
