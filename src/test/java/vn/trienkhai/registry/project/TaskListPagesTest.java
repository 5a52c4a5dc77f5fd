package vn.trienkhai.registry.project;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.TestUsers;
import vn.trienkhai.agency.Agencies;
import vn.trienkhai.platform.Role;

/**
 * The annual S&amp;T task list from the officers' side, through the pages: the Department of Science and
 * Technology opens the year, a commune and a department propose, the department reviews (a return needs a
 * reason, a returned proposal comes back corrected), compiles only when everything is reviewed, records the
 * People's Committee's decision, and the list is locked; the DOCX and XLSX are read back. Province 75 and 31.
 */
@IntegrationTest
class TaskListPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Agencies agencies;

	long province;

	long commune;

	long otherProvince;

	long communeAgency;

	long department;

	@BeforeEach
	void setUp() {
		province = unit("75");
		otherProvince = unit("31");
		commune = jdbc.sql("select id from org_unit where parent_id = :p and version = '2025' order by code limit 1")
			.param("p", province).query(Long.class).single();
		communeAgency = agencies.create(commune, null, "Ủy ban nhân dân xã " + System.nanoTime()).id();
		department = agencies.create(province, null, "Sở Nông nghiệp và Môi trường " + System.nanoTime()).id();
	}

	private long unit(String code) {
		return jdbc.sql("select id from org_unit where code = :c and version = '2025'").param("c", code).query(Long.class).single();
	}

	private RequestPostProcessor dost() {
		return TestUsers.as(Role.COORDINATOR, province);
	}

	private RequestPostProcessor communeOfficer() {
		return TestUsers.as(Role.REPORTER, commune, communeAgency);
	}

	private RequestPostProcessor departmentOfficer() {
		return TestUsers.as(Role.REPORTER, province, department);
	}

	private long openList(int year, LocalDate deadline) throws Exception {
		mvc.perform(post("/registry/tasks/lists").with(dost()).with(csrf()).param("unit", String.valueOf(province))
			.param("year", String.valueOf(year)).param("proposalDeadline", deadline.toString()))
			.andExpect(status().is3xxRedirection());
		return jdbc.sql("select id from task_list where org_unit_id = :u and year = :y").param("u", province).param("y", year)
			.query(Long.class).single();
	}

	private MockHttpServletRequestBuilder proposal(long list, long unit, long agency, String title) {
		return proposal("/registry/tasks", list, unit, agency, title);
	}

	private MockHttpServletRequestBuilder proposal(String url, long list, long unit, long agency, String title) {
		return post(url).with(csrf()).param("taskList", String.valueOf(list)).param("unit", String.valueOf(unit))
			.param("ownerAgency", String.valueOf(agency)).param("title", title)
			.param("objectives", "Làm chủ quy trình " + title.toLowerCase()).param("expectedOutputs", "Quy trình kỹ thuật")
			.param("durationMonths", "24").param("estimatedBudget", "1250.5").param("field", "AGRICULTURE")
			.param("visibility", "INTERNAL");
	}

	private long idOf(String title) {
		return jdbc.sql("select id from task_proposal where title = :t").param("t", title).query(Long.class).single();
	}

	private int version(long proposal) {
		return jdbc.sql("select row_version from task_proposal where id = :id").param("id", proposal).query(Integer.class).single();
	}

	private int listVersion(long list) {
		return jdbc.sql("select row_version from task_list where id = :id").param("id", list).query(Integer.class).single();
	}

	private Document page(String url, RequestPostProcessor user) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(user)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	@Test
	void fromProposalsToTheApprovedListAndItsDocuments() throws Exception {
		int year = Year.now().getValue() + 1;
		long list = openList(year, LocalDate.now().plusDays(30));
		String tag = String.valueOf(System.nanoTime());
		String fromCommune = "Nhân giống lan bằng nuôi cấy mô " + tag;
		String fromDepartment = "Chế phẩm vi sinh xử lý phụ phẩm " + tag;
		mvc.perform(proposal(list, commune, communeAgency, fromCommune).with(communeOfficer())).andExpect(status().is3xxRedirection());
		mvc.perform(proposal(list, province, department, fromDepartment).with(departmentOfficer()))
			.andExpect(status().is3xxRedirection());

		// a proposal without objectives or with a duration of 0 months: errors beside the fields, nothing saved
		Document bad = Jsoup.parse(mvc.perform(post("/registry/tasks").with(csrf()).with(communeOfficer())
			.param("taskList", String.valueOf(list)).param("unit", String.valueOf(commune))
			.param("ownerAgency", String.valueOf(communeAgency)).param("title", "Thiếu " + tag).param("objectives", " ")
			.param("durationMonths", "0").param("field", "AGRICULTURE"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(bad.select("#objectives.is-invalid")).hasSize(1);
		assertThat(jdbc.sql("select count(*) from task_proposal where task_list_id = :l").param("l", list).query(Long.class)
			.single()).isEqualTo(2);

		// another province neither reads the list nor proposes into it
		mvc.perform(get("/registry/tasks/lists/" + list).with(TestUsers.as(Role.REPORTER, otherProvince, null)))
			.andExpect(status().isForbidden());

		Document detail = page("/registry/tasks/lists/" + list, dost());
		assertThat(detail.select("#proposal-table tbody tr")).hasSize(2);
		assertThat(detail.select("#proposal-table tbody tr").first().text()).contains("1.250,5").contains("Chờ xem xét");
		assertThat(detail.select("h1").text()).isEqualTo("Danh mục nhiệm vụ KH&CN năm " + year + " — Tỉnh Đồng Nai");
		assertThat(detail.select("#tasklist-compile button").hasAttr("disabled")).isTrue();
		// a commune officer sees the list but cannot review
		assertThat(page("/registry/tasks/lists/" + list, communeOfficer()).select("form[id^=review-]")).isEmpty();

		mvc.perform(post("/registry/tasks/lists/" + list + "/compile").with(dost()).with(csrf())
			.param("rowVersion", String.valueOf(listVersion(list))))
			.andExpect(flash().attribute("stepError", "registry.tasklist.error.pending"));

		long c = idOf(fromCommune);
		long d = idOf(fromDepartment);
		mvc.perform(post("/registry/tasks/" + c + "/review").with(dost()).with(csrf()).param("rowVersion", String.valueOf(version(c)))
			.param("decision", "RETURNED")).andExpect(flash().attribute("stepError", "registry.task.error.reason"));
		mvc.perform(post("/registry/tasks/" + c + "/review").with(dost()).with(csrf()).param("rowVersion", String.valueOf(version(c)))
			.param("decision", "RETURNED").param("reason", "Bổ sung sản phẩm cụ thể")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/registry/tasks/" + d + "/review").with(dost()).with(csrf()).param("rowVersion", String.valueOf(version(d)))
			.param("decision", "ACCEPTED")).andExpect(status().is3xxRedirection());
		// the commune officer may not review its own proposal
		mvc.perform(post("/registry/tasks/" + c + "/review").with(communeOfficer()).with(csrf())
			.param("rowVersion", String.valueOf(version(c))).param("decision", "ACCEPTED")).andExpect(status().isForbidden());

		// the commune reads why, corrects, and the proposal waits for review again
		Document returned = page("/registry/tasks/" + c, communeOfficer());
		assertThat(returned.select("#proposal-review").text()).contains("Trả lại").contains("Bổ sung sản phẩm cụ thể");
		mvc.perform(proposal("/registry/tasks/" + c, list, commune, communeAgency, fromCommune).with(communeOfficer())
			.param("rowVersion", String.valueOf(version(c))))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select review from task_proposal where id = :id").param("id", c).query(String.class).optional())
			.isEmpty();
		// an accepted proposal is locked for its proposer
		assertThat(page("/registry/tasks/" + d, departmentOfficer()).select("#proposal-readonly")).hasSize(1);
		mvc.perform(post("/registry/tasks/" + c + "/review").with(dost()).with(csrf()).param("rowVersion", String.valueOf(version(c)))
			.param("decision", "ACCEPTED")).andExpect(status().is3xxRedirection());

		mvc.perform(post("/registry/tasks/lists/" + list + "/compile").with(dost()).with(csrf())
			.param("rowVersion", String.valueOf(listVersion(list))))
			.andExpect(flash().attribute("flash", "registry.tasklist.flash.compiled"));
		// the draft shows each reader what it may read: the commune not the department's internal proposal
		try (XWPFDocument draft = new XWPFDocument(new ByteArrayInputStream(mvc.perform(
				get("/registry/tasks/lists/" + list + "/export.docx").with(communeOfficer())).andReturn().getResponse()
			.getContentAsByteArray()))) {
			assertThat(draft.getTables().get(1).getText()).contains(fromCommune).doesNotContain(fromDepartment);
			assertThat(draft.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n")))
				.contains("(Dự thảo — chưa được Ủy ban nhân dân tỉnh Đồng Nai phê duyệt)");
		}
		// compiled: no new proposals
		Document late = Jsoup.parse(mvc.perform(proposal(list, commune, communeAgency, "Muộn " + tag).with(communeOfficer()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(late.select("#proposal-error").text()).contains("đã được tổng hợp");

		mvc.perform(post("/registry/tasks/lists/" + list + "/approve").with(dost()).with(csrf())
			.param("rowVersion", String.valueOf(listVersion(list))).param("decisionNumber", "số 45")
			.param("decisionDate", LocalDate.now().toString()))
			.andExpect(flash().attribute("stepError", "registry.tasklist.error.decisionNumber"));
		LocalDate decided = LocalDate.now().minusDays(2);
		mvc.perform(post("/registry/tasks/lists/" + list + "/approve").with(dost()).with(csrf())
			.param("rowVersion", String.valueOf(listVersion(list))).param("decisionNumber", "45/QĐ-UBND")
			.param("decisionDate", decided.toString()))
			.andExpect(flash().attribute("flash", "registry.tasklist.flash.approved"));
		Document approved = page("/registry/tasks/lists/" + list, dost());
		assertThat(approved.select("#tasklist-status").text()).isEqualTo("Đã phê duyệt");
		assertThat(approved.select("#tasklist-locked")).hasSize(1);
		assertThat(approved.select("#tasklist-workflow, form[id^=review-]")).isEmpty();
		mvc.perform(post("/registry/tasks/" + c + "/review").with(dost()).with(csrf()).param("rowVersion", String.valueOf(version(c)))
			.param("decision", "RETURNED").param("reason", "muộn"))
			.andExpect(flash().attribute("stepError", "registry.tasklist.error.status.APPROVED"));

		byte[] docx = mvc.perform(get("/registry/tasks/lists/" + list + "/export.docx").with(communeOfficer()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".docx")))
			.andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
			assertThat(text).contains("DANH MỤC NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ CẤP TỈNH NĂM " + year)
				.contains("(Kèm theo Quyết định số 45/QĐ-UBND ngày "
						+ decided.format(java.time.format.DateTimeFormatter.ofPattern("dd")) + " tháng "
						+ (decided.getMonthValue() <= 2 ? "0" : "") + decided.getMonthValue() + " năm " + decided.getYear()
						+ " của Ủy ban nhân dân ");
			assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getOrient().toString()).isEqualTo("landscape");
			XWPFTable header = doc.getTables().get(0);
			assertThat(header.getText()).contains("ỦY BAN NHÂN DÂN").contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
				.contains("Độc lập - Tự do - Hạnh phúc");
			XWPFTable table = doc.getTables().get(1);
			assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("Tên nhiệm vụ");
			assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("Lĩnh vực nông nghiệp");
			List<String> titles = table.getRows().stream().skip(2).limit(2).map(r -> r.getCell(1).getText()).toList();
			assertThat(titles).containsExactlyInAnyOrder(fromCommune, fromDepartment);
			assertThat(table.getRow(2).getCell(5).getText()).isEqualTo("1.250,5");
			assertThat(table.getRow(table.getNumberOfRows() - 1).getCell(0).getText()).isEqualTo("Tổng cộng: 2 nhiệm vụ");
			assertThat(table.getRow(table.getNumberOfRows() - 1).getCell(1).getText()).isEqualTo("2.501");
			assertThat(table.getRow(2).getCell(1).getParagraphs().get(0).getRuns().get(0).getFontFamily())
				.isEqualTo("Times New Roman");
		}

		byte[] xlsx = mvc.perform(get("/registry/tasks/lists/" + list + "/export.xlsx").with(dost()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			// the reader leaves out empty rows: index them by their number (1-based in the file)
			java.util.Map<Integer, Row> rows = book.getFirstSheet().read().stream()
				.collect(Collectors.toMap(r -> r.getRowNum() - 1, r -> r));
			assertThat(rows.get(1).getCellText(0)).isEqualTo("DANH MỤC NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ CẤP TỈNH NĂM " + year);
			assertThat(rows.get(2).getCellText(0)).startsWith("(Kèm theo Quyết định số 45/QĐ-UBND");
			assertThat(rows.get(TaskListWorkbook.HEADER_ROW).getCellText(5)).isEqualTo("Kinh phí dự kiến (triệu đồng)");
			assertThat(rows.get(TaskListWorkbook.HEADER_ROW + 1).getCellText(1)).isEqualTo("Lĩnh vực nông nghiệp");
			Row first = rows.get(TaskListWorkbook.HEADER_ROW + 2);
			assertThat(first.getCell(5).asNumber()).isEqualByComparingTo("1250.5");
			assertThat(first.getCell(4).asNumber()).isEqualByComparingTo("24");
			Row total = rows.get(TaskListWorkbook.HEADER_ROW + 4);
			assertThat(total.getCellText(1)).isEqualTo("Tổng cộng: 2 nhiệm vụ");
			assertThat(total.getCell(5).getFormula()).isEqualTo("SUM(F" + (TaskListWorkbook.HEADER_ROW + 2) + ":F"
					+ (TaskListWorkbook.HEADER_ROW + 4) + ")");
		}
		mvc.perform(get("/registry/tasks/lists/" + list + "/export.docx").with(TestUsers.as(Role.REPORTER, otherProvince, null)))
			.andExpect(status().isForbidden());
	}

	@Test
	void afterTheDeadlineOnlyTheDepartmentAddsAndAYearIsOpenedOnce() throws Exception {
		int year = Year.now().getValue();
		long list = openList(year, LocalDate.of(year - 1, 6, 30));
		String tag = String.valueOf(System.nanoTime());
		Document late = Jsoup.parse(mvc.perform(proposal(list, commune, communeAgency, "Muộn " + tag).with(communeOfficer()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(late.select("#proposal-error").text()).contains("Đã quá hạn đề xuất (30/06/" + (year - 1) + ")");
		mvc.perform(proposal(list, province, department, "Bổ sung " + tag).with(dost())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/registry/tasks/lists").with(dost()).with(csrf()).param("unit", String.valueOf(province))
			.param("year", String.valueOf(year)))
			.andExpect(flash().attribute("stepError", "registry.tasklist.error.exists"));
		// a commune officer cannot open a list, nor a coordinator of another province for this one
		mvc.perform(post("/registry/tasks/lists").with(communeOfficer()).with(csrf()).param("unit", String.valueOf(commune))
			.param("year", String.valueOf(year))).andExpect(status().isForbidden());
		mvc.perform(post("/registry/tasks/lists").with(TestUsers.as(Role.COORDINATOR, otherProvince)).with(csrf())
			.param("unit", String.valueOf(province)).param("year", String.valueOf(year + 1))).andExpect(status().isForbidden());
		// the proposer withdraws while it is pending
		long p = idOf("Bổ sung " + tag);
		mvc.perform(post("/registry/tasks/" + p + "/withdraw").with(dost()).with(csrf()).param("rowVersion", String.valueOf(version(p))))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from registry_entry where kind = 'ST_TASK' and record_id = :id").param("id", p)
			.query(Long.class).single()).isZero();
		Document index = page("/registry/tasks", communeOfficer());
		assertThat(index.select("#tasklist-" + list)).hasSize(1);
		assertThat(index.select("#tasklist-open")).isEmpty();
	}

}
