package vn.trienkhai.registry.genebank;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.TestUsers;
import vn.trienkhai.agency.Agencies;
import vn.trienkhai.platform.Role;

/** The gene-fund and equipment pages through MockMvc and jsoup: forms, field errors, export, booking, scope. */
@IntegrationTest
class RegistryPagesTest {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Agencies agencies;

	long canTho;

	long anGiang;

	long dakLak;

	@BeforeEach
	void units() {
		canTho = unit("92");
		anGiang = unit("91");
		dakLak = unit("66");
	}

	long unit(String code) {
		return jdbc.sql("select id from org_unit where code = :code and version = '2025'").param("code", code)
			.query(Long.class).single();
	}

	static String tag() {
		return SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
	}

	Document html(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void accessionFormShowsTheFieldErrorAndSavesNothing() throws Exception {
		String number = "AG-" + tag();
		MvcResult bad = mvc.perform(post("/registry/accessions").with(TestUsers.as(Role.COORDINATOR, anGiang)).with(csrf())
			.param("unit", String.valueOf(anGiang)).param("visibility", "PUBLIC").param("INSTCODE", "VNM049")
			.param("ACCENUMB", number).param("GENUS", "Oryza").param("ACQDATE", "1968--05").param("SAMPSTAT", "305"))
			.andExpect(status().isOk()).andReturn();
		Document doc = html(bad);
		assertThat(doc.select("#error-ACQDATE").text()).contains("ACQDATE").contains("1968--05");
		assertThat(doc.select("#error-SAMPSTAT").text()).contains("SAMPSTAT").contains("danh mục");
		assertThat(doc.select("#ACCENUMB").val()).isEqualTo(number);
		assertThat(jdbc.sql("select count(*) from genebank_accession where accenumb = :n").param("n", number)
			.query(Long.class).single()).isZero();

		MvcResult ok = mvc.perform(post("/registry/accessions").with(TestUsers.as(Role.COORDINATOR, anGiang)).with(csrf())
			.param("unit", String.valueOf(anGiang)).param("visibility", "PUBLIC").param("INSTCODE", "VNM049")
			.param("ACCENUMB", number).param("GENUS", "Oryza").param("ACQDATE", "1968----")
			.param("nameVi", "Nếp cái hoa vàng " + number).param("programme", "Nhiệm vụ quỹ gen cấp tỉnh"))
			.andExpect(status().is3xxRedirection()).andReturn();
		String location = ok.getResponse().getRedirectedUrl();
		Document detail = html(mvc.perform(get(location).with(TestUsers.as(Role.OVERSEER, dakLak)))
			.andExpect(status().isOk()).andReturn());
		assertThat(detail.select("#ACQDATE").val()).isEqualTo("1968----");
		assertThat(detail.select("#accession-readonly")).hasSize(1);

		MvcResult duplicate = mvc.perform(post("/registry/accessions").with(TestUsers.as(Role.COORDINATOR, anGiang))
			.with(csrf()).param("unit", String.valueOf(anGiang)).param("visibility", "PUBLIC")
			.param("INSTCODE", "VNM049").param("ACCENUMB", number).param("GENUS", "Oryza"))
			.andExpect(status().isOk()).andReturn();
		assertThat(html(duplicate).select("#error-ACCENUMB").text()).contains(number).contains("VNM049");

		Document list = html(mvc.perform(get("/registry/accessions").param("unit", String.valueOf(anGiang))
			.param("q", number).with(TestUsers.as(Role.REPORTER, anGiang))).andExpect(status().isOk()).andReturn());
		assertThat(list.select("#accession-table tbody tr")).hasSize(1);

		String csv = mvc.perform(get("/registry/accessions/export.csv").param("unit", String.valueOf(anGiang))
			.with(TestUsers.as(Role.REPORTER, anGiang))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("INSTCODE,ACCENUMB,COLLNUMB,GENUS").contains("VNM049," + number + ",,Oryza");
	}

	@Test
	void outOfScopeIsForbidden() throws Exception {
		mvc.perform(get("/registry/accessions").param("unit", String.valueOf(anGiang))
			.with(TestUsers.as(Role.COORDINATOR, dakLak))).andExpect(status().isForbidden());
		mvc.perform(post("/registry/accessions").with(TestUsers.as(Role.COORDINATOR, dakLak)).with(csrf())
			.param("unit", String.valueOf(anGiang)).param("visibility", "PUBLIC").param("INSTCODE", "VNM049")
			.param("ACCENUMB", "X-" + tag()).param("GENUS", "Oryza")).andExpect(status().isForbidden());
		mvc.perform(get("/registry/equipment/new").with(TestUsers.as(Role.OVERSEER, canTho)))
			.andExpect(status().isForbidden());
	}

	@Test
	void bookingThroughTheEquipmentPage() throws Exception {
		long owner = agencies.create(canTho, null, "Sở Khoa học và Công nghệ " + tag()).id();
		MvcResult created = mvc.perform(post("/registry/equipment").with(TestUsers.as(Role.COORDINATOR, canTho))
			.with(csrf()).param("unit", String.valueOf(canTho)).param("owner", String.valueOf(owner))
			.param("labName", "PTN Công nghệ sinh học " + tag()).param("deviceName", "Máy giải trình tự gen")
			.param("status", "AVAILABLE").param("visibility", "PUBLIC").param("openDays", "1,2,3,4,5")
			.param("opensAt", "08:00").param("closesAt", "17:00"))
			.andExpect(status().is3xxRedirection()).andReturn();
		String page = created.getResponse().getRedirectedUrl();
		long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));

		Document outside = html(mvc.perform(post(page + "/bookings").with(TestUsers.as(Role.REPORTER, canTho))
			.with(csrf()).param("requesterName", "Trần Thị Bình").param("purpose", "Giải trình tự")
			.param("startsAt", "2027-03-01T18:00").param("endsAt", "2027-03-01T19:00"))
			.andExpect(status().isOk()).andReturn());
		assertThat(outside.select("#booking-error").text()).contains("Ngoài giờ mở cửa").contains("08:00");

		mvc.perform(post(page + "/bookings").with(TestUsers.as(Role.REPORTER, canTho)).with(csrf())
			.param("requesterName", "Trần Thị Bình").param("purpose", "Giải trình tự")
			.param("startsAt", "2027-03-01T09:00").param("endsAt", "2027-03-01T11:00"))
			.andExpect(status().is3xxRedirection());
		long booking = jdbc.sql("select id from equipment_booking where equipment_id = :e").param("e", id)
			.query(Long.class).single();
		mvc.perform(post("/registry/equipment/bookings/" + booking + "/approve").param("rowVersion", "0")
			.with(TestUsers.as(Role.REPORTER, canTho)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/registry/equipment/bookings/" + booking + "/approve").param("rowVersion", "0")
			.with(TestUsers.as(Role.REPORTER, canTho, owner)).with(csrf())).andExpect(status().is3xxRedirection());

		Document overlap = html(mvc.perform(post(page + "/bookings").with(TestUsers.as(Role.REPORTER, canTho))
			.with(csrf()).param("requesterName", "Lê Văn Cường").param("purpose", "PCR")
			.param("startsAt", "2027-03-01T10:00").param("endsAt", "2027-03-01T12:00"))
			.andExpect(status().isOk()).andReturn());
		assertThat(overlap.select("#booking-error").text()).contains("số " + booking).contains("Trần Thị Bình");

		Document week = html(mvc.perform(get(page).param("week", "2027-03-03").with(TestUsers.as(Role.OVERSEER, dakLak)))
			.andExpect(status().isOk()).andReturn());
		assertThat(week.select("#booking-" + booking + " .booking-status").text()).isEqualTo("Đã duyệt");
		Document fragment = html(mvc.perform(get(page + "/calendar").param("week", "2027-03-08")
			.header("HX-Request", "true").with(TestUsers.as(Role.OVERSEER, dakLak))).andExpect(status().isOk())
			.andReturn());
		assertThat(fragment.select("#calendar-empty")).hasSize(1);
		assertThat(fragment.select("#equipment-form")).isEmpty();
	}

}
