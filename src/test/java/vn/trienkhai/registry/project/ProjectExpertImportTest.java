package vn.trienkhai.registry.project;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.TestUsers;
import vn.trienkhai.agency.Agencies;
import vn.trienkhai.platform.Role;

/** Projects and experts through the registry import and export (CSV), Bắc Ninh (24) and Hải Phòng (31). */
@IntegrationTest
class ProjectExpertImportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Agencies agencies;

	@Autowired
	ProjectsAccepted accepted;

	long bacNinh;

	long haiPhong;

	@BeforeEach
	void setUp() {
		bacNinh = jdbc.sql("select id from org_unit where code = '24' and version = '2025'").query(Long.class).single();
		haiPhong = jdbc.sql("select id from org_unit where code = '31' and version = '2025'").query(Long.class).single();
	}

	private Document upload(String kind, String csv, long unit, RequestPostProcessor user) throws Exception {
		return Jsoup.parse(mvc.perform(multipart("/registry/import")
			.file(new MockMultipartFile("file", "tep.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("kind", kind).param("unit", String.valueOf(unit)).param("skipBad", "false").with(csrf()).with(user))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	@Test
	void pastProjectsComeInAsTheyStandAndABadRowStopsTheFile() throws Exception {
		String tag = String.valueOf(System.nanoTime());
		int year = java.time.Year.now().getValue();
		long before = accepted.value(bacNinh, year).longValue();
		String header = "code,title,field,periodStart,periodEnd,budgetStateLocal,status,acceptanceDate\n";
		String bad = header + "A-" + tag + ",Đề tài A,AGRICULTURE,01/03/" + (year - 1) + ",28/02/" + year + ",850.5,ACCEPTED,\n"
				+ "B-" + tag + ",Đề tài B,KHONGCO,,,-3,,\n";
		Document report = upload("PROJECT", bad, bacNinh, TestUsers.as(Role.COORDINATOR, bacNinh));
		assertThat(report.select("#registry-import-outcome").text()).startsWith("Chưa nhập dòng nào");
		assertThat(report.select("#registry-import-problems tbody tr").eachText())
			.containsExactly("2 Ngày nghiệm thu Cần nhập ngày nghiệm thu", "3 Lĩnh vực Mã lĩnh vực \"KHONGCO\" không hợp lệ.");
		assertThat(jdbc.sql("select count(*) from project where code like :c").param("c", "%-" + tag).query(Long.class).single())
			.isZero();

		Document ambiguous = upload("PROJECT", header + "C-" + tag + ",Đề tài C,AGRICULTURE,31/02/" + year + ",,1.250,,\n",
				bacNinh, TestUsers.as(Role.COORDINATOR, bacNinh));
		assertThat(ambiguous.select("#registry-import-problems tbody tr").eachText())
			.anySatisfy(t -> assertThat(t).contains("\"31/02/" + year + "\" không hợp lệ"))
			.anySatisfy(t -> assertThat(t).contains("Số \"1.250\" không rõ nghĩa"));

		String good = header + "A-" + tag + ",Đề tài A,AGRICULTURE,01/03/" + (year - 1) + ",28/02/" + year
				+ ",\"850,5\",ACCEPTED,15/03/" + year + "\n" + "B-" + tag + ",Đề tài B,HEALTH,,,,,\n";
		report = upload("PROJECT", good, bacNinh, TestUsers.as(Role.COORDINATOR, bacNinh));
		assertThat(report.select("#registry-import-outcome").text()).isEqualTo("Đã nhập 2 dòng.");
		assertThat(jdbc.sql("select status from project where code = :c").param("c", "A-" + tag).query(String.class).single())
			.isEqualTo("ACCEPTED");
		assertThat(accepted.value(bacNinh, year).longValue()).isEqualTo(before + 1);

		String export = new String(mvc.perform(get("/registry/import/projects/export.csv").param("unit", String.valueOf(bacNinh))
			.with(TestUsers.as(Role.COORDINATOR, bacNinh))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(export).contains("A-" + tag + ",Đề tài A,TOPIC,PROVINCIAL,AGRICULTURE,24,").contains("850.5")
			.contains("ACCEPTED," + year + "-03-15");
	}

	@Test
	void expertsImportWithConsentAndTheExportWithholdsContactsFromOtherReaders() throws Exception {
		String tag = String.valueOf(System.nanoTime());
		long owner = agencies.create(haiPhong, null, "Sở Y tế " + tag).id();
		long other = agencies.create(haiPhong, null, "Sở Công Thương " + tag).id();
		String csv = "name,fields,degree,email,phone,contactConsent,visibility\n"
				+ "Nguyễn Hùng " + tag + ",HEALTH;PHARMACY,DOCTOR,hung" + tag + "@vien.vn,0912345678,không,PUBLIC\n"
				+ "Lê Mai " + tag + ",HEALTH,MASTER,mai" + tag + "@vien.vn,,có,PUBLIC\n";
		Document report = upload("EXPERT", csv, haiPhong, TestUsers.as(Role.REPORTER, haiPhong, owner));
		assertThat(report.select("#registry-import-outcome").text()).isEqualTo("Đã nhập 2 dòng.");
		assertThat(jdbc.sql("select contact_consent from expert where name = :n").param("n", "Lê Mai " + tag)
			.query(Boolean.class).single()).isTrue();

		String foreign = new String(mvc.perform(get("/registry/import/experts/export.csv").param("unit", String.valueOf(haiPhong))
			.with(TestUsers.as(Role.REPORTER, haiPhong, other))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(foreign).contains("mai" + tag + "@vien.vn").doesNotContain("hung" + tag).doesNotContain("0912345678");
		String keeper = new String(mvc.perform(get("/registry/import/experts/export.csv").param("unit", String.valueOf(haiPhong))
			.with(TestUsers.as(Role.REPORTER, haiPhong, owner))).andReturn().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(keeper).contains("hung" + tag + "@vien.vn");

		Document badConsent = upload("EXPERT", "name,fields,contactConsent\nX " + tag + ",HEALTH,có lẽ\n", haiPhong,
				TestUsers.as(Role.COORDINATOR, haiPhong));
		assertThat(badConsent.select("#registry-import-problems tbody tr").text())
			.isEqualTo("2 Chuyên gia đồng ý công khai thông tin liên hệ Giá trị \"có lẽ\" không hợp lệ.");
	}

}
