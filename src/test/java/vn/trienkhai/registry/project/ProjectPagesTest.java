package vn.trienkhai.registry.project;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.TestUsers;
import vn.trienkhai.agency.Agencies;
import vn.trienkhai.platform.Role;

/** The project pages through MockMvc: the form with its budget, field errors, the lifecycle buttons, scope. */
@IntegrationTest
class ProjectPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Agencies agencies;

	@Autowired
	Projects projects;

	long bacNinh;

	long haiPhong;

	long agency;

	@BeforeEach
	void setUp() {
		bacNinh = unit("24");
		haiPhong = unit("31");
		agency = agencies.create(bacNinh, null, "Sở Khoa học và Công nghệ " + System.nanoTime()).id();
	}

	private long unit(String code) {
		return jdbc.sql("select id from org_unit where code = :c and version = '2025'").param("c", code).query(Long.class).single();
	}

	private long idOf(String code) {
		return jdbc.sql("select id from project where code = :c").param("c", code).query(Long.class).single();
	}

	@Test
	void aReporterEntersAProjectWithItsBudgetAndTakesItThroughItsLifecycle() throws Exception {
		String code = "ĐTCS." + System.nanoTime();
		mvc.perform(post("/registry/projects").with(TestUsers.as(Role.REPORTER, bacNinh, agency)).with(csrf())
			.param("unit", String.valueOf(bacNinh)).param("ownerAgency", String.valueOf(agency)).param("code", code)
			.param("title", "Ứng dụng công nghệ nuôi cấy mô nhân giống lan Hồ Điệp").param("kind", "TOPIC")
			.param("level", "PROVINCIAL").param("field", "AGRICULTURE").param("periodStart", "2025-03-01")
			.param("periodEnd", "2026-02-28").param("budget[STATE_LOCAL]", "850.5").param("budget[ENTERPRISE]", "120")
			.param("visibility", "INTERNAL"))
			.andExpect(status().is3xxRedirection());
		long id = idOf(code);
		Document page = Jsoup.parse(mvc.perform(get("/registry/projects/" + id).with(TestUsers.as(Role.REPORTER, bacNinh, agency)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#budget-STATE_LOCAL").val()).isEqualTo("850.500");
		assertThat(page.select("#project-status").text()).isEqualTo("Đề xuất");
		assertThat(page.select("#step-SELECTED button").text()).isEqualTo("Đánh dấu đã tuyển chọn");
		assertThat(page.select("#step-REJECTED")).hasSize(1);

		for (String to : new String[] { "SELECTED", "APPROVED", "IN_PROGRESS" }) {
			mvc.perform(post("/registry/projects/" + id + "/transition").with(TestUsers.as(Role.REPORTER, bacNinh, agency))
				.with(csrf()).param("to", to).param("rowVersion", String.valueOf(projects.get(id).rowVersion())))
				.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "registry.project.flash.moved"));
		}
		// acceptance without its date: the step is refused with a message, nothing moves
		mvc.perform(post("/registry/projects/" + id + "/transition").with(TestUsers.as(Role.REPORTER, bacNinh, agency))
			.with(csrf()).param("to", "ACCEPTED").param("rowVersion", String.valueOf(projects.get(id).rowVersion())))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("stepError", "registry.project.error.acceptanceDate"));
		mvc.perform(post("/registry/projects/" + id + "/transition").with(TestUsers.as(Role.REPORTER, bacNinh, agency))
			.with(csrf()).param("to", "ACCEPTED").param("rowVersion", String.valueOf(projects.get(id).rowVersion()))
			.param("acceptanceDate", LocalDate.now().minusDays(1).toString()).param("rating", "Khá"))
			.andExpect(status().is3xxRedirection());
		page = Jsoup.parse(mvc.perform(get("/registry/projects/" + id).with(TestUsers.as(Role.REPORTER, bacNinh, agency)))
			.andReturn().getResponse().getContentAsString());
		assertThat(page.select("#project-status").text()).isEqualTo("Đã nghiệm thu");
		assertThat(page.select("#project-history tbody tr")).hasSize(4);
		assertThat(page.select("#project-history").text()).contains("Đang thực hiện → Đã nghiệm thu");
		assertThat(page.select("#step-APPLIED input[name=appliedWhere]")).hasSize(1);
		assertThat(page.select("#project-delete")).isEmpty();
	}

	@Test
	void fieldErrorsShowBesideTheirInputsAndNothingIsSaved() throws Exception {
		String code = "DA-" + System.nanoTime();
		Document page = Jsoup.parse(mvc.perform(post("/registry/projects").with(TestUsers.as(Role.COORDINATOR, bacNinh)).with(csrf())
			.param("unit", String.valueOf(bacNinh)).param("code", code).param("title", "Dự án sai thời gian")
			.param("kind", "PROJECT").param("level", "PROVINCIAL").param("field", "HEALTH")
			.param("periodStart", "2026-05-01").param("periodEnd", "2026-01-01").param("visibility", "PUBLIC"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#periodEnd.is-invalid")).hasSize(1);
		assertThat(page.select(".invalid-feedback").text()).contains("Ngày bắt đầu phải trước");

		page = Jsoup.parse(mvc.perform(post("/registry/projects").with(TestUsers.as(Role.COORDINATOR, bacNinh)).with(csrf())
			.param("unit", String.valueOf(bacNinh)).param("code", code).param("title", "Dự án kinh phí chữ")
			.param("kind", "PROJECT").param("level", "PROVINCIAL").param("field", "HEALTH")
			.param("budget[OTHER]", "năm trăm").param("visibility", "PUBLIC"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#budget-OTHER.is-invalid")).hasSize(1);
		assertThat(page.select(".invalid-feedback").text()).contains("Kinh phí phải là một số");
		assertThat(jdbc.sql("select count(*) from project where code = :c").param("c", code).query(Long.class).single()).isZero();
	}

	@Test
	void anInternalProjectStaysInsideItsProvince() throws Exception {
		String code = "KC-" + System.nanoTime();
		Project p = projects.create(ProjectsTest.draft(bacNinh, code, null, null, java.util.Map.of()));
		jdbc.sql("update project set visibility = 'INTERNAL' where id = :id").param("id", p.id()).update();
		mvc.perform(get("/registry/projects/" + p.id()).with(TestUsers.as(Role.REPORTER, haiPhong, null)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/registry/projects/" + p.id() + "/transition").with(TestUsers.as(Role.COORDINATOR, haiPhong))
			.with(csrf()).param("to", "SELECTED").param("rowVersion", "1"))
			.andExpect(status().isForbidden());
		Document list = Jsoup.parse(mvc.perform(get("/registry/projects").param("q", code)
			.with(TestUsers.as(Role.COORDINATOR, bacNinh))).andReturn().getResponse().getContentAsString());
		assertThat(list.select("#project-" + p.id())).hasSize(1);
		assertThat(list.select("#project-" + p.id() + " td").last().text()).isEqualTo("Đề xuất");
		mvc.perform(post("/registry/projects/" + p.id() + "/delete").with(TestUsers.as(Role.COORDINATOR, bacNinh)).with(csrf())
			.param("rowVersion", String.valueOf(projects.get(p.id()).rowVersion())))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from project where id = :id").param("id", p.id()).query(Long.class).single()).isZero();
	}

}
