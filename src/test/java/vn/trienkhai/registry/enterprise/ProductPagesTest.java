package vn.trienkhai.registry.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.TestUsers;
import vn.trienkhai.agency.Agencies;
import vn.trienkhai.platform.Role;
import vn.trienkhai.registry.Visibility;
import vn.trienkhai.registry.shared.IndicatorSource;

/**
 * The product pages through MockMvc on the real database, in Hà Nội (01), Hồ Chí Minh (79) and Tuyên Quang
 * (08) only: form entry and its errors, the optimistic lock, IP titles, the trademark figure, roles and scope.
 */
@IntegrationTest
class ProductPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Agencies agencies;

	@Autowired
	Products products;

	@Autowired
	Enterprises enterprises;

	@Autowired
	List<IndicatorSource> sources;

	long haNoi;

	long hoChiMinh;

	long tuyenQuang;

	long agencyA;

	long agencyB;

	@BeforeEach
	void setUp() {
		haNoi = Fixtures.province(jdbc, "01");
		hoChiMinh = Fixtures.province(jdbc, "79");
		tuyenQuang = Fixtures.province(jdbc, "08");
		agencyA = agencies.create(haNoi, null, "Sở Khoa học và Công nghệ " + Fixtures.tag()).id();
		agencyB = agencies.create(hoChiMinh, null, "Sở Khoa học và Công nghệ " + Fixtures.tag()).id();
	}

	/**
	 * A complete form post of a cooperative's 4★ product (30 + 20 + 25) decided two months ago; overrides are
	 * name/value pairs replacing the defaults.
	 */
	private MockHttpServletRequestBuilder productPost(String url, long unit, Long agency, String name, String... overrides) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("unit", String.valueOf(unit));
		values.put("ownerAgency", agency == null ? "" : String.valueOf(agency));
		values.put("name", name);
		values.put("producerKind", "COOPERATIVE");
		values.put("producerName", "HTX Nông nghiệp Sóc Sơn");
		values.put("field", "FOOD");
		values.put("productType", "Mật ong");
		values.put("standards", "TCVN 12605:2019");
		values.put("gtin", "8934567890120");
		values.put("ocopGroup", "Thực phẩm");
		values.put("ocopSubgroup", "Thực phẩm tươi sống");
		values.put("ocopScoreA", "30");
		values.put("ocopScoreB", "20");
		values.put("ocopScoreC", "25");
		values.put("ocopStars", "4");
		values.put("ocopAuthority", "UBND thành phố Hà Nội");
		values.put("ocopDecisionNo", "15/QĐ-UBND");
		values.put("ocopDecisionDate", LocalDate.now().minusMonths(2).toString());
		values.put("visibility", "PUBLIC");
		values.put("rowVersion", "0");
		for (int i = 0; i < overrides.length; i += 2) {
			values.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(url).with(csrf());
		values.forEach(request::param);
		return request;
	}

	private long countNamed(String name) {
		return jdbc.sql("select count(*) from product where name = :n").param("n", name).query(Long.class).single();
	}

	private Product named(String name) {
		long id = jdbc.sql("select id from product where name = :n").param("n", name).query(Long.class).single();
		return products.get(id);
	}

	private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
		return Jsoup.parse(mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString());
	}

	@Test
	void reporterCreatesAProductThroughTheFormAndSeesItsPage() throws Exception {
		String name = "Mật ong rừng Ba Vì " + Fixtures.tag();
		mvc.perform(productPost("/registry/products", haNoi, agencyA, name).with(TestUsers.as(Role.REPORTER, haNoi, agencyA)))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/registry/products/*"));
		Product saved = named(name);
		assertThat(saved.ownerAgencyId()).isEqualTo(agencyA);
		assertThat(saved.ocop().total()).isEqualTo(75);
		assertThat(saved.ocop().stars()).isEqualTo(4);
		assertThat(saved.ocop().expiresOn()).isEqualTo(LocalDate.now().minusMonths(2).plusMonths(36));
		assertThat(saved.producerKind()).isEqualTo(Product.ProducerKind.COOPERATIVE);
		assertThat(jdbc.sql("select count(*) from registry_entry where kind = 'PRODUCT' and record_id = :id")
			.param("id", saved.id()).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'product' and entity_id = :id and action = 'CREATE'")
			.param("id", String.valueOf(saved.id())).query(Long.class).single()).isEqualTo(1);

		Document detail = page(get("/registry/products/" + saved.id()).with(TestUsers.as(Role.REPORTER, haNoi, agencyA)), 200);
		assertThat(detail.select("#product-name").text()).isEqualTo(name);
		assertThat(detail.select("#product-stars").text()).isEqualTo("4 sao");
		assertThat(detail.select("#product-ocop-total").text()).isEqualTo("75");
		assertThat(detail.select("#name").val()).isEqualTo(name);
		assertThat(detail.select("#gtin").val()).isEqualTo("8934567890120");
		assertThat(detail.select("#ownerAgency option[selected]").val()).isEqualTo(String.valueOf(agencyA));
		assertThat(detail.select("#product-save")).hasSize(1);
		assertThat(detail.select("#product-readonly")).isEmpty();

		Document list = page(get("/registry/products").param("q", name).with(TestUsers.as(Role.REPORTER, haNoi, agencyA)), 200);
		assertThat(list.select("#product-" + saved.id() + " a").attr("href")).isEqualTo("/registry/products/" + saved.id());
		assertThat(list.select("#product-new")).hasSize(1);
		assertThat(page(get("/registry/products/new").with(TestUsers.as(Role.REPORTER, haNoi, agencyA)), 200)
			.select("#product-form")).hasSize(1);
	}

	@Test
	void aBadGtinOrAMismatchedStarShowsOnTheFormAndSavesNothing() throws Exception {
		String name = "Trà hoa vàng " + Fixtures.tag();
		Document badGtin = page(productPost("/registry/products", haNoi, agencyA, name, "gtin", "8934567890121")
			.with(TestUsers.as(Role.REPORTER, haNoi, agencyA)), 200);
		assertThat(badGtin.select("#gtin.is-invalid")).hasSize(1);
		assertThat(badGtin.select("#gtin ~ .invalid-feedback").text()).contains("Mã GTIN không hợp lệ");
		assertThat(badGtin.select("#name").val()).isEqualTo(name);

		Document badStars = page(productPost("/registry/products", haNoi, agencyA, name, "ocopStars", "3")
			.with(TestUsers.as(Role.REPORTER, haNoi, agencyA)), 200);
		assertThat(badStars.select("#ocopStars.is-invalid")).hasSize(1);
		assertThat(badStars.select("#ocopStars ~ .invalid-feedback").text()).contains("Tổng điểm 75").contains("hạng 4 sao");

		Document overA = page(productPost("/registry/products", haNoi, agencyA, name, "ocopScoreA", "41")
			.with(TestUsers.as(Role.REPORTER, haNoi, agencyA)), 200);
		assertThat(overA.select("#ocopScoreA ~ .invalid-feedback").text()).contains("Điểm phần A phải từ 0 đến 40");

		Document notANumber = page(productPost("/registry/products", haNoi, agencyA, name, "ocopScoreB", "hai mươi")
			.with(TestUsers.as(Role.REPORTER, haNoi, agencyA)), 200);
		assertThat(notANumber.select("#ocopScoreB ~ .invalid-feedback").text()).isEqualTo("Điểm phần B phải là số nguyên.");

		Document unknownProducer = page(productPost("/registry/products", haNoi, agencyA, name, "producerKind", "ENTERPRISE")
			.param("producerTaxCode", Fixtures.taxCode()).with(TestUsers.as(Role.REPORTER, haNoi, agencyA)), 200);
		assertThat(unknownProducer.select("#producerTaxCode ~ .invalid-feedback").text()).contains("Không tìm thấy doanh nghiệp");

		Document foreignAgency = page(productPost("/registry/products", haNoi, agencyB, name)
			.with(TestUsers.as(Role.COORDINATOR, haNoi)), 200);
		assertThat(foreignAgency.select("#ownerAgency ~ .invalid-feedback").text()).contains("không thuộc đơn vị");
		assertThat(countNamed(name)).isZero();
	}

	@Test
	void anEditWithAStaleRowVersionIsRefusedAndChangesNothing() throws Exception {
		Product p = products.create(Fixtures.product(haNoi, agencyA, Fixtures.ocop(30, 20, 25, 4, LocalDate.now().minusMonths(1))));
		String renamed = "Đổi tên " + Fixtures.tag();
		mvc.perform(productPost("/registry/products/" + p.id(), haNoi, agencyA, renamed)
			.with(TestUsers.as(Role.REPORTER, haNoi, agencyA))).andExpect(status().is3xxRedirection());
		Product after = products.get(p.id());
		assertThat(after.name()).isEqualTo(renamed);
		assertThat(after.rowVersion()).isEqualTo(1);

		Document stale = page(productPost("/registry/products/" + p.id(), haNoi, agencyA, "Bản cũ", "rowVersion", "0")
			.with(TestUsers.as(Role.REPORTER, haNoi, agencyA)), 409);
		assertThat(stale.select("#product-conflict").text()).contains("Người khác vừa sửa");
		assertThat(stale.select("#name").val()).isEqualTo("Bản cũ");
		assertThat(products.get(p.id()).name()).isEqualTo(renamed);

		mvc.perform(post("/registry/products/" + p.id() + "/delete").param("rowVersion", "0").with(csrf())
			.with(TestUsers.as(Role.REPORTER, haNoi, agencyA))).andExpect(status().isConflict());
		mvc.perform(post("/registry/products/" + p.id() + "/delete").param("rowVersion", "1").with(csrf())
			.with(TestUsers.as(Role.REPORTER, haNoi, agencyA))).andExpect(status().is3xxRedirection());
		assertThat(products.find(p.id())).isEmpty();
		assertThat(jdbc.sql("select count(*) from registry_entry where kind = 'PRODUCT' and record_id = :id")
			.param("id", p.id()).query(Long.class).single()).isZero();
	}

	@Test
	void ipTitlesAreAddedChangedAndRemovedOnTheProductPage() throws Exception {
		Product p = products.create(Fixtures.product(haNoi, agencyA, Fixtures.ocop(30, 20, 25, 4, LocalDate.now().minusMonths(1))));
		String number = "4-0" + Fixtures.tag();
		mvc.perform(post("/registry/products/" + p.id() + "/ips").with(csrf()).with(TestUsers.as(Role.REPORTER, haNoi, agencyA))
			.param("ipType", "TRADEMARK").param("ipStatus", "GRANTED").param("ipNumber", number)
			.param("ipGrantedOn", LocalDate.now().minusMonths(3).toString()))
			.andExpect(status().is3xxRedirection());
		List<Product.Ip> ips = products.ips(p.id());
		assertThat(ips).hasSize(1);
		assertThat(ips.get(0).number()).isEqualTo(number);
		assertThat(summary(p.id())).contains(number);
		long ipId = ips.get(0).id();

		Document missingNumber = page(post("/registry/products/" + p.id() + "/ips").with(csrf())
			.with(TestUsers.as(Role.REPORTER, haNoi, agencyA)).param("ipType", "COLLECTIVE_MARK").param("ipStatus", "GRANTED"), 200);
		assertThat(missingNumber.select("#ip-new #ip-error").text()).isEqualTo("Văn bằng đã được cấp cần có số văn bằng.");
		assertThat(missingNumber.select("#ip-new select[name=ipType] option[selected]").val()).isEqualTo("COLLECTIVE_MARK");
		assertThat(missingNumber.select("#ip-new input[name=ipNumber].is-invalid")).hasSize(1);
		Document future = page(post("/registry/products/" + p.id() + "/ips/" + ipId).with(csrf())
			.with(TestUsers.as(Role.REPORTER, haNoi, agencyA)).param("ipType", "TRADEMARK").param("ipStatus", "GRANTED")
			.param("ipNumber", number).param("ipGrantedOn", LocalDate.now().plusDays(3).toString()), 200);
		assertThat(future.select("#ip-" + ipId + " #ip-error").text()).contains("không được sau ngày hôm nay");
		assertThat(products.ips(p.id())).hasSize(1).first().satisfies(ip -> assertThat(ip.grantedOn()).isBeforeOrEqualTo(LocalDate.now()));

		Document shown = page(get("/registry/products/" + p.id()).with(TestUsers.as(Role.REPORTER, haNoi, agencyA)), 200);
		assertThat(shown.select("#ip-" + ipId + " input[name=ipNumber]").val()).isEqualTo(number);
		assertThat(shown.select("#ip-" + ipId + " select[name=ipStatus] option[selected]").val()).isEqualTo("GRANTED");

		String changed = number + "-B";
		mvc.perform(post("/registry/products/" + p.id() + "/ips/" + ipId).with(csrf()).with(TestUsers.as(Role.REPORTER, haNoi, agencyA))
			.param("ipType", "CERTIFICATION_MARK").param("ipStatus", "EXPIRED").param("ipNumber", changed))
			.andExpect(status().is3xxRedirection());
		assertThat(products.ips(p.id())).singleElement().satisfies(ip -> {
			assertThat(ip.type()).isEqualTo(Product.IpType.CERTIFICATION_MARK);
			assertThat(ip.status()).isEqualTo(Product.IpStatus.EXPIRED);
			assertThat(ip.grantedOn()).isNull();
		});
		assertThat(summary(p.id())).contains(changed);

		mvc.perform(post("/registry/products/" + p.id() + "/ips/" + ipId + "/delete").with(csrf())
			.with(TestUsers.as(Role.REPORTER, haNoi, agencyA))).andExpect(status().is3xxRedirection());
		assertThat(products.ips(p.id())).isEmpty();
		assertThat(summary(p.id())).doesNotContain(number);
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'product' and entity_id = :id and action = 'UPDATE'")
			.param("id", String.valueOf(p.id())).query(Long.class).single()).isEqualTo(3);
		mvc.perform(post("/registry/products/" + p.id() + "/ips/" + ipId + "/delete").with(csrf())
			.with(TestUsers.as(Role.REPORTER, haNoi, agencyA))).andExpect(status().isNotFound());
	}

	@Test
	void aProductWithARegisteredTrademarkCountsInTheOcopFigure() throws Exception {
		IndicatorSource figure = sources.stream().filter(s -> s.code().equals("OCOP_PRODUCTS_WITH_TRADEMARK")).findFirst().orElseThrow();
		int year = LocalDate.now().getYear();
		BigDecimal before = figure.value(tuyenQuang, year);
		String name = "Cam sành Hàm Yên " + Fixtures.tag();
		mvc.perform(productPost("/registry/products", tuyenQuang, null, name).with(TestUsers.as(Role.COORDINATOR, tuyenQuang)))
			.andExpect(status().is3xxRedirection());
		Product p = named(name);
		assertThat(figure.value(tuyenQuang, year)).isEqualByComparingTo(before);
		mvc.perform(post("/registry/products/" + p.id() + "/ips").with(csrf()).with(TestUsers.as(Role.COORDINATOR, tuyenQuang))
			.param("ipType", "TRADEMARK").param("ipStatus", "FILED").param("ipNumber", "4-2024-" + Fixtures.tag()))
			.andExpect(status().is3xxRedirection());
		assertThat(figure.value(tuyenQuang, year)).as("a filed application is not a protected mark").isEqualByComparingTo(before);
		long ipId = products.ips(p.id()).get(0).id();
		mvc.perform(post("/registry/products/" + p.id() + "/ips/" + ipId).with(csrf()).with(TestUsers.as(Role.COORDINATOR, tuyenQuang))
			.param("ipType", "TRADEMARK").param("ipStatus", "GRANTED").param("ipNumber", "4-0" + Fixtures.tag())
			.param("ipGrantedOn", LocalDate.now().minusDays(10).toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(figure.value(tuyenQuang, year)).isEqualByComparingTo(before.add(BigDecimal.ONE));
	}

	@Test
	void aReporterOfAnotherProvinceMayNotEditAndDoesNotSeeInternalProducts() throws Exception {
		Product open = products.create(Fixtures.product(haNoi, agencyA, Product.Ocop.NONE));
		Product internal = products.create(new Product(null, "Nấm linh chi nội bộ " + Fixtures.tag(), Product.ProducerKind.HOUSEHOLD,
				null, "Hộ ông Nguyễn Văn A", null, null, haNoi, agencyA, Visibility.INTERNAL, null, null, Product.Ocop.NONE, 0));
		var stranger = TestUsers.as(Role.REPORTER, hoChiMinh, agencyB);

		Document readOnly = page(get("/registry/products/" + open.id()).with(stranger), 200);
		assertThat(readOnly.select("#product-readonly")).hasSize(1);
		assertThat(readOnly.select("#product-save, #product-delete, #ip-new")).isEmpty();
		assertThat(readOnly.select("#product-form fieldset[disabled]")).hasSize(1);
		mvc.perform(productPost("/registry/products/" + open.id(), haNoi, agencyB, "Chiếm quyền").with(stranger))
			.andExpect(status().isForbidden());
		mvc.perform(productPost("/registry/products/" + open.id(), hoChiMinh, agencyB, "Chuyển tỉnh").with(stranger))
			.andExpect(status().isForbidden());
		mvc.perform(post("/registry/products/" + open.id() + "/ips").with(csrf()).with(stranger)
			.param("ipType", "PATENT").param("ipStatus", "FILED")).andExpect(status().isForbidden());
		mvc.perform(post("/registry/products/" + open.id() + "/delete").param("rowVersion", "0").with(csrf()).with(stranger))
			.andExpect(status().isForbidden());
		mvc.perform(productPost("/registry/products", haNoi, agencyB, "Ngoài phạm vi " + Fixtures.tag()).with(stranger))
			.andExpect(status().isForbidden());
		assertThat(products.get(open.id()).name()).isEqualTo(open.name());
		assertThat(products.ips(open.id())).isEmpty();

		mvc.perform(get("/registry/products/" + internal.id()).with(stranger)).andExpect(status().isForbidden());
		assertThat(searchIds(internal.name(), stranger)).doesNotContain(internal.id().intValue());
		assertThat(searchIds(open.name(), stranger)).contains(open.id().intValue());
		assertThat(searchIds(internal.name(), TestUsers.as(Role.REPORTER, haNoi, agencyA))).contains(internal.id().intValue());

		// the same agency's reporter edits; an overseer of the province only reads
		mvc.perform(get("/registry/products/new").with(TestUsers.as(Role.OVERSEER, haNoi))).andExpect(status().isForbidden());
		Document overseer = page(get("/registry/products/" + internal.id()).with(TestUsers.as(Role.OVERSEER, haNoi)), 200);
		assertThat(overseer.select("#product-readonly")).hasSize(1);
	}

	@Test
	void theEnterprisePageOffersANewProductWithTheEnterpriseAsProducer() throws Exception {
		Enterprise e = enterprises.create(Fixtures.enterprise(haNoi, agencyA, Fixtures.taxCode(), Visibility.PUBLIC));
		var reporter = TestUsers.as(Role.REPORTER, haNoi, agencyA);
		Document enterprisePage = page(get("/registry/enterprises/" + e.id()).with(reporter), 200);
		String href = enterprisePage.select("#enterprise-new-product").attr("href");
		assertThat(href).isEqualTo("/registry/products/new?enterprise=" + e.id());
		Document form = page(get(href).with(reporter), 200);
		assertThat(form.select("#producerKind option[selected]").val()).isEqualTo("ENTERPRISE");
		assertThat(form.select("#producerTaxCode").val()).isEqualTo(e.taxCode());
		assertThat(form.select("#producerName").val()).isEqualTo(e.name());

		String name = "Men vi sinh " + Fixtures.tag();
		mvc.perform(productPost("/registry/products", haNoi, agencyA, name, "producerKind", "ENTERPRISE",
				"producerTaxCode", e.taxCode(), "producerName", "").with(reporter))
			.andExpect(status().is3xxRedirection());
		Product p = named(name);
		assertThat(p.producerEnterpriseId()).isEqualTo(e.id());
		assertThat(p.producerName()).isEqualTo(e.name());
		assertThat(page(get("/registry/products/" + p.id()).with(reporter), 200).select("#product-producer").attr("href"))
			.isEqualTo("/registry/enterprises/" + e.id());
	}

	@Test
	void anExpiredRatingShowsHetHanOnThePage() throws Exception {
		Product p = products.create(Fixtures.product(haNoi, agencyA, Fixtures.ocop(30, 20, 25, 4, LocalDate.now().minusMonths(37))));
		Document page = page(get("/registry/products/" + p.id()).with(TestUsers.as(Role.REPORTER, haNoi, agencyA)), 200);
		assertThat(page.select("#product-expired").text()).isEqualTo("hết hạn");
		assertThat(page.select("#product-stars")).isEmpty();
		assertThat(page.select("#product-ocop-expires").text())
			.isEqualTo(p.ocop().expiresOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
	}

	private String summary(long productId) {
		return jdbc.sql("select summary from registry_entry where kind = 'PRODUCT' and record_id = :id").param("id", productId)
			.query(String.class).single();
	}

	private List<Integer> searchIds(String q, org.springframework.test.web.servlet.request.RequestPostProcessor user) throws Exception {
		String json = mvc.perform(get("/api/registry/search").param("q", q).with(user)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		return JsonPath.read(json, "$.hits[?(@.kind == 'PRODUCT')].id");
	}

}
