package vn.trienkhai.registry.enterprise;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.TestUsers;
import vn.trienkhai.agency.Agencies;
import vn.trienkhai.platform.Role;
import vn.trienkhai.registry.Visibility;

/** The enterprise pages through MockMvc: form create and errors, roles, agency, scope and visibility. */
@IntegrationTest
class EnterprisePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Agencies agencies;

	@Autowired
	Enterprises enterprises;

	@Autowired
	Products products;

	long hungYen;

	long phuTho;

	long agencyA;

	long agencyB;

	@BeforeEach
	void setUp() {
		hungYen = Fixtures.province(jdbc, "33");
		phuTho = Fixtures.province(jdbc, "25");
		agencyA = agencies.create(hungYen, null, "Sở Khoa học và Công nghệ " + Fixtures.tag()).id();
		agencyB = agencies.create(hungYen, null, "Sở Nông nghiệp và Môi trường " + Fixtures.tag()).id();
	}

	@Test
	void reporterCreatesThroughTheFormAndSeesFieldErrors() throws Exception {
		String code = Fixtures.taxCode();
		mvc.perform(post("/registry/enterprises").with(TestUsers.as(Role.REPORTER, hungYen, agencyA)).with(csrf())
			.param("unit", String.valueOf(hungYen)).param("ownerAgency", String.valueOf(agencyA))
			.param("taxCode", code).param("name", "Công ty Phố Hiến " + code).param("fields", "FOOD")
			.param("status", "ACTIVE").param("visibility", "PUBLIC"))
			.andExpect(status().is3xxRedirection());
		assertThat(enterprises.findByTaxCode(code)).isPresent();

		String html = mvc.perform(post("/registry/enterprises").with(TestUsers.as(Role.REPORTER, hungYen, agencyA)).with(csrf())
			.param("unit", String.valueOf(hungYen)).param("ownerAgency", String.valueOf(agencyA))
			.param("taxCode", code).param("name", "Bản sao").param("status", "ACTIVE").param("visibility", "PUBLIC"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("#taxCode.is-invalid")).hasSize(1);
		assertThat(page.select(".invalid-feedback").text()).contains("đã được đăng ký");
		assertThat(jdbc.sql("select count(*) from enterprise where tax_code = :c").param("c", code).query(Long.class).single())
			.isEqualTo(1);

		String invalid = mvc.perform(post("/registry/enterprises").with(TestUsers.as(Role.REPORTER, hungYen, agencyA)).with(csrf())
			.param("unit", String.valueOf(hungYen)).param("ownerAgency", String.valueOf(agencyA))
			.param("taxCode", "0100109107").param("name", "Sai mã").param("status", "ACTIVE").param("visibility", "PUBLIC"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(invalid).select(".invalid-feedback").text()).contains("không hợp lệ");
	}

	@Test
	void reporterOfAnotherAgencyMayNotChange() throws Exception {
		Enterprise e = enterprises.create(Fixtures.enterprise(hungYen, agencyA, Fixtures.taxCode(), Visibility.PUBLIC));
		mvc.perform(post("/registry/enterprises/" + e.id()).with(TestUsers.as(Role.REPORTER, hungYen, agencyB)).with(csrf())
			.param("unit", String.valueOf(hungYen)).param("ownerAgency", String.valueOf(agencyB))
			.param("taxCode", e.taxCode()).param("name", "Đổi tên").param("status", "ACTIVE").param("visibility", "PUBLIC")
			.param("rowVersion", "0"))
			.andExpect(status().isForbidden());
		assertThat(enterprises.get(e.id()).name()).isEqualTo(e.name());
	}

	@Test
	void overseerReadsOnly() throws Exception {
		Enterprise e = enterprises.create(Fixtures.enterprise(hungYen, agencyA, Fixtures.taxCode(), Visibility.INTERNAL));
		String html = mvc.perform(get("/registry/enterprises/" + e.id()).with(TestUsers.as(Role.OVERSEER, hungYen)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("#enterprise-readonly")).hasSize(1);
		assertThat(page.select("#enterprise-save")).isEmpty();
		mvc.perform(get("/registry/enterprises/new").with(TestUsers.as(Role.OVERSEER, hungYen))).andExpect(status().isForbidden());
	}

	@Test
	void internalRecordOfAnotherProvinceIsHiddenPublicIsReadable() throws Exception {
		Enterprise internal = enterprises.create(Fixtures.enterprise(hungYen, agencyA, Fixtures.taxCode(), Visibility.INTERNAL));
		Enterprise open = enterprises.create(Fixtures.enterprise(hungYen, agencyA, Fixtures.taxCode(), Visibility.PUBLIC));
		mvc.perform(get("/registry/enterprises/" + internal.id()).with(TestUsers.as(Role.COORDINATOR, phuTho)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/registry/enterprises/" + open.id()).with(TestUsers.as(Role.COORDINATOR, phuTho)))
			.andExpect(status().isOk());
		String list = mvc.perform(get("/registry/enterprises").param("unit", String.valueOf(hungYen))
			.with(TestUsers.as(Role.COORDINATOR, hungYen)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(list).select("#enterprise-" + internal.id())).hasSize(1);
	}

	@Test
	void expiredOcopShowsTheBadgeNotTheStars() throws Exception {
		Product expired = products.create(Fixtures.product(hungYen, null,
				Fixtures.ocop(30, 20, 25, 4, java.time.LocalDate.now().minusMonths(40))));
		Product valid = products.create(Fixtures.product(hungYen, null,
				Fixtures.ocop(30, 20, 25, 4, java.time.LocalDate.now().minusMonths(2))));
		String html = mvc.perform(get("/registry/products").param("q", expired.name())
			.with(TestUsers.as(Role.COORDINATOR, hungYen))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("#product-" + expired.id() + " .ocop-expired").text()).isEqualTo("hết hạn");
		assertThat(page.select("#product-" + expired.id() + " .ocop-stars")).isEmpty();
		String other = mvc.perform(get("/registry/products").param("q", valid.name())
			.with(TestUsers.as(Role.COORDINATOR, hungYen))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(other).select("#product-" + valid.id() + " .ocop-stars").text()).isEqualTo("4 sao");
		mvc.perform(get("/registry/application-models").with(TestUsers.as(Role.OVERSEER, hungYen))).andExpect(status().isOk());
	}

	@Test
	void aSearchHitOfAProductLeadsToItsPageWhichShowsExpiryNotStars() throws Exception {
		Product expired = products.create(Fixtures.product(hungYen, null,
				Fixtures.ocop(30, 20, 25, 4, java.time.LocalDate.now().minusMonths(40))));
		String found = mvc.perform(get("/api/registry/search").param("q", expired.name())
			.with(TestUsers.as(Role.REPORTER, hungYen))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		String url = com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(found,
				"$.hits[?(@.kind == 'PRODUCT' && @.id == " + expired.id() + ")].url").get(0);
		Document page = Jsoup.parse(mvc.perform(get(url).with(TestUsers.as(Role.REPORTER, hungYen)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#product-name").text()).isEqualTo(expired.name());
		assertThat(page.select("#product-expired").text()).isEqualTo("hết hạn");
		assertThat(page.select("#product-stars")).isEmpty();
		assertThat(page.select("#product-ocop-total").text()).isEqualTo("75");
		mvc.perform(get("/registry/products/987654321").with(TestUsers.as(Role.REPORTER, hungYen)))
			.andExpect(status().isNotFound());
	}

}
