package vn.trienkhai.document.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.TestUsers;
import vn.trienkhai.agency.Agencies;
import vn.trienkhai.document.DocumentImports;
import vn.trienkhai.platform.Role;

/**
 * The import from upload to confirmation through MockMvc on the real database: what is stored, what is
 * refused (and that nothing is stored then), form errors, conflicts, roles, scope, the API.
 */
@IntegrationTest
class ImportPagesIT {

	static final Path SAMPLE = Path.of("src/test/resources/parse/cases/an-khe-town-plan-88-KH-UBND.txt");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Agencies agencies;

	@Autowired
	DocumentImports imports;

	/** Tỉnh Tuyên Quang (08) and Tỉnh Cao Bằng (04). */
	long province;

	long otherProvince;

	byte[] sample;

	@BeforeEach
	void setUp() throws Exception {
		province = unit("08");
		otherProvince = unit("04");
		sample = Files.readAllBytes(SAMPLE);
	}

	long unit(String code) {
		return jdbc.sql("select id from org_unit where code = :c and version = '2025'").param("c", code).query(Long.class).single();
	}

	RequestPostProcessor coordinator() {
		return TestUsers.as(Role.COORDINATOR, province);
	}

	int count(String sql, Object... args) {
		JdbcClient.StatementSpec spec = jdbc.sql(sql);
		for (int i = 0; i < args.length; i++) {
			spec = spec.param(i + 1, args[i]);
		}
		return spec.query(Integer.class).single();
	}

	long upload(byte[] bytes, String name) throws Exception {
		MvcResult result = mvc.perform(multipart("/documents").file(new MockMultipartFile("file", name, "text/plain", bytes))
			.param("unit", String.valueOf(province))
			.with(coordinator())
			.with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).matches("/documents/\\d+");
		return Long.parseLong(location.substring("/documents/".length()));
	}

	/** What a browser would submit from the review page: every field of the form as it stands. */
	static List<String[]> formFields(String html) {
		Document page = Jsoup.parse(html);
		Element form = page.getElementById("review-form");
		List<String[]> fields = new ArrayList<>();
		for (Element e : form.select("input[name], select[name], textarea[name]")) {
			if (e.closest("template") != null) {
				continue;
			}
			String type = e.attr("type");
			if ((type.equals("checkbox") || type.equals("radio")) && !e.hasAttr("checked")) {
				continue;
			}
			String value = switch (e.tagName()) {
				case "textarea" -> e.wholeText();
				case "select" -> e.select("option[selected]").isEmpty() ? e.select("option").first().val()
						: e.select("option[selected]").first().val();
				default -> e.val();
			};
			fields.add(new String[] { e.attr("name"), value });
		}
		return fields;
	}

	static MockHttpServletRequestBuilder submit(long id, List<String[]> fields, String action) {
		MockHttpServletRequestBuilder request = post("/documents/" + id).param("action", action);
		for (String[] f : fields) {
			request = request.param(f[0], f[1]);
		}
		return request;
	}

	static void set(List<String[]> fields, String name, String value) {
		boolean found = false;
		for (String[] f : fields) {
			if (f[0].equals(name)) {
				f[1] = value;
				found = true;
			}
		}
		if (!found) {
			fields.add(new String[] { name, value });
		}
	}

