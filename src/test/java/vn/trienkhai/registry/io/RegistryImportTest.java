package vn.trienkhai.registry.io;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.TestUsers;
import vn.trienkhai.platform.Role;
import vn.trienkhai.registry.shared.RegistryTable.Column;

/**
 * The import page end to end on the real database, through the test table {@link IndexOnlyTable}: all or
 * nothing, skipping bad rows, rows the database refuses, headers, encodings, XLSX, permissions, templates.
 */
@IntegrationTest
class RegistryImportTest {

	private static final AtomicInteger NUMBERS = new AtomicInteger((int) (System.nanoTime() % 800) * 1000);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long quangNgai;

	long hue;

	@BeforeEach
	void units() {
		quangNgai = unit("51");
		hue = unit("46");
	}

	long unit(String code) {
		return jdbc.sql("select id from org_unit where code = :c and version = '2025'").param("c", code)
			.query(Long.class).single();
	}

	static int number() {
		return NUMBERS.incrementAndGet();
	}

	long saved(int... numbers) {
		long count = 0;
		for (int n : numbers) {
			count += jdbc.sql("select count(*) from registry_entry where kind = 'ST_TASK' and record_id = :id")
				.param("id", IndexOnlyTable.BASE + n).query(Long.class).single();
		}
		return count;
	}

	MockMultipartHttpServletRequestBuilder upload(String name, byte[] bytes, boolean skipBad, long unit) {
		MockMultipartHttpServletRequestBuilder request = multipart("/registry/import")
			.file(new MockMultipartFile("file", name, "text/csv", bytes));
		request.param("kind", "ST_TASK").param("unit", String.valueOf(unit)).param("skipBad", String.valueOf(skipBad))
			.with(csrf());
		return request;
	}

	Document report(MockMultipartHttpServletRequestBuilder request) throws Exception {
		request.with(TestUsers.as(Role.COORDINATOR, quangNgai));
		String html = mvc.perform(request)
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return Jsoup.parse(html);
	}

	@Test
	void aCleanFileImportsEveryRow() throws Exception {
		int a = number();
		int b = number();
		String csv = "number;title;unit\n" + a + ";Nhân giống lan kim tuyến;\n" + b + ";Chế phẩm vi sinh;51\n";
		Document page = report(upload("nhiem-vu.csv", csv.getBytes(StandardCharsets.UTF_8), false, quangNgai));
		assertThat(page.select("#registry-import-outcome").text()).isEqualTo("Đã nhập 2 dòng.");
		assertThat(page.select("#registry-import-problems")).isEmpty();
		assertThat(saved(a, b)).isEqualTo(2);
	}

	@Test
	void oneBadRowSavesNothingAndTheReportNamesRowColumnAndReason() throws Exception {
		int a = number();
		int b = number();
		String csv = "number,title\n" + a + ",Nhân giống lan\nabc,Tên hợp lệ\n" + b + ",x\n";
		Document page = report(upload("loi.csv", csv.getBytes(StandardCharsets.UTF_8), false, quangNgai));
		assertThat(page.select("#registry-import-outcome").text()).startsWith("Chưa nhập dòng nào");
		assertThat(page.select("#registry-import-problems tbody tr")).hasSize(2);
		assertThat(page.select("#registry-import-problems tbody tr").get(0).select("td").eachText())
			.containsExactly("3", "number", "registry.import.test.number.invalid");
		assertThat(page.select("#registry-import-problems tbody tr").get(1).select("td").eachText())
			.containsExactly("4", "title", "registry.import.test.required");
		assertThat(saved(a, b)).isZero();
	}

	@Test
	void skippingBadRowsKeepsTheGoodOnes() throws Exception {
		int a = number();
		int b = number();
		String csv = "number,title\n" + a + ",Nhân giống lan\nabc,Tên hợp lệ\n" + b + ",Nuôi cấy mô\n";
		Document page = report(upload("loi.csv", csv.getBytes(StandardCharsets.UTF_8), true, quangNgai));
		assertThat(page.select("#registry-import-outcome").text()).isEqualTo("Đã nhập 2 dòng, bỏ qua 1 dòng có lỗi.");
		assertThat(saved(a, b)).isEqualTo(2);
	}

	@Test
	void aRowTheDatabaseRefusesIsReportedAgainstItsRow() throws Exception {
		int a = number();
		String csv = "number,title\n" + a + ",Lần đầu\n" + a + ",Lần hai\n";
		Document page = report(upload("trung.csv", csv.getBytes(StandardCharsets.UTF_8), false, quangNgai));
		assertThat(page.select("#registry-import-problems tbody tr td").eachText()).containsExactly("3",
				"(cả dòng)", "Không lưu được dòng này (trùng với bản ghi đã có hoặc với dòng khác trong tệp).");
		assertThat(saved(a)).isZero();

		page = report(upload("trung.csv", csv.getBytes(StandardCharsets.UTF_8), true, quangNgai));
		assertThat(page.select("#registry-import-outcome").text()).isEqualTo("Đã nhập 1 dòng, bỏ qua 1 dòng có lỗi.");
		assertThat(jdbc.sql("select title from registry_entry where kind = 'ST_TASK' and record_id = :id")
			.param("id", IndexOnlyTable.BASE + a).query(String.class).single()).isEqualTo("Lần đầu");
	}

