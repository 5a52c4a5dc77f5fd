package vn.trienkhai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.TestUsers;
import vn.trienkhai.agency.Agencies;
import vn.trienkhai.document.DocumentImports;
import vn.trienkhai.monitoring.ProgressReports;
import vn.trienkhai.monitoring.ReportingRounds;
import vn.trienkhai.plan.Plans;
import vn.trienkhai.platform.Role;

/**
 * The Reports page and the file API as people and programs use them: preview, the coordinator's texts
 * checked field by field (nothing saved on error), downloads in every format, scope and roles.
 */
@IntegrationTest
class ReportPagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	DocumentImports imports;

	@Autowired
	Plans plans;

	@Autowired
	ReportingRounds rounds;

	@Autowired
	ProgressReports progress;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	ReportFixture fixture() throws Exception {
		return ReportFixture.reported(new ReportFixture.Services(imports, plans, rounds, progress, agencies, jdbc),
				"Tỉnh Tuyên Quang");
	}

	int drafts(long planId) {
		return jdbc.sql("select count(*) from report_draft where plan_id = :p").param("p", planId).query(Integer.class).single();
	}

	@Test
	void theCoordinatorPreviewsEditsAndDownloads() throws Exception {
		ReportFixture f = fixture();
		RequestPostProcessor coordinator = TestUsers.as(Role.COORDINATOR, f.province);
		String html = mvc.perform(get("/plans/" + f.planId + "/reports").param("round", String.valueOf(f.round.id()))
			.with(coordinator)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Document page = Jsoup.parse(html);
		assertThat(page.getElementById("report-preview").text()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
				"Đã quy hoạch 350 ha vùng trồng dược liệu.");
		assertThat(page.getElementById("texts-form")).isNotNull();
		assertThat(page.getElementById("leadership").text()).contains("Sở Khoa học và Công nghệ: Đã ban hành");
		assertThat(page.getElementById("download-pdf").attr("href"))
			.isEqualTo("/api/plans/" + f.planId + "/reports/" + f.round.id() + ".pdf");

		// a bad date and a missing signer title: both shown beside their fields, nothing saved
		String bad = mvc.perform(post("/plans/" + f.planId + "/reports/texts").with(coordinator).with(csrf())
			.param("round", String.valueOf(f.round.id())).param("rowVersion", "-1").param("number", "7/BC-UBND")
			.param("place", "Tuyên Quang").param("date", "31/02/2026").param("leadership", "Chỉ đạo mới")
			.param("signerTitle", " "))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Document badPage = Jsoup.parse(bad);
		assertThat(badPage.select("#date ~ .invalid-feedback").text()).contains("ngày/tháng/năm");
		assertThat(badPage.select("#signerTitle ~ .invalid-feedback").text()).isEqualTo("Vui lòng nhập nội dung này.");
		assertThat(badPage.getElementById("leadership").text()).isEqualTo("Chỉ đạo mới");
		assertThat(badPage.getElementById("date").val()).isEqualTo("31/02/2026");
		assertThat(drafts(f.planId)).isZero();

		mvc.perform(post("/plans/" + f.planId + "/reports/texts").with(coordinator).with(csrf())
			.param("round", String.valueOf(f.round.id())).param("rowVersion", "-1").param("number", "7/BC-UBND")
			.param("place", "Tuyên Quang").param("date", "20/11/2026").param("leadership", "Tỉnh ủy, UBND tỉnh chỉ đạo sát sao.")
			.param("signerTitle", "CHỦ TỊCH").param("signerName", "Trần Thị B"))
			.andExpect(status().is3xxRedirection());
		assertThat(drafts(f.planId)).isEqualTo(1);

		byte[] docx = mvc.perform(get("/api/plans/" + f.planId + "/reports/" + f.round.id() + ".docx").with(coordinator))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
			.andExpect(header().string("X-Report-Warnings", "0"))
			.andReturn().getResponse().getContentAsByteArray();
		try (XWPFWordExtractor x = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
			assertThat(x.getText()).contains("Số: 7/BC-UBND", "Tuyên Quang, ngày 20 tháng 11 năm 2026",
					"Tỉnh ủy, UBND tỉnh chỉ đạo sát sao.", "Trần Thị B");
		}
		byte[] pdf = mvc.perform(get("/api/plans/" + f.planId + "/reports/" + f.round.id() + ".pdf").with(coordinator))
			.andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(doc)).contains("Tỉnh ủy, UBND tỉnh chỉ đạo sát sao.", "Trần Thị B");
		}
		byte[] xlsx = mvc.perform(get("/api/plans/" + f.planId + "/reports/" + f.round.id() + ".xlsx").with(coordinator))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(3);
		}
		String csv = mvc.perform(get("/api/plans/" + f.planId + "/reports/" + f.round.id() + ".csv").param("table", "values")
			.with(coordinator)).andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("Sở KH&CN thống kê", ",12,");
		mvc.perform(get("/api/plans/" + f.planId + "/reports/" + f.round.id() + ".csv").param("table", "secrets").with(coordinator))
			.andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/plans/" + f.planId + "/reports/" + f.round.id() + ".exe").with(coordinator))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/plans/" + f.planId + "/reports/" + f.round.id()).with(coordinator))
			.andExpect(status().isOk()).andExpect(jsonPath("$.approvedReports").value(2))
			.andExpect(jsonPath("$.number").value("Số: 7/BC-UBND"));
	}

	@Test
	void onlyTheUnitAndThoseAboveReadItAndOnlyCoordinatorsEdit() throws Exception {
		ReportFixture f = fixture();
		long commune = jdbc.sql("select id from org_unit where parent_id = :p and version = '2025' order by code limit 1")
			.param("p", f.province).query(Long.class).single();
		RequestPostProcessor communeCoordinator = TestUsers.as(Role.COORDINATOR, commune);
		mvc.perform(get("/plans/" + f.planId + "/reports").with(communeCoordinator)).andExpect(status().isForbidden());
		mvc.perform(get("/api/plans/" + f.planId + "/reports/" + f.round.id() + ".docx").with(communeCoordinator))
			.andExpect(status().isForbidden()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		long other = jdbc.sql("select id from org_unit where name = 'Tỉnh Lào Cai' and version = '2025'").query(Long.class).single();
		mvc.perform(get("/api/plans/" + f.planId + "/reports/" + f.round.id() + ".pdf").with(TestUsers.as(Role.OVERSEER, other)))
			.andExpect(status().isForbidden());

		// a reporter of the province and an overseer above read it, but get no form and cannot save
		RequestPostProcessor reporter = TestUsers.as(Role.REPORTER, f.province, f.science);
		String html = mvc.perform(get("/plans/" + f.planId + "/reports").with(reporter)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(html).getElementById("texts-form")).isNull();
		long nation = jdbc.sql("select id from org_unit where parent_id is null and version = '2025'").query(Long.class).single();
		mvc.perform(get("/plans/" + f.planId + "/reports").with(TestUsers.as(Role.OVERSEER, nation))).andExpect(status().isOk());
		mvc.perform(post("/plans/" + f.planId + "/reports/texts").with(reporter).with(csrf())
			.param("round", String.valueOf(f.round.id())).param("place", "X").param("date", "20/11/2026").param("signerTitle", "Y"))
			.andExpect(status().isForbidden());
		assertThat(drafts(f.planId)).isZero();
		// a round of another plan is not this plan's
		ReportFixture g = fixture();
		mvc.perform(get("/api/plans/" + f.planId + "/reports/" + g.round.id() + ".docx").with(TestUsers.as(Role.COORDINATOR, f.province)))
			.andExpect(status().isNotFound());
	}

}
