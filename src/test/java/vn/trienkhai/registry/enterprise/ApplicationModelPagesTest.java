package vn.trienkhai.registry.enterprise;

import java.math.BigDecimal;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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

/** The application-model pages through MockMvc, in Hà Nội (01) and Hồ Chí Minh (79) only. */
@IntegrationTest
class ApplicationModelPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Agencies agencies;

	@Autowired
	ApplicationModels models;

	long haNoi;

	long hoChiMinh;

	long agencyA;

	long agencyB;

	@BeforeEach
	void setUp() {
		haNoi = Fixtures.province(jdbc, "01");
		hoChiMinh = Fixtures.province(jdbc, "79");
		agencyA = agencies.create(haNoi, null, "Sở Nông nghiệp và Môi trường " + Fixtures.tag()).id();
		agencyB = agencies.create(hoChiMinh, null, "Sở Nông nghiệp và Môi trường " + Fixtures.tag()).id();
	}

	/** A complete form post of an exemplary model; overrides are name/value pairs replacing the defaults. */
	private MockHttpServletRequestBuilder modelPost(String url, long unit, long agency, String name, String... overrides) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("unit", String.valueOf(unit));
		values.put("ownerAgency", String.valueOf(agency));
		values.put("name", name);
		values.put("field", "AGRICULTURE");
		values.put("place", "Xã Sóc Sơn");
		values.put("scale", "Nhà màng 2 ha");
		values.put("scaleQuantity", "2.5");
		values.put("year", "2024");
		values.put("results", "Năng suất dưa lưới tăng 30%");
		values.put("exemplary", "true");
		values.put("visibility", "PUBLIC");
		values.put("rowVersion", "0");
		for (int i = 0; i < overrides.length; i += 2) {
			values.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(url).with(csrf());
		values.forEach(request::param);
		return request;
	}

	private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
		return Jsoup.parse(mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString());
	}

	private long idOf(String name) {
		return jdbc.sql("select id from application_model where name = :n").param("n", name).query(Long.class).single();
	}

	private long countNamed(String name) {
		return jdbc.sql("select count(*) from application_model where name = :n").param("n", name).query(Long.class).single();
	}

	@Test
	void createEditAndDeleteThroughTheForm() throws Exception {
		var reporter = TestUsers.as(Role.REPORTER, haNoi, agencyA);
		assertThat(page(get("/registry/application-models").with(reporter), 200).select("#model-new")).hasSize(1);
		assertThat(page(get("/registry/application-models/new").with(reporter), 200).select("#model-form")).hasSize(1);
		String name = "Mô hình dưa lưới công nghệ cao " + Fixtures.tag();
		mvc.perform(modelPost("/registry/application-models", haNoi, agencyA, name).with(reporter))
			.andExpect(status().is3xxRedirection());
		ApplicationModel created = models.get(idOf(name));
		assertThat(created.exemplary()).isTrue();
		assertThat(created.scaleQuantity()).isEqualByComparingTo(new BigDecimal("2.5"));
		assertThat(created.year()).isEqualTo(2024);
		assertThat(created.ownerAgencyId()).isEqualTo(agencyA);

		Document detail = page(get("/registry/application-models/" + created.id()).with(reporter), 200);
		assertThat(detail.select("#model-name").text()).isEqualTo(name);
		assertThat(detail.select("#model-exemplary")).hasSize(1);
		assertThat(detail.select("#exemplary1[checked]")).hasSize(1);
		assertThat(detail.select("#results").text()).isEqualTo("Năng suất dưa lưới tăng 30%");

		String renamed = name + " (mở rộng)";
		mvc.perform(modelPost("/registry/application-models/" + created.id(), haNoi, agencyA, renamed, "year", "2025",
				"exemplary", "false").with(reporter)).andExpect(status().is3xxRedirection());
		ApplicationModel edited = models.get(created.id());
		assertThat(edited.name()).isEqualTo(renamed);
		assertThat(edited.exemplary()).isFalse();
		assertThat(edited.rowVersion()).isEqualTo(1);
		assertThat(jdbc.sql("select title from registry_entry where kind = 'APPLICATION_MODEL' and record_id = :id")
			.param("id", created.id()).query(String.class).single()).isEqualTo(renamed);

		Document stale = page(modelPost("/registry/application-models/" + created.id(), haNoi, agencyA, "Cũ").with(reporter), 409);
		assertThat(stale.select("#model-conflict")).hasSize(1);
		assertThat(models.get(created.id()).name()).isEqualTo(renamed);

		mvc.perform(post("/registry/application-models/" + created.id() + "/delete").param("rowVersion", "1").with(csrf())
			.with(reporter)).andExpect(status().is3xxRedirection());
		assertThat(models.find(created.id())).isEmpty();
		assertThat(jdbc.sql("select count(*) from registry_entry where kind = 'APPLICATION_MODEL' and record_id = :id")
			.param("id", created.id()).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'application_model' and entity_id = :id")
			.param("id", String.valueOf(created.id())).query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void errorsShowNextToTheFieldAndNothingIsSaved() throws Exception {
		var reporter = TestUsers.as(Role.REPORTER, haNoi, agencyA);
		String name = "Mô hình lỗi " + Fixtures.tag();
		Document year = page(modelPost("/registry/application-models", haNoi, agencyA, name, "year", "1800").with(reporter), 200);
		assertThat(year.select("#year.is-invalid")).hasSize(1);
		assertThat(year.select("#year ~ .invalid-feedback").text())
			.isEqualTo("Năm triển khai phải từ 1900 đến " + Year.now().getValue() + ".");
		Document quantity = page(modelPost("/registry/application-models", haNoi, agencyA, name, "scaleQuantity", "-1")
			.with(reporter), 200);
		assertThat(quantity.select("#scaleQuantity ~ .invalid-feedback").text()).isEqualTo("Diện tích/số lượng không được âm.");
		Document notNumber = page(modelPost("/registry/application-models", haNoi, agencyA, name, "year", "năm ngoái")
			.with(reporter), 200);
		assertThat(notNumber.select("#year ~ .invalid-feedback").text()).isEqualTo("Năm triển khai phải là số.");
		Document blank = page(modelPost("/registry/application-models", haNoi, agencyA, " ").with(reporter), 200);
		assertThat(blank.select("#name ~ .invalid-feedback").text()).isEqualTo("Tên không được để trống.");
		assertThat(countNamed(name)).isZero();
	}

	@Test
	void aReporterOfAnotherProvinceMayNotEditAndDoesNotSeeInternalModels() throws Exception {
		ApplicationModel open = models.create(new ApplicationModel(null, "Mô hình công khai " + Fixtures.tag(), null, "Xã Ba Vì",
				haNoi, agencyA, null, null, 2023, null, false, Visibility.PUBLIC, 0));
		ApplicationModel internal = models.create(new ApplicationModel(null, "Mô hình nội bộ " + Fixtures.tag(), null, null,
				haNoi, agencyA, null, null, 2023, null, false, Visibility.INTERNAL, 0));
		var stranger = TestUsers.as(Role.REPORTER, hoChiMinh, agencyB);
		Document readOnly = page(get("/registry/application-models/" + open.id()).with(stranger), 200);
		assertThat(readOnly.select("#model-readonly")).hasSize(1);
		assertThat(readOnly.select("#model-save, #model-delete")).isEmpty();
		mvc.perform(modelPost("/registry/application-models/" + open.id(), hoChiMinh, agencyB, "Chiếm quyền").with(stranger))
			.andExpect(status().isForbidden());
		mvc.perform(post("/registry/application-models/" + open.id() + "/delete").param("rowVersion", "0").with(csrf())
			.with(stranger)).andExpect(status().isForbidden());
		assertThat(models.get(open.id()).name()).isEqualTo(open.name());
		mvc.perform(get("/registry/application-models/" + internal.id()).with(stranger)).andExpect(status().isForbidden());
		Document ownList = page(get("/registry/application-models").param("q", "Mô hình nội bộ").with(stranger), 200);
		assertThat(ownList.select("#model-" + internal.id())).isEmpty();
		mvc.perform(get("/registry/application-models").param("unit", String.valueOf(haNoi)).with(stranger))
			.andExpect(status().isForbidden());
		Document haNoiList = page(get("/registry/application-models").param("q", internal.name())
			.with(TestUsers.as(Role.COORDINATOR, haNoi)), 200);
		assertThat(haNoiList.select("#model-" + internal.id())).hasSize(1);
	}

}