	@Test
	void aUnitOutsideTheImportUnitIsAProblemOfItsCell() throws Exception {
		int a = number();
		// 46 is Huế: not below Quảng Ngãi
		String csv = "number,title,unit\n" + a + ",Nhân giống,46\n";
		Document page = report(upload("don-vi.csv", csv.getBytes(StandardCharsets.UTF_8), true, quangNgai));
		assertThat(page.select("#registry-import-problems tbody td").eachText()).containsExactly("2", "unit",
				"registry.import.test.unit.unknown");
		assertThat(saved(a)).isZero();
	}

	@Test
	void unknownAndMissingColumnsStopTheFileEvenWhenSkipping() throws Exception {
		int a = number();
		String csv = "number,tieu de sai\n" + a + ",Nhân giống\n";
		Document page = report(upload("cot.csv", csv.getBytes(StandardCharsets.UTF_8), true, quangNgai));
		assertThat(page.select("#registry-import-problems tbody tr td:nth-child(3)").eachText()).containsExactly(
				"Cột «tieu de sai» không có trong mẫu.", "Thiếu cột bắt buộc «title».");
		assertThat(saved(a)).isZero();
	}

	@Test
	void windows1258AndTcvn3FilesAreConvertedAndTheReportSaysSo() throws Exception {
		int a = number();
		byte[] cp1258 = LegacyTextTest.cp1258("number;title\n" + a + ";Công nghệ sinh học Đồng Tháp\n");
		Document page = report(upload("cu.csv", cp1258, false, quangNgai));
		assertThat(page.select("#registry-import-encoding").text()).contains("Windows-1258");
		assertThat(jdbc.sql("select title from registry_entry where kind = 'ST_TASK' and record_id = :id")
			.param("id", IndexOnlyTable.BASE + a).query(String.class).single()).isEqualTo("Công nghệ sinh học Đồng Tháp");

		int b = number();
		byte[] head = ("number;title\n" + b + ";").getBytes(StandardCharsets.US_ASCII);
		byte[] tcvn = { 'C', (byte) 0xAB, 'n', 'g', ' ', 'n', 'g', 'h', (byte) 0xD6, ' ', 's', 'i', 'n', 'h', ' ', 'h',
				(byte) 0xE4, 'c', '\n' };
		byte[] file = new byte[head.length + tcvn.length];
		System.arraycopy(head, 0, file, 0, head.length);
		System.arraycopy(tcvn, 0, file, head.length, tcvn.length);
		page = report(upload("abc.csv", file, false, quangNgai));
		assertThat(page.select("#registry-import-encoding").text()).contains("TCVN3");
		assertThat(jdbc.sql("select title from registry_entry where kind = 'ST_TASK' and record_id = :id")
			.param("id", IndexOnlyTable.BASE + b).query(String.class).single()).isEqualTo("Công nghệ sinh học");
	}

	@Test
	void anXlsxFileImportsAndABrokenOneIsRefused() throws Exception {
		int a = number();
		List<Column> columns = new IndexOnlyTable(jdbc).columns();
		byte[] xlsx = TableWriter.xlsx("Nhiệm vụ", columns, List.of("number", "title", "unit"),
				List.of(Map.of("number", String.valueOf(a), "title", "Bảo tồn nguồn gen quế")));
		Document page = report(upload("nv.xlsx", xlsx, false, quangNgai));
		assertThat(page.select("#registry-import-outcome").text()).isEqualTo("Đã nhập 1 dòng.");
		assertThat(saved(a)).isEqualTo(1);

		page = report(upload("nv.xlsx", "PK\u0003\u0004xx".getBytes(StandardCharsets.ISO_8859_1), false, quangNgai));
		assertThat(page.select("#registry-import-file-error").text())
			.isEqualTo("Không đọc được tệp XLSX: tệp bị hỏng hoặc không phải bảng tính.");
	}

	@Test
	void overseersAndOtherProvincesMayNotImport() throws Exception {
		int a = number();
		byte[] csv = ("number,title\n" + a + ",Nhân giống\n").getBytes(StandardCharsets.UTF_8);
		mvc.perform(upload("a.csv", csv, false, quangNgai).with(TestUsers.as(Role.OVERSEER, quangNgai)))
			.andExpect(status().isForbidden());
		mvc.perform(upload("a.csv", csv, false, quangNgai).with(TestUsers.as(Role.COORDINATOR, hue)))
			.andExpect(status().isForbidden());
		assertThat(saved(a)).isZero();
	}

	@Test
	void theTemplateAndTheExportCarryTheColumns() throws Exception {
		byte[] template = mvc.perform(get("/registry/import/tasks/template.csv").with(TestUsers.as(Role.REPORTER, hue)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		String text = new String(template, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFnumber *,title *,unit\r\n1,Nhân giống lan rừng,20");

		int a = number();
		report(upload("x.csv", ("number,title\n" + a + ",Xuất ra được\n").getBytes(StandardCharsets.UTF_8), false,
				quangNgai));
		byte[] export = mvc.perform(get("/registry/import/tasks/export.xlsx").param("unit", String.valueOf(quangNgai))
			.with(TestUsers.as(Role.COORDINATOR, quangNgai))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		TableFile file = TableFile.read("export.xlsx", export);
		assertThat(file.lines()).anySatisfy(line -> assertThat(line.cells()).containsExactly(String.valueOf(a),
				"Xuất ra được"));
		mvc.perform(get("/registry/import/nothing/template.csv").with(TestUsers.as(Role.REPORTER, hue)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theImportPageOffersTheRegistriesWithImport() throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/registry/import").with(TestUsers.as(Role.COORDINATOR, quangNgai)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#kind option[value=ST_TASK]")).hasSize(1);
		assertThat(page.select("#registry-import-files a[href*=template.xlsx]")).isNotEmpty();
	}

}
