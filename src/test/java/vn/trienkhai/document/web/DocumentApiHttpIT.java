package vn.trienkhai.document.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.trienkhai.IntegrationTest;

/**
 * {@code POST /api/documents/parse} over real HTTP, as a script would call it: a real .docx with a task
 * table, and an upload far over the limit, which the server refuses before reading it.
 */
@IntegrationTest
class DocumentApiHttpIT {

	private static final String BOUNDARY = "----trienkhai-test-boundary";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	HttpResponse<String> post(String fileName, byte[] content) throws Exception {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/documents/parse"))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString("admin:Admin-Test-Pass-2026".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	static byte[] docxPlan() throws Exception {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String line : new String[] { "ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "Số: 215/KH-UBND",
					"Lào Cai, ngày 10 tháng 5 năm 2024", "KẾ HOẠCH",
					"Thực hiện Nghị quyết số 36-NQ/TW ngày 30/01/2023 của Bộ Chính trị về phát triển và ứng dụng công nghệ sinh học",
					"I. MỤC TIÊU", "Đến năm 2030, có ít nhất 05 doanh nghiệp ứng dụng công nghệ sinh học.",
					"II. TỔ CHỨC THỰC HIỆN", "Phụ lục: Danh mục nhiệm vụ" }) {
				doc.createParagraph().createRun().setText(line);
			}
			XWPFTable table = doc.createTable(3, 5);
			String[][] cells = {
					{ "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm" },
					{ "Xây dựng cơ sở dữ liệu công nghệ sinh học", "Sở Khoa học và Công nghệ", "Sở Tài chính", "Quý IV/2025",
							"Cơ sở dữ liệu" },
					{ "Hỗ trợ doanh nghiệp đổi mới công nghệ", "Sở Công Thương", "Sở Khoa học và Công nghệ", "Năm 2026",
							"Doanh nghiệp được hỗ trợ" } };
			for (int r = 0; r < cells.length; r++) {
				for (int c = 0; c < 5; c++) {
					table.getRow(r).getCell(c).setText(cells[r][c]);
				}
			}
			doc.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void aDocxPlanComesBackAsItsDraft() throws Exception {
		HttpResponse<String> response = post("ke-hoach-215.docx", docxPlan());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"number\":\"215/KH-UBND\"")
			.contains("\"format\":\"DOCX\"")
			.contains("\"number\":\"36-NQ/TW\"")
			.contains("\"lead\":\"Sở Công Thương\"")
			.contains("Xây dựng cơ sở dữ liệu công nghệ sinh học");
	}

	@Test
	void anUploadOverTheLimitIsRefusedAsProblemJsonAndNothingIsStored() throws Exception {
		int before = jdbc.sql("select count(*) from imported_document").query(Integer.class).single();
		byte[] fifty = new byte[50 * 1024 * 1024];
		java.util.Arrays.fill(fifty, (byte) 'a');
		HttpResponse<String> response = post("lon.txt", fifty);
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				v -> assertThat(v).startsWith("application/problem+json"));
		assertThat(response.body()).contains("Dữ liệu gửi lên quá lớn").doesNotContain("Exception");
		assertThat(jdbc.sql("select count(*) from imported_document").query(Integer.class).single()).isEqualTo(before);
	}

}
