package vn.trienkhai.registry.project;

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

/** The expert pages: entry with field errors, contact shown only with consent (or to those who keep the record). */
@IntegrationTest
class ExpertPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Agencies agencies;

	long haiPhong;

	long bacNinh;

	long agency;

	@BeforeEach
	void setUp() {
		haiPhong = unit("31");
		bacNinh = unit("24");
		agency = agencies.create(haiPhong, null, "Sở Y tế " + System.nanoTime()).id();
	}

	private long unit(String code) {
		return jdbc.sql("select id from org_unit where code = :c and version = '2025'").param("c", code).query(Long.class).single();
	}

	private long create(String name, String email, boolean consent) throws Exception {
		var request = post("/registry/experts").with(TestUsers.as(Role.REPORTER, haiPhong, agency)).with(csrf())
			.param("unit", String.valueOf(haiPhong)).param("ownerAgency", String.valueOf(agency)).param("name", name)
			.param("fields", "HEALTH").param("fields", "PHARMACY").param("degree", "DOCTOR")
			.param("organisation", "Đại học Y Dược Hải Phòng").param("email", email).param("phone", "0225 3731 907")
			.param("visibility", "PUBLIC");
		if (consent) {
			request.param("contactConsent", "true");
		}
		mvc.perform(request).andExpect(status().is3xxRedirection());
		return jdbc.sql("select id from expert where name = :n").param("n", name).query(Long.class).single();
	}

	@Test
	void theContactIsShownOnlyWithConsentOrToThoseWhoKeepTheRecord() throws Exception {
		String tag = String.valueOf(System.nanoTime());
		long withheld = create("PGS.TS. Phạm Văn Hùng " + tag, "hung" + tag + "@hpmu.edu.vn", false);
		long open = create("TS. Lê Thị Mai " + tag, "mai" + tag + "@hpmu.edu.vn", true);

		// a reader in another province: the consenting expert's contact, not the other's — not even hidden in the page
		Document reader = Jsoup.parse(mvc.perform(get("/registry/experts/" + withheld).with(TestUsers.as(Role.REPORTER, bacNinh, null)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(reader.select("#expert-contact-hidden")).hasSize(1);
		assertThat(reader.html()).doesNotContain("hung" + tag).doesNotContain("3731");
		assertThat(reader.select("#expert-readonly")).hasSize(1);
		Document readerOpen = Jsoup.parse(mvc.perform(get("/registry/experts/" + open).with(TestUsers.as(Role.REPORTER, bacNinh, null)))
			.andReturn().getResponse().getContentAsString());
		assertThat(readerOpen.select("#email").val()).isEqualTo("mai" + tag + "@hpmu.edu.vn");

		// a reporter of another agency in the same province reads the list, without the withheld contact
		long otherAgency = agencies.create(haiPhong, null, "Sở Nông nghiệp và Môi trường " + tag).id();
		Document list = Jsoup.parse(mvc.perform(get("/registry/experts").param("unit", String.valueOf(haiPhong)).param("q", tag)
			.with(TestUsers.as(Role.REPORTER, haiPhong, otherAgency))).andReturn().getResponse().getContentAsString());
		assertThat(list.select("#expert-" + withheld + " .expert-contact").text()).isEqualTo("Không công khai");
		assertThat(list.select("#expert-" + open + " .expert-contact").text()).contains("mai" + tag);
		// the list's field filter finds a second field too
		Document pharmacy = Jsoup.parse(mvc.perform(get("/registry/experts").param("unit", String.valueOf(haiPhong))
			.param("q", tag).param("field", "PHARMACY").with(TestUsers.as(Role.COORDINATOR, haiPhong)))
			.andReturn().getResponse().getContentAsString());
		assertThat(pharmacy.select("#expert-table tbody tr")).hasSize(2);
		// the province's coordinator keeps the record and sees everything
		Document keeper = Jsoup.parse(mvc.perform(get("/registry/experts/" + withheld).with(TestUsers.as(Role.COORDINATOR, haiPhong)))
			.andReturn().getResponse().getContentAsString());
		assertThat(keeper.select("#email").val()).isEqualTo("hung" + tag + "@hpmu.edu.vn");
		assertThat(keeper.select("#ownerAgency option[selected]").text()).startsWith("Sở Y tế");
		assertThat(list.select("form#expert-filter").attr("action")).isEqualTo("/registry/experts");
		assertThat(list.select("form#expert-filter #filter-field option")).hasSize(11);
		// and the search shows the consenting expert's e-mail only
		String search = mvc.perform(get("/api/registry/search").param("q", tag).with(TestUsers.as(Role.REPORTER, bacNinh, null)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// both are found by name; only the consenting one's e-mail is in what the search shows
		assertThat(search).contains("Phạm Văn Hùng " + tag).contains("mai" + tag + "@hpmu.edu.vn")
			.doesNotContain("hung" + tag);
	}

	@Test
	void fieldErrorsShowBesideTheirInputsAndNothingIsSaved() throws Exception {
		String name = "Chuyên gia lỗi " + System.nanoTime();
		Document page = Jsoup.parse(mvc.perform(post("/registry/experts").with(TestUsers.as(Role.COORDINATOR, haiPhong)).with(csrf())
			.param("unit", String.valueOf(haiPhong)).param("name", name).param("fields", "HEALTH")
			.param("email", "khong-phai-email").param("visibility", "PUBLIC"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#email.is-invalid")).hasSize(1);
		assertThat(page.select(".invalid-feedback").text()).contains("Địa chỉ thư điện tử không hợp lệ");
		page = Jsoup.parse(mvc.perform(post("/registry/experts").with(TestUsers.as(Role.COORDINATOR, haiPhong)).with(csrf())
			.param("unit", String.valueOf(haiPhong)).param("name", name).param("visibility", "PUBLIC"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select(".invalid-feedback").text()).contains("Cần chọn ít nhất một lĩnh vực");
		assertThat(jdbc.sql("select count(*) from expert where name = :n").param("n", name).query(Long.class).single()).isZero();
		// a reporter of another province may not enter an expert for this one
		mvc.perform(post("/registry/experts").with(TestUsers.as(Role.REPORTER, bacNinh, null)).with(csrf())
			.param("unit", String.valueOf(haiPhong)).param("name", name).param("fields", "HEALTH"))
			.andExpect(status().isForbidden());
	}

}
