package vn.trienkhai.agency;

import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.TestUsers;
import vn.trienkhai.platform.Role;

/** The agency pages and API through MockMvc: rendering, roles, scope, form errors, conflicts. */
@IntegrationTest
class AgencyPagesTest {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Agencies agencies;

	long nation;

	/** Tỉnh Tuyên Quang. */
	long provinceA;

	/** Tỉnh Cao Bằng. */
	long provinceB;

	/** A commune of province A. */
	long communeOfA;

	@BeforeEach
	void units() {
		nation = jdbc.sql("select id from org_unit where level = 0 and code = 'VN'").query(Long.class).single();
		provinceA = unitId("08");
		provinceB = unitId("04");
		communeOfA = jdbc.sql("""
				select u.id from org_unit u join org_unit p on p.id = u.parent_id
				 where p.code = '08' and p.version = '2025' order by u.code limit 1
				""").query(Long.class).single();
	}

	long unitId(String code) {
		return jdbc.sql("select id from org_unit where code = :code and version = '2025'")
			.param("code", code)
			.query(Long.class)
			.single();
	}

	static String tag() {
		return " số " + SEQUENCE.incrementAndGet() + (System.nanoTime() % 100_000);
	}

	@Test
	void aCommuneReadsButDoesNotChangeAFormerDistrictItSharesWithOtherCommunes() throws Exception {
		var shared = jdbc.sql("""
				select d.id as district, min(n.id) as commune
				  from org_unit d join org_unit c on c.parent_id = d.id
				  join org_unit_succession x on x.old_unit_id = c.id join org_unit n on n.id = x.new_unit_id
				 where d.version = '2024' and d.level = 2
				 group by d.id having count(distinct n.id) > 1 order by d.id limit 1
				""").query().singleRow();
		long district = ((Number) shared.get("district")).longValue();
		long commune = ((Number) shared.get("commune")).longValue();
		mvc.perform(get("/agencies").param("unit", String.valueOf(district))
			.with(TestUsers.as(Role.COORDINATOR, commune))).andExpect(status().isOk());
		mvc.perform(post("/agencies").with(TestUsers.as(Role.COORDINATOR, commune))
			.with(csrf())
			.param("unit", String.valueOf(district))
			.param("name", "Phòng Kinh tế" + tag()))
			.andExpect(status().isForbidden());
		// the province that received all of the district may
		long province = jdbc.sql("select parent_id from org_unit where id = ?").param(commune).query(Long.class).single();
		mvc.perform(post("/agencies").with(TestUsers.as(Role.COORDINATOR, province))
			.with(csrf())
			.param("unit", String.valueOf(district))
			.param("name", "Phòng Kinh tế" + tag()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void theListShowsTheUnitsAgenciesGroupedByType() throws Exception {
		String t = tag();
		Agency science = agencies.create(provinceA, null, "Sở Khoa học và Công nghệ" + t);
		Agency committee = agencies.create(provinceA, null, "UBND tỉnh" + t);
		Agency gone = agencies.create(provinceA, null, "Sở Nông nghiệp và PTNT" + t);
		agencies.deactivate(gone.id());
		agencies.create(provinceB, null, "Sở Y tế của tỉnh khác" + t);

		mvc.perform(get("/agencies").param("unit", String.valueOf(provinceA))
				.with(TestUsers.as(Role.ADMINISTRATOR, nation)))
			.andExpect(status().isOk())
			.andExpect(view().name("agency/list"))
			.andExpect(content().string(containsString("Tỉnh Tuyên Quang")))
			.andExpect(content().string(containsString("id=\"agency-type-DEPARTMENT\"")))
			.andExpect(content().string(containsString("id=\"agency-type-PEOPLES_COMMITTEE\"")))
			.andExpect(content().string(containsString("Sở, ban, ngành")))
			.andExpect(content().string(containsString(science.name())))
			.andExpect(content().string(containsString(committee.name())))
			.andExpect(content().string(containsString("/agencies/" + science.id())))
			.andExpect(content().string(not(containsString(gone.name()))))
			.andExpect(content().string(not(containsString("Sở Y tế của tỉnh khác" + t))))
			.andExpect(content().string(containsString("id=\"agency-new\"")));

		mvc.perform(get("/agencies").param("unit", String.valueOf(provinceA)).param("inactive", "true")
				.with(TestUsers.as(Role.ADMINISTRATOR, nation)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(gone.name())))
			.andExpect(content().string(containsString("Ngừng hoạt động")));
	}

	@Test
	void theListDefaultsToTheUsersOwnUnitAndHidesWriteActionsFromReaders() throws Exception {
		String t = tag();
		agencies.create(communeOfA, null, "Ủy ban nhân dân xã" + t);
		mvc.perform(get("/agencies").with(TestUsers.as(Role.REPORTER, communeOfA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ủy ban nhân dân xã" + t)))
			.andExpect(content().string(not(containsString("id=\"agency-new\""))));
		assertThat(mvc.perform(get("/agencies").with(TestUsers.as(Role.REPORTER, communeOfA)))
			.andReturn().getModelAndView().getModel().get("unit"))
			.extracting("id").isEqualTo(communeOfA);
	}

	@Test
	void aUnitOutsideTheScopeIsForbidden() throws Exception {
		mvc.perform(get("/agencies").param("unit", String.valueOf(provinceB))
				.with(TestUsers.as(Role.COORDINATOR, provinceA)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/agencies").param("unit", String.valueOf(provinceA))
				.with(TestUsers.as(Role.OVERSEER, communeOfA)))
			.andExpect(status().isForbidden());
		Agency other = agencies.create(provinceB, null, "Sở Tài chính" + tag());
		mvc.perform(get("/agencies/" + other.id()).with(TestUsers.as(Role.COORDINATOR, provinceA)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/agencies").param("unit", String.valueOf(provinceB))
				.with(TestUsers.as(Role.COORDINATOR, provinceA)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anAdministratorCreatesAnAgencyWithTheTypeFromTheName() throws Exception {
		String name = "Ban Tuyên giáo Tỉnh ủy" + tag();
		mvc.perform(get("/agencies/new").param("unit", String.valueOf(provinceA))
				.with(TestUsers.as(Role.ADMINISTRATOR, nation)))
			.andExpect(status().isOk())
			.andExpect(view().name("agency/form"))
			.andExpect(content().string(containsString("name=\"unit\"")))
			.andExpect(content().string(containsString("Tự nhận biết theo tên")));

		mvc.perform(post("/agencies").with(csrf()).with(TestUsers.as(Role.ADMINISTRATOR, nation))
				.param("unit", String.valueOf(provinceA))
				.param("type", "")
				.param("name", name))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/agencies?unit=" + provinceA))
			.andExpect(flash().attribute("flash", "agency.flash.created"))
			.andExpect(flash().attribute("flashArgs", new Object[] { name }));
		Agency created = agencies.findByName(provinceA, name).orElseThrow();
		assertThat(created.type()).isEqualTo(AgencyType.PARTY_BOARD);
		assertThat(jdbc.sql("select actor from audit_event where entity_type = 'agency' and entity_id = :id")
			.param("id", String.valueOf(created.id())).query(String.class).single()).isEqualTo("test-administrator");
	}

	@Test
	void aCoordinatorCreatesWithinTheirScopeWithAChosenType() throws Exception {
		String name = "Trung tâm Dịch vụ nông nghiệp" + tag();
		mvc.perform(post("/agencies").with(csrf()).with(TestUsers.as(Role.COORDINATOR, provinceA))
				.param("unit", String.valueOf(communeOfA))
				.param("type", "OTHER")
				.param("name", name))
			.andExpect(status().is3xxRedirection());
		assertThat(agencies.findByName(communeOfA, name)).get().extracting(Agency::type).isEqualTo(AgencyType.OTHER);
	}

	@Test
	void readersMayNotCreate() throws Exception {
		for (Role role : new Role[] { Role.REPORTER, Role.OVERSEER }) {
			String name = "Sở Xây dựng" + tag();
			mvc.perform(post("/agencies").with(csrf()).with(TestUsers.as(role, provinceA))
					.param("unit", String.valueOf(provinceA))
					.param("name", name))
				.andExpect(status().isForbidden());
			mvc.perform(get("/agencies/new").with(TestUsers.as(role, provinceA))).andExpect(status().isForbidden());
			assertThat(agencies.findByName(provinceA, name)).isEmpty();
		}
	}

	@Test
	void aCoordinatorMayNotCreateInAnotherProvince() throws Exception {
		String name = "Sở Nội vụ" + tag();
		mvc.perform(post("/agencies").with(csrf()).with(TestUsers.as(Role.COORDINATOR, provinceA))
				.param("unit", String.valueOf(provinceB))
				.param("name", name))
			.andExpect(status().isForbidden());
		mvc.perform(get("/agencies/new").param("unit", String.valueOf(provinceB))
				.with(TestUsers.as(Role.COORDINATOR, provinceA)))
			.andExpect(status().isForbidden());
		assertThat(agencies.findByName(provinceB, name)).isEmpty();
	}

	@Test
	void anEmptyNameIsShownOnTheFormInVietnamese() throws Exception {
		mvc.perform(post("/agencies").with(csrf()).with(TestUsers.as(Role.ADMINISTRATOR, nation))
				.param("unit", String.valueOf(provinceA))
				.param("name", "   "))
			.andExpect(status().isOk())
			.andExpect(view().name("agency/form"))
			.andExpect(model().attributeHasFieldErrorCode("agencyForm", "name", "agency.error.name.required"))
			.andExpect(content().string(containsString("Vui lòng nhập tên cơ quan, đơn vị.")))
			.andExpect(content().string(containsString("is-invalid")));
	}

	@Test
	void aMissingUnitIsShownOnTheForm() throws Exception {
		mvc.perform(post("/agencies").with(csrf()).with(TestUsers.as(Role.ADMINISTRATOR, nation))
				.param("unit", "")
				.param("name", "Sở Y tế" + tag()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("agencyForm", "unit", "agency.error.unit.required"))
			.andExpect(content().string(containsString("Vui lòng chọn đơn vị hành chính.")));
	}

	@Test
	void aDuplicateIsShownOnTheFormNamingTheExistingAgency() throws Exception {
		String t = tag();
		agencies.create(provinceA, null, "Sở Khoa học và Công nghệ" + t);
		mvc.perform(post("/agencies").with(csrf()).with(TestUsers.as(Role.COORDINATOR, provinceA))
				.param("unit", String.valueOf(provinceA))
				.param("name", "Sở KH&CN" + t))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("agencyForm", "name", "agency.error.duplicate"))
			.andExpect(content().string(containsString("đã có cơ quan «Sở Khoa học và Công nghệ" + t + "»")));
	}

	@Test
	void formErrorsAreInEnglishWhenAsked() throws Exception {
		mvc.perform(post("/agencies").with(csrf()).with(TestUsers.as(Role.ADMINISTRATOR, nation))
				.param("lang", "en")
				.param("unit", String.valueOf(provinceA))
				.param("name", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please enter the name of the agency.")));
	}

	@Test
	void theDetailPageEditsAndAStaleVersionIsAConflict() throws Exception {
		String t = tag();
		Agency agency = agencies.create(provinceA, null, "Phòng Kinh tế" + t);
		String html = mvc.perform(get("/agencies/" + agency.id()).with(TestUsers.as(Role.COORDINATOR, provinceA)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("#agency-form input[name=rowVersion]").val()).isEqualTo("0");
		assertThat(page.select("#agency-form input[name=name]").val()).isEqualTo("Phòng Kinh tế" + t);
		assertThat(page.select("#agency-form select[name=type] option[selected]").val()).isEqualTo("OFFICE");
		assertThat(page.select("form#agency-deactivate")).hasSize(1);

		mvc.perform(post("/agencies/" + agency.id()).with(csrf()).with(TestUsers.as(Role.COORDINATOR, provinceA))
				.param("name", "Phòng Kinh tế - Hạ tầng" + t)
				.param("type", "OFFICE")
				.param("rowVersion", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/agencies/" + agency.id()))
			.andExpect(flash().attribute("flash", "agency.flash.updated"));
		assertThat(agencies.get(agency.id()).name()).isEqualTo("Phòng Kinh tế - Hạ tầng" + t);

		// someone else's form, rendered from version 0
		mvc.perform(post("/agencies/" + agency.id()).with(csrf()).with(TestUsers.as(Role.ADMINISTRATOR, nation))
				.param("name", "Phòng Kinh tế" + t)
				.param("type", "OFFICE")
				.param("rowVersion", "0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Dữ liệu đã bị thay đổi")));
		assertThat(agencies.get(agency.id()).name()).isEqualTo("Phòng Kinh tế - Hạ tầng" + t);
	}

	@Test
	void readersSeeTheDetailButMayNotChangeIt() throws Exception {
		Agency agency = agencies.create(communeOfA, null, "Hội Nông dân xã" + tag());
		mvc.perform(get("/agencies/" + agency.id()).with(TestUsers.as(Role.OVERSEER, communeOfA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"agency-readonly\"")))
			.andExpect(content().string(not(containsString("id=\"agency-deactivate\""))));
		mvc.perform(post("/agencies/" + agency.id()).with(csrf()).with(TestUsers.as(Role.OVERSEER, communeOfA))
				.param("name", "Hội Nông dân")
				.param("rowVersion", "0"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/agencies/" + agency.id() + "/deactivate").with(csrf())
				.with(TestUsers.as(Role.REPORTER, communeOfA)))
			.andExpect(status().isForbidden());
		assertThat(agencies.get(agency.id())).isEqualTo(agency);
	}

	@Test
	void deactivationAndReactivation() throws Exception {
		Agency agency = agencies.create(provinceA, null, "Báo Tuyên Quang" + tag());
		mvc.perform(post("/agencies/" + agency.id() + "/deactivate").with(csrf())
				.with(TestUsers.as(Role.COORDINATOR, provinceA)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "agency.flash.deactivated"));
		assertThat(agencies.get(agency.id()).active()).isFalse();
		mvc.perform(get("/agencies/" + agency.id()).with(TestUsers.as(Role.COORDINATOR, provinceA)))
			.andExpect(content().string(containsString("id=\"agency-reactivate\"")));
		mvc.perform(post("/agencies/" + agency.id() + "/reactivate").with(csrf())
				.with(TestUsers.as(Role.COORDINATOR, provinceA)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "agency.flash.reactivated"));
		assertThat(agencies.get(agency.id()).active()).isTrue();
		mvc.perform(post("/agencies/" + agency.id() + "/deactivate").with(csrf())
				.with(TestUsers.as(Role.COORDINATOR, provinceB)))
			.andExpect(status().isForbidden());
	}

	@Test
	void postingWithoutCsrfIsRefused() throws Exception {
		String name = "Sở Ngoại vụ" + tag();
		mvc.perform(post("/agencies").with(TestUsers.as(Role.ADMINISTRATOR, nation))
				.param("unit", String.valueOf(provinceA))
				.param("name", name))
			.andExpect(status().isForbidden());
		assertThat(agencies.findByName(provinceA, name)).isEmpty();
	}

	@Test
	void theApiListsAndSearchesTheAgenciesOfAUnit() throws Exception {
		String t = tag();
		Agency science = agencies.create(provinceA, null, "Sở Khoa học và Công nghệ" + t);
		mvc.perform(get("/api/agencies").param("unit", String.valueOf(provinceA))
				.with(TestUsers.as(Role.REPORTER, provinceA)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$[*].name", hasItem(science.name())));
		mvc.perform(get("/api/agencies").param("unit", String.valueOf(provinceA))
				.param("q", "so khoa hoc" + t)
				.with(TestUsers.as(Role.REPORTER, provinceA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(science.id()))
			.andExpect(jsonPath("$[0].type").value("DEPARTMENT"))
			.andExpect(jsonPath("$[0].typeName").value("Sở, ban, ngành"))
			.andExpect(jsonPath("$[0].orgUnitId").value(provinceA))
			.andExpect(jsonPath("$[0].active").value(true));
		mvc.perform(get("/api/agencies/" + science.id()).with(TestUsers.as(Role.COORDINATOR, provinceB)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/agencies/" + science.id()).with(TestUsers.as(Role.COORDINATOR, provinceA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(science.name()));
	}

	@Test
	void anUnknownAgencyIsNotFound() throws Exception {
		mvc.perform(get("/agencies/999999999").with(TestUsers.as(Role.ADMINISTRATOR, nation)))
			.andExpect(status().isNotFound());
	}

}