	String reviewPage(long id) throws Exception {
		return mvc.perform(get("/documents/" + id).with(coordinator()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void anUploadIsStoredWholeAndTheReviewShowsItsTextItemsAndAgencyMatches() throws Exception {
		String known = "PHÒNG KINH TẾ";
		if (agencies.findByName(province, known).isEmpty()) {
			agencies.findOrCreate(province, known);
		}
		long id = upload(sample, "ke-hoach-64.txt");

		Map<String, Object> row = jdbc.sql("select status, format, size_bytes, file_name, content, reviewed from imported_document where id = ?")
			.param(id)
			.query()
			.singleRow();
		assertThat(row.get("status")).isEqualTo("REVIEW");
		assertThat(row.get("format")).isEqualTo("TXT");
		assertThat(((Number) row.get("size_bytes")).intValue()).isEqualTo(sample.length);
		assertThat((byte[]) row.get("content")).isEqualTo(sample);
		assertThat(row.get("reviewed")).isNull();
		assertThat(count("select count(*) from audit_event where entity_type = 'imported_document' and entity_id = ? and action = 'IMPORT'",
				String.valueOf(id))).isEqualTo(1);

		String html = reviewPage(id);
		Document page = Jsoup.parse(html);
		assertThat(page.getElementById("doc-text").wholeText()).isEqualTo(imports.text(id));
		assertThat(page.select("#rows-targets > .review-item")).isNotEmpty();
		// every item carries the span of the text it was read from
		Element firstTarget = page.selectFirst("#rows-targets > .review-item");
		int start = Integer.parseInt(firstTarget.attr("data-start"));
		int end = Integer.parseInt(firstTarget.attr("data-end"));
		assertThat(imports.text(id).substring(start, end)).containsPattern("\\d");
		// "Phòng Kinh tế" in the text matches the recorded "PHÒNG KINH TẾ"
		assertThat(page.select("#rows-agencies .agency-match").eachText()).contains("Đã có: " + known);
		assertThat(page.select("#rows-agencies .agency-new")).isNotEmpty();
		assertThat(page.getElementById("review-confirm")).isNotNull();
	}

	@Test
	void confirmingStoresTheReviewedDraftWithTheCorrectionsAndLocksIt() throws Exception {
		long id = upload(sample, "ke-hoach-64-confirm.txt");
		List<String[]> fields = formFields(reviewPage(id));
		int targetsBefore = ((List<?>) imports.parsedDraft(id).get("targets")).size();
		set(fields, "number", "64/KH-UBND");
		set(fields, "issuedOn", "15/3/2024");
		set(fields, "targets[0].removed", "true");
		set(fields, "tasks[900].text", "Xây dựng cơ sở dữ liệu công nghệ sinh học của tỉnh");
		set(fields, "tasks[900].lead", "Sở Khoa học và Công nghệ");
		set(fields, "tasks[900].coordinators", "Sở Y tế; Sở Văn hóa, Thể thao và Du lịch");
		set(fields, "tasks[900].deadline", "30/6/2025");

		mvc.perform(submit(id, fields, "confirm").with(coordinator()).with(csrf()))
			.andExpect(status().is3xxRedirection());

		Map<String, Object> reviewed = imports.currentDraft(id);
		Map<?, ?> document = (Map<?, ?>) reviewed.get("document");
		assertThat(document.get("number")).isEqualTo("64/KH-UBND");
		assertThat(document.get("issuedOn")).isEqualTo("2024-03-15");
		assertThat((List<?>) reviewed.get("targets")).hasSize(targetsBefore - 1);
		List<?> tasks = (List<?>) reviewed.get("tasks");
		Map<?, ?> added = (Map<?, ?>) tasks.get(tasks.size() - 1);
		assertThat(added.get("lead")).isEqualTo("Sở Khoa học và Công nghệ");
		assertThat(added.get("coordinators")).isEqualTo(List.of("Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch"));
		assertThat(added.get("deadline")).isEqualTo("2025-06-30");
		assertThat(added.get("source")).isEqualTo("manual");
		assertThat(imports.get(id).isConfirmed()).isTrue();
		assertThat(imports.get(id).number()).isEqualTo("64/KH-UBND");
		assertThat(count("select count(*) from audit_event where entity_type = 'imported_document' and entity_id = ? and action = 'CONFIRM'",
				String.valueOf(id))).isEqualTo(1);

		// confirmed: read-only, and a second submit (a double click, a tab left open) changes nothing and says why
		Document page = Jsoup.parse(reviewPage(id));
		assertThat(page.getElementById("review-confirm")).isNull();
		assertThat(page.getElementById("document-status").text()).isEqualTo("Đã xác nhận");
		set(fields, "number", "65/KH-UBND");
		mvc.perform(submit(id, fields, "save").with(coordinator()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("notice", "document.notice.alreadyConfirmed"));
		assertThat(imports.get(id).number()).isEqualTo("64/KH-UBND");
		// nor can it be discarded
		mvc.perform(post("/documents/" + id + "/discard").param("rowVersion", String.valueOf(imports.get(id).rowVersion()))
			.with(coordinator()).with(csrf())).andExpect(status().isConflict());
		assertThat(imports.find(id)).isPresent();
	}

	@Test
	void invalidFieldsAreShownBesideTheirInputsAndNothingIsSaved() throws Exception {
		long id = upload(sample, "ke-hoach-64-invalid.txt");
		List<String[]> fields = formFields(reviewPage(id));
		set(fields, "targets[0].value", "bảy");
		set(fields, "targets[1].year", "1800");
		set(fields, "issuedOn", "31/2/2024");
		set(fields, "tasks[0].deadline", "tháng 13");
		set(fields, "references[0].number", "");
		int version = imports.get(id).rowVersion();

		String html = mvc.perform(submit(id, fields, "confirm").with(coordinator()).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Document page = Jsoup.parse(html);
		assertThat(page.getElementById("review-errors")).isNotNull();
		assertThat(page.select(".invalid-feedback").eachText()).contains(
				"Giá trị phải là số không âm, ví dụ 7 hoặc 7,5 hoặc 1.000.",
				"Ngày không hợp lệ; ghi dạng 30/4/2024 hoặc 2024-04-30.",
				"Thời hạn không hợp lệ; ghi dạng 30/4/2024, 15/11 (hằng năm) hoặc 12 (tháng 12 hằng năm).",
				"Vui lòng nhập số, ký hiệu của văn bản được dẫn.", "Năm không hợp lệ; ghi bốn chữ số, ví dụ 2030.");
		// what the person typed is still there to correct
		assertThat(page.getElementById("targets0.value").val()).isEqualTo("bảy");
		assertThat(imports.get(id).rowVersion()).isEqualTo(version);
		assertThat(imports.get(id).isConfirmed()).isFalse();
		assertThat(count("select count(*) from imported_document where id = ? and reviewed is null", id)).isEqualTo(1);

		// a forged row index far past any plan is a bad request, not a crash
		set(fields, "tasks[999999].text", "x");
		mvc.perform(submit(id, fields, "save").with(coordinator()).with(csrf())).andExpect(status().isBadRequest());
	}

	@Test
	void aStaleSaveIsAConflictAndKeepsTheFirstEdit() throws Exception {
		long id = upload(sample, "ke-hoach-64-stale.txt");
		List<String[]> first = formFields(reviewPage(id));
		List<String[]> second = formFields(reviewPage(id));
		set(first, "title", "Bản sửa của người thứ nhất");
		mvc.perform(submit(id, first, "save").with(coordinator()).with(csrf())).andExpect(status().is3xxRedirection());
		set(second, "title", "Bản sửa của người thứ hai");
		String html = mvc.perform(submit(id, second, "save").with(coordinator()).with(csrf()))
			.andExpect(status().isConflict())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(((Map<?, ?>) imports.currentDraft(id).get("document")).get("title")).isEqualTo("Bản sửa của người thứ nhất");
		// the second person's edits are still on the page, with the notice, ready to save over the first
		Document page = Jsoup.parse(html);
		assertThat(page.getElementById("review-conflict")).isNotNull();
		assertThat(page.getElementById("title").wholeText()).isEqualTo("Bản sửa của người thứ hai");
		mvc.perform(submit(id, formFields(html), "save").with(coordinator()).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(((Map<?, ?>) imports.currentDraft(id).get("document")).get("title")).isEqualTo("Bản sửa của người thứ hai");
	}

	@Test
	void filesThatCannotBeReadAreRefusedWithTheReasonAndNothingIsStored() throws Exception {
		int before = count("select count(*) from imported_document");
		byte[] windows1258 = { 'S', (byte) 0xD4, ' ', 'K', 'H', (byte) 0xC3, 'C', 'N', ' ', (byte) 0xFE, (byte) 0xFF };
		String html = mvc.perform(multipart("/documents").file(new MockMultipartFile("file", "cu.txt", "text/plain", windows1258))
			.param("unit", String.valueOf(province))
			.with(coordinator())
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(html).getElementById("upload-error").text()).contains("UTF-8");
		html = mvc.perform(multipart("/documents").file(new MockMultipartFile("file", "trong.txt", "text/plain", new byte[0]))
			.param("unit", String.valueOf(province))
			.with(coordinator())
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(html).getElementById("upload-error").text()).isEqualTo("Vui lòng chọn tệp cần nhập.");
		assertThat(count("select count(*) from imported_document")).isEqualTo(before);
	}

	@Test
	void onlyCoordinatorsAndAdministratorsImportAndOnlyWithinTheirScope() throws Exception {
		long id = upload(sample, "ke-hoach-64-scope.txt");
		mvc.perform(get("/documents/" + id).with(TestUsers.as(Role.COORDINATOR, otherProvince))).andExpect(status().isForbidden());
		mvc.perform(get("/documents/" + id + "/original").with(TestUsers.as(Role.OVERSEER, otherProvince)))
			.andExpect(status().isForbidden());
		// an overseer of the unit reads, but has no form to change
		String html = mvc.perform(get("/documents/" + id).with(TestUsers.as(Role.OVERSEER, province)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(html).getElementById("review-confirm")).isNull();
		List<String[]> fields = formFields(reviewPage(id));
		mvc.perform(submit(id, fields, "confirm").with(TestUsers.as(Role.OVERSEER, province)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(submit(id, fields, "confirm").with(TestUsers.as(Role.COORDINATOR, otherProvince)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/documents").file(new MockMultipartFile("file", "a.txt", "text/plain", sample))
			.param("unit", String.valueOf(province))
			.with(TestUsers.as(Role.REPORTER, province))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(multipart("/documents").file(new MockMultipartFile("file", "a.txt", "text/plain", sample))
			.param("unit", String.valueOf(province))
			.with(TestUsers.as(Role.COORDINATOR, otherProvince))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(imports.get(id).isConfirmed()).isFalse();
		// the list shows only imports within the scope
		String list = mvc.perform(get("/documents").with(TestUsers.as(Role.COORDINATOR, otherProvince)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).doesNotContain("ke-hoach-64-scope.txt");
		list = mvc.perform(get("/documents").with(coordinator())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains("ke-hoach-64-scope.txt");
	}

	@Test
	void theOriginalIsDownloadedExactlyAsUploaded() throws Exception {
		long id = upload(sample, "Kế hoạch 64.txt");
		byte[] body = mvc.perform(get("/documents/" + id + "/original").with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(body).isEqualTo(sample);
	}

	@Test
	void confirmingNeedsALeadForEveryTaskAndNumbersWithAmpersandsAreKept() throws Exception {
		long id = upload(sample, "ke-hoach-64-lead.txt");
		List<String[]> fields = formFields(reviewPage(id));
		set(fields, "number", "12/KH-SKH&CN");
		set(fields, "tasks[0].lead", "");
		// a forged list index leaves holes (nulls) in the frequencies: ignored, not a crash
		set(fields, "duties[0].frequency[3]", "annual");
		String html = mvc.perform(submit(id, fields, "confirm").with(coordinator()).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(html).select(".invalid-feedback").eachText())
			.containsExactly("Cần có cơ quan chủ trì trước khi xác nhận.");
		assertThat(imports.get(id).isConfirmed()).isFalse();
		// saving without confirming is fine without a lead
		mvc.perform(submit(id, fields, "save").with(coordinator()).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(imports.get(id).number()).isEqualTo("12/KH-SKH&CN");
		Map<?, ?> reporting = (Map<?, ?>) imports.currentDraft(id).get("reporting");
		Map<?, ?> duty = (Map<?, ?>) ((List<?>) reporting.get("duties")).get(0);
		assertThat(duty.get("frequency").toString()).contains("annual");
	}

	@Test
	void aFormerUnitIsNotAnIssuerAndTheApiKeepsToTheScope() throws Exception {
		long district = jdbc.sql("select id from org_unit where version = '2024' and level = 2 order by id limit 1")
			.query(Long.class).single();
		mvc.perform(get("/documents/new").param("unit", String.valueOf(district))
			.with(TestUsers.as(Role.ADMINISTRATOR, jdbc.sql("select id from org_unit where level = 0").query(Long.class).single())))
			.andExpect(status().isBadRequest());
		long id = upload(sample, "ke-hoach-64-api.txt");
		mvc.perform(get("/api/documents/" + id).with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REVIEW"))
			.andExpect(jsonPath("$.draft.document.number").value("88/KH-UBND"));
		mvc.perform(get("/api/documents/" + id).with(TestUsers.as(Role.COORDINATOR, otherProvince)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(post("/documents/" + id + "/discard").param("rowVersion", String.valueOf(imports.get(id).rowVersion()))
			.with(TestUsers.as(Role.OVERSEER, province)).with(csrf())).andExpect(status().isForbidden());
		assertThat(imports.find(id)).isPresent();
	}

	@Test
	void anImportUnderReviewCanBeDiscarded() throws Exception {
		long id = upload(sample, "ke-hoach-64-discard.txt");
		mvc.perform(post("/documents/" + id + "/discard").param("rowVersion", String.valueOf(imports.get(id).rowVersion()))
			.with(coordinator()).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(imports.find(id)).isEmpty();
		assertThat(count("select count(*) from audit_event where entity_type = 'imported_document' and entity_id = ? and action = 'DELETE'",
				String.valueOf(id))).isEqualTo(1);
	}

	@Test
	void theParseApiAnswersWithTheDraftAndMatchesOrAProblem() throws Exception {
		if (agencies.findByName(province, "PHÒNG KINH TẾ").isEmpty()) {
			agencies.findOrCreate(province, "PHÒNG KINH TẾ");
		}
		int before = count("select count(*) from imported_document");
		mvc.perform(multipart("/api/documents/parse").file(new MockMultipartFile("file", "ke-hoach.txt", "text/plain", sample))
			.param("unit", String.valueOf(province))
			.with(coordinator()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(jsonPath("$.document.kind").value("KE_HOACH"))
			.andExpect(jsonPath("$.document.number").value("88/KH-UBND"))
			.andExpect(jsonPath("$.document.issuedOn").value("2023-06-07"))
			.andExpect(jsonPath("$.document.issuer").value("Ủy ban nhân dân thị xã An Khê"))
			.andExpect(jsonPath("$.format").value("TXT"))
			.andExpect(jsonPath("$.agencies[?(@.name == 'Phòng Kinh tế')].match.name").value(org.hamcrest.Matchers.hasItem("PHÒNG KINH TẾ")))
			.andExpect(jsonPath("$.agencies[0].match").hasJsonPath())
			.andExpect(jsonPath("$.targets").isNotEmpty())
			.andExpect(jsonPath("$.text").isString());
		mvc.perform(multipart("/api/documents/parse").file(new MockMultipartFile("file", "x.txt", "text/plain",
				new byte[] { (byte) 0xC3, (byte) 0x28, 'a' }))
			.with(coordinator()).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("UTF-8")));
		mvc.perform(multipart("/api/documents/parse").with(coordinator()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(multipart("/api/documents/parse").file(new MockMultipartFile("file", "ke-hoach.txt", "text/plain", sample))
			.with(TestUsers.as(Role.REPORTER, province)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(count("select count(*) from imported_document")).as("parse stores nothing").isEqualTo(before);
	}

}
