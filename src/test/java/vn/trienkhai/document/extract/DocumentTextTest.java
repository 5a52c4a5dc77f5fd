package vn.trienkhai.document.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import vn.trienkhai.document.parse.PlanDraft;
import vn.trienkhai.document.parse.PlanParser;

/**
 * Real files built in the test: .docx with Word's auto-numbering and a task table, PDFs with a Vietnamese
 * font, an encrypted PDF, a scan, a zip bomb, an XXE attempt, renamed and legacy files, odd encodings.
 */
class DocumentTextTest {

	private static final ImportLimits LIMITS = ImportLimits.DEFAULT;

	private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

	private static final Path SAMPLE = Path.of("src/test/resources/parse/samples/nhu-khe-commune-plan-38-CTr-TU.txt");

	// ---- plain text -------------------------------------------------------------------------------------

	@Test
	void readsUtf8WithAndWithoutBom() throws Exception {
		byte[] plain = "KẾ HOẠCH\nTriển khai".getBytes(StandardCharsets.UTF_8);
		byte[] bom = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, plain);
		ExtractedText a = DocumentText.extract("ke-hoach.txt", plain, LIMITS);
		ExtractedText b = DocumentText.extract("ke-hoach.txt", bom, LIMITS);
		assertThat(a.text()).isEqualTo("KẾ HOẠCH\nTriển khai");
		assertThat(b.text()).isEqualTo(a.text());
		assertThat(a.format()).isEqualTo(ExtractedText.Format.TXT);
		assertThat(a.warnings()).isEmpty();
	}

	@Test
	void readsUtf16WithBom() throws Exception {
		byte[] le = concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, "Ủy ban nhân dân".getBytes(StandardCharsets.UTF_16LE));
		byte[] be = concat(new byte[] { (byte) 0xFE, (byte) 0xFF }, "Ủy ban nhân dân".getBytes(StandardCharsets.UTF_16BE));
		assertThat(DocumentText.extract("a.txt", le, LIMITS).text()).isEqualTo("Ủy ban nhân dân");
		assertThat(DocumentText.extract("a.txt", be, LIMITS).text()).isEqualTo("Ủy ban nhân dân");
	}

	@Test
	void markdownByName() throws Exception {
		ExtractedText md = DocumentText.extract("KE-HOACH.MD", "# KẾ HOẠCH".getBytes(StandardCharsets.UTF_8), LIMITS);
		assertThat(md.format()).isEqualTo(ExtractedText.Format.MD);
		assertThat(DocumentText.extract("a.markdown", "x y".getBytes(StandardCharsets.UTF_8), LIMITS).format())
			.isEqualTo(ExtractedText.Format.MD);
	}

	@Test
	void decomposedTextComesOutComposed() throws Exception {
		String nfd = java.text.Normalizer.normalize("Kế hoạch", java.text.Normalizer.Form.NFD);
		assertThat(DocumentText.extract("a.txt", nfd.getBytes(StandardCharsets.UTF_8), LIMITS).text())
			.isEqualTo("Kế hoạch");
	}

	@Test
	void windows1258IsNotGuessed() {
		// "Kế hoạch" in Windows-1258: ê + combining acute, a + combining dot below
		byte[] cp1258 = { 'K', (byte) 0xEA, (byte) 0xEC, ' ', 'h', 'o', 'a', (byte) 0xF2, 'c', 'h' };
		assertRejected("ke-hoach.txt", cp1258, LIMITS, "NOT_UTF8");
	}

	@Test
	void unknownExtensionIsReadAsTextWithAWarning() throws Exception {
		ExtractedText t = DocumentText.extract("ke-hoach.csv", "Kế hoạch số 12".getBytes(StandardCharsets.UTF_8),
				LIMITS);
		assertThat(t.format()).isEqualTo(ExtractedText.Format.TXT);
		assertThat(t.text()).isEqualTo("Kế hoạch số 12");
		assertThat(t.warnings()).singleElement().asString().contains(".csv").contains("văn bản thuần");
	}

	@Test
	void emptyAndOversizedFilesAreRefused() {
		assertRejected("a.txt", new byte[0], LIMITS, "EMPTY_FILE");
		ImportLimits small = new ImportLimits(100, 1000, 10, 1000, Duration.ofSeconds(5));
		assertRejected("a.txt", "x".repeat(101).getBytes(StandardCharsets.UTF_8), small, "TOO_LARGE");
	}

	@Test
	void longTextIsCutWithAWarning() throws Exception {
		ImportLimits small = new ImportLimits(10_000, 10_000, 10, 100, Duration.ofSeconds(5));
		ExtractedText t = DocumentText.extract("a.txt", "ă".repeat(300).getBytes(StandardCharsets.UTF_8), small);
		assertThat(t.text()).hasSize(100);
		assertThat(t.warnings()).singleElement().asString().contains("100 ký tự");
	}

	@Test
	void garbageIsRefused() {
		byte[] random = new byte[4096];
		new Random(42).nextBytes(random);
		random[0] = 'x'; // no accidental signature
		assertRejected("a.txt", random, LIMITS, "NOT_UTF8");
		byte[] controls = new byte[2048];
		for (int i = 0; i < controls.length; i++) {
			controls[i] = (byte) (i % 8 + 1); // valid UTF-8, but no text
		}
		DocumentRejectedException e = assertRejected("a.txt", controls, LIMITS, "UNSUPPORTED_FORMAT");
		assertThat(e.getMessage()).contains("không phải văn bản");
		// UTF-16 without a BOM decodes as UTF-8 into half NUL characters
		assertRejected("a.txt", "Ke hoach trien khai".getBytes(StandardCharsets.UTF_16LE), LIMITS, "UNSUPPORTED_FORMAT");
	}

	@Test
	void knownBinaryFormatsAreRefusedByContent() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0 };
		assertThat(assertRejected("plan.txt", png, LIMITS, "UNSUPPORTED_FORMAT").getMessage()).contains("PNG");
		byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10 };
		assertRejected("plan.pdf", jpeg, LIMITS, "UNSUPPORTED_FORMAT");
		byte[] exe = new byte[128];
		exe[0] = 'M';
		exe[1] = 'Z';
		assertRejected("plan.docx", exe, LIMITS, "UNSUPPORTED_FORMAT");
		// a typed line that starts with "MZ" is still text
		assertThat(assertReads("ghi-chu.txt", "MZ là viết tắt".getBytes(StandardCharsets.UTF_8)).text())
			.startsWith("MZ");
	}

	@Test
	void legacyWordIsRefusedWithAdvice() {
		byte[] ole2 = new byte[1024];
		byte[] magic = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		System.arraycopy(magic, 0, ole2, 0, magic.length);
		DocumentRejectedException e = assertRejected("ke-hoach.doc", ole2, LIMITS, "UNSUPPORTED_FORMAT");
		assertThat(e.getMessage()).contains(".docx");
	}

	// ---- DOCX ---------------------------------------------------------------------------------------------

	@Test
	void docxAutoNumberingIsWrittenOut() throws Exception {
		XWPFDocument doc = new XWPFDocument();
		BigInteger num = headingList(doc);
		numbered(doc, num, 0, "MỤC ĐÍCH, YÊU CẦU");
		numbered(doc, num, 1, "Mục đích");
		doc.createParagraph().createRun().setText("Nâng cao nhận thức.");
		numbered(doc, num, 1, "Yêu cầu");
		numbered(doc, num, 2, "Bám sát nội dung");
		numbered(doc, num, 2, "Phân công rõ");
		numbered(doc, num, 2, "Có lộ trình");
		numbered(doc, num, 2, "Có sản phẩm");
		numbered(doc, num, 2, "Tiết kiệm");
		numbered(doc, num, 3, "Gạch đầu dòng");
		numbered(doc, num, 0, "NHIỆM VỤ");
		numbered(doc, num, 1, "Nhiệm vụ chung");
		numbered(doc, num, 0, "TỔ CHỨC THỰC HIỆN");
		String text = DocumentText.extract("a.docx", bytes(doc), LIMITS).text();
		List<String> lines = lines(text);
		assertThat(lines).containsExactly("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Nâng cao nhận thức.", "2. Yêu cầu",
				"a) Bám sát nội dung", "b) Phân công rõ", "c) Có lộ trình", "d) Có sản phẩm", "e) Tiết kiệm",
				"- Gạch đầu dòng", "II. NHIỆM VỤ", "1. Nhiệm vụ chung", "III. TỔ CHỨC THỰC HIỆN");
	}

	@Test
	void docxMultiLevelMarkersAndStart() throws Exception {
		XWPFDocument doc = new XWPFDocument();
		BigInteger num = list(doc, 3, new String[][] { { "decimal", "%1." }, { "decimal", "%1.%2." } });
		numbered(doc, num, 0, "Phần đầu");
		numbered(doc, num, 1, "Mục con");
		numbered(doc, num, 1, "Mục con nữa");
		numbered(doc, num, 0, "Phần sau");
		numbered(doc, num, 1, "Lại từ đầu");
		assertThat(lines(DocumentText.extract("a.docx", bytes(doc), LIMITS).text())).containsExactly("3. Phần đầu",
				"3.1. Mục con", "3.2. Mục con nữa", "4. Phần sau", "4.1. Lại từ đầu");
	}

	@Test
	void docxNumberingFromHeadingStyles() throws Exception {
		XWPFDocument doc = new XWPFDocument();
		BigInteger num = headingList(doc);
		org.apache.poi.xwpf.usermodel.XWPFStyles styles = doc.createStyles();
		for (int level = 0; level < 2; level++) {
			org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle style =
					org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
			style.setStyleId("Heading" + (level + 1));
			style.addNewName().setVal("heading " + (level + 1));
			org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr numPr = style.addNewPPr().addNewNumPr();
			numPr.addNewNumId().setVal(num);
			numPr.addNewIlvl().setVal(BigInteger.valueOf(level));
			styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(style, styles));
		}
		String[][] paragraphs = { { "Heading1", "MỤC TIÊU" }, { "Heading2", "Mục tiêu chung" },
				{ "Heading2", "Mục tiêu cụ thể" }, { null, "Đến năm 2030 đạt 60%." }, { "Heading1", "NHIỆM VỤ" } };
		for (String[] p : paragraphs) {
			XWPFParagraph paragraph = doc.createParagraph();
			if (p[0] != null) {
				paragraph.setStyle(p[0]);
			}
			paragraph.createRun().setText(p[1]);
		}
		assertThat(lines(DocumentText.extract("a.docx", bytes(doc), LIMITS).text())).containsExactly("I. MỤC TIÊU",
				"1. Mục tiêu chung", "2. Mục tiêu cụ thể", "Đến năm 2030 đạt 60%.", "II. NHIỆM VỤ");
	}

	@Test
	void wordNumberFormats() {
		assertThat(WordNumbering.roman(4)).isEqualTo("IV");
		assertThat(WordNumbering.roman(14)).isEqualTo("XIV");
		assertThat(WordNumbering.number(9, "lowerRoman")).isEqualTo("ix");
		assertThat(WordNumbering.number(5, "lowerLetter")).isEqualTo("e");
		assertThat(WordNumbering.number(27, "upperLetter")).isEqualTo("AA");
		assertThat(WordNumbering.number(28, "lowerLetter")).isEqualTo("bb");
		assertThat(WordNumbering.number(7, "decimalZero")).isEqualTo("07");
	}

	@Test
	void docxTableBecomesPipeRows() throws Exception {
		XWPFDocument doc = new XWPFDocument();
		doc.createParagraph().createRun().setText("Phụ lục");
		taskTable(doc);
		List<String> lines = lines(DocumentText.extract("a.docx", bytes(doc), LIMITS).text());
		assertThat(lines).contains(
				"| Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |",
				"| Xây dựng kho dữ liệu dùng chung của tỉnh | Sở Thông tin và Truyền thông | Các sở, ban, ngành | Quý IV năm 2024 | Kho dữ liệu |");
	}

	@Test
	void docxMergedCells() throws Exception {
		XWPFDocument doc = new XWPFDocument();
		XWPFTable t = doc.createTable(3, 3);
		t.getRow(0).getCell(0).setText("Nhiệm vụ");
		t.getRow(0).getCell(1).setText("Cơ quan chủ trì");
		t.getRow(0).getCell(2).setText("Thời hạn");
		// a group heading across the whole table
		XWPFTableRow group = t.getRow(1);
		group.getCell(0).setText("A. Lĩnh vực kinh tế");
		group.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(3));
		group.removeCell(2);
		group.removeCell(1);
		XWPFTableRow task = t.getRow(2);
		task.getCell(0).setText("Rà soát quy hoạch");
		task.getCell(1).setText("Sở Kế hoạch và Đầu tư");
		task.getCell(2).setText("Năm 2024");
		t.createRow();
		XWPFTableRow merged = t.getRow(3);
		merged.getCell(0).setText("Thu hút đầu tư");
		task.getCell(1).getCTTc().addNewTcPr().addNewVMerge().setVal(
				org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.RESTART);
		merged.getCell(1).getCTTc().addNewTcPr().addNewVMerge();
		merged.getCell(2).setText("Năm 2025");
		List<String> lines = lines(DocumentText.extract("a.docx", bytes(doc), LIMITS).text());
		assertThat(lines).containsExactly("| Nhiệm vụ | Cơ quan chủ trì | Thời hạn |", "| A. Lĩnh vực kinh tế |  |  |",
				"| Rà soát quy hoạch | Sở Kế hoạch và Đầu tư | Năm 2024 |",
				"| Thu hút đầu tư | Sở Kế hoạch và Đầu tư | Năm 2025 |");
	}

	@Test
	void docxPlanThroughTheParser() throws Exception {
		XWPFDocument doc = new XWPFDocument();
		XWPFTable header = doc.createTable(3, 2);
		header.getRow(0).getCell(0).setText("ỦY BAN NHÂN DÂN TỈNH GIA LAI");
		header.getRow(0).getCell(1).setText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
		header.getRow(1).getCell(0).setText("Số: 12/KH-UBND");
		header.getRow(1).getCell(1).setText("Độc lập - Tự do - Hạnh phúc");
		header.getRow(2).getCell(1).setText("Gia Lai, ngày 05 tháng 3 năm 2024");
		doc.createParagraph().createRun().setText("KẾ HOẠCH");
		doc.createParagraph().createRun().setText("Triển khai chuyển đổi số trên địa bàn tỉnh năm 2024");
		doc.createParagraph().createRun().setText("Thực hiện Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng"
				+ " Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:");
		BigInteger num = headingList(doc);
		numbered(doc, num, 0, "MỤC ĐÍCH, YÊU CẦU");
		numbered(doc, num, 1, "Mục đích");
		doc.createParagraph().createRun().setText("Đẩy mạnh chuyển đổi số trong các cơ quan nhà nước.");
		numbered(doc, num, 1, "Yêu cầu");
		doc.createParagraph().createRun().setText("Bảo đảm thiết thực, hiệu quả.");
		numbered(doc, num, 0, "NHIỆM VỤ VÀ GIẢI PHÁP");
		doc.createParagraph().createRun().setText("Các nhiệm vụ cụ thể tại bảng sau:");
		taskTable(doc);
		numbered(doc, num, 0, "TỔ CHỨC THỰC HIỆN");
		numbered(doc, num, 1, "Sở Thông tin và Truyền thông");
		doc.createParagraph().createRun().setText("Chủ trì, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo"
				+ " Ủy ban nhân dân tỉnh trước ngày 15/12/2024.");
		numbered(doc, num, 1, "Sở Tài chính");
		doc.createParagraph().createRun().setText("Tham mưu bố trí kinh phí thực hiện Kế hoạch.");

		ExtractedText extracted = DocumentText.extract("ke-hoach.docx", bytes(doc), LIMITS);
		assertThat(extracted.format()).isEqualTo(ExtractedText.Format.DOCX);
		PlanDraft draft = PlanParser.parse(extracted.text());
		assertThat(draft.document().number()).isEqualTo("12/KH-UBND");
		assertThat(draft.document().issuedOn()).hasToString("2024-03-05");
		assertThat(draft.document().kind()).isEqualTo(PlanDraft.Kind.KE_HOACH);
		assertThat(draft.references()).extracting(PlanDraft.Reference::number).contains("749/QĐ-TTg");
		List<String> top = draft.sections().stream().map(s -> s.number() + " " + s.title()).toList();
		assertThat(top).containsExactly("I MỤC ĐÍCH, YÊU CẦU", "II NHIỆM VỤ VÀ GIẢI PHÁP", "III TỔ CHỨC THỰC HIỆN");
		PlanDraft.Section implementation = draft.sections().get(2);
		assertThat(implementation.role()).isEqualTo("implementation");
		assertThat(implementation.children()).extracting(PlanDraft.Section::number).containsExactly("1", "2");
		List<PlanDraft.Task> fromTable = draft.tasks().stream().filter(t -> "table".equals(t.source())).toList();
		assertThat(fromTable).extracting(PlanDraft.Task::lead)
			.containsExactly("Sở Thông tin và Truyền thông", "Sở Nội vụ");
		assertThat(fromTable.get(0).text()).contains("kho dữ liệu dùng chung");
	}

	@Test
	void zipBombIsStoppedWhileInflating() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 40; i++) {
				zip.write(zeros);
			}
		}
		assertThat(bytes.size()).isLessThan(200_000);
		ImportLimits limits = new ImportLimits(LIMITS.maxBytes(), 16L * 1024 * 1024, 500, 1_000_000, Duration.ofSeconds(30));
		DocumentRejectedException e = assertRejected("bom.docx", bytes.toByteArray(), limits, "TOO_LARGE");
		assertThat(e.getMessage()).contains("giải nén");
	}

	@Test
	void tooManyZipEntriesAreRefused() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i <= DocxText.MAX_ENTRIES; i++) {
				zip.putNextEntry(new ZipEntry("word/media/" + i));
			}
		}
		assertRejected("a.docx", bytes.toByteArray(), LIMITS, "TOO_LARGE");
	}

	@Test
	void externalEntitiesAreNeverResolved(@TempDir Path dir) throws Exception {
		Path secret = dir.resolve("secret.txt");
		Files.writeString(secret, "BI-MAT-7319");
		XWPFDocument doc = new XWPFDocument();
		doc.createParagraph().createRun().setText("Kế hoạch");
		String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
				+ "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
				+ "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
				+ "<w:p><w:r><w:t>Kế hoạch &xxe;</w:t></w:r></w:p></w:body></w:document>";
		byte[] evil = replaceEntry(bytes(doc), "word/document.xml", xml.getBytes(StandardCharsets.UTF_8));
		try {
			ExtractedText t = DocumentText.extract("xxe.docx", evil, LIMITS);
			assertThat(t.text()).doesNotContain("BI-MAT-7319");
		}
		catch (DocumentRejectedException e) {
			assertThat(e.code()).isIn("DAMAGED", "UNSAFE");
			assertThat(e.getMessage()).contains("DOCTYPE").doesNotContain("BI-MAT-7319");
		}
		// and POI itself, without our check in front, does not resolve it either
		try (XWPFDocument opened = new XWPFDocument(new ByteArrayInputStream(evil));
				XWPFWordExtractor extractor = new XWPFWordExtractor(opened)) {
			assertThat(extractor.getText()).doesNotContain("BI-MAT-7319");
		}
		catch (Exception refused) {
			assertThat(String.valueOf(refused.getMessage())).doesNotContain("BI-MAT-7319");
		}
	}

	@Test
	void damagedDocxIsRefused() throws Exception {
		byte[] good = bytes(new XWPFDocument());
		byte[] cut = Arrays.copyOf(good, good.length / 2);
		assertRejected("a.docx", cut, LIMITS, "DAMAGED");
		byte[] junk = concat(new byte[] { 'P', 'K', 3, 4 }, new byte[500]);
		assertRejected("a.docx", junk, LIMITS, "DAMAGED");
		// a zip with a document.xml that is not XML
		byte[] notXml = replaceEntry(good, "word/document.xml", "không phải XML".getBytes(StandardCharsets.UTF_8));
		assertRejected("a.docx", notXml, LIMITS, "DAMAGED");
	}

	@Test
	void otherZipFormatsAreRefused() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
			zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
		}
		DocumentRejectedException e = assertRejected("bang.docx", bytes.toByteArray(), LIMITS, "UNSUPPORTED_FORMAT");
		assertThat(e.getMessage()).contains("Excel");
	}

	// ---- PDF ----------------------------------------------------------------------------------------------

	@Test
	void pdfWithVietnameseText() throws Exception {
		byte[] pdf = pdf(List.of("KẾ HOẠCH", "Triển khai chuyển đổi số năm 2024", "Ủy ban nhân dân tỉnh Gia Lai"));
		ExtractedText t = DocumentText.extract("ke-hoach.pdf", pdf, LIMITS);
		assertThat(t.format()).isEqualTo(ExtractedText.Format.PDF);
		assertThat(t.warnings()).isEmpty();
		assertThat(lines(t.text())).containsExactly("KẾ HOẠCH", "Triển khai chuyển đổi số năm 2024",
				"Ủy ban nhân dân tỉnh Gia Lai");
	}

	@Test
	void pdfNamedDocxIsReadAsPdfWithAWarning() throws Exception {
		byte[] pdf = pdf(List.of("KẾ HOẠCH", "Triển khai chuyển đổi số năm 2024"));
		ExtractedText t = DocumentText.extract("ke-hoach.docx", pdf, LIMITS);
		assertThat(t.format()).isEqualTo(ExtractedText.Format.PDF);
		assertThat(t.text()).contains("Triển khai chuyển đổi số");
		assertThat(t.warnings()).singleElement().asString().contains(".docx").contains("PDF");
	}

	@Test
	void passwordProtectedPdfIsRefused() throws Exception {
		byte[] plain = pdf(List.of("KẾ HOẠCH bí mật của Ủy ban nhân dân tỉnh"));
		try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain)) {
			doc.protect(policy("chu", "nguoidung", new AccessPermission()));
			DocumentRejectedException e = assertRejected("a.pdf", save(doc), LIMITS, "ENCRYPTED");
			assertThat(e.getMessage()).startsWith("PDF được đặt mật khẩu");
		}
		try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain)) {
			AccessPermission noCopy = new AccessPermission();
			noCopy.setCanExtractContent(false);
			doc.protect(policy("chu", "", noCopy));
			assertRejected("a.pdf", save(doc), LIMITS, "ENCRYPTED");
		}
		try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain)) {
			// empty user password and copying allowed: a common "protected" PDF that anyone may read
			doc.protect(policy("chu", "", new AccessPermission()));
			assertThat(DocumentText.extract("a.pdf", save(doc), LIMITS).text()).contains("bí mật");
		}
	}

	@Test
	void scannedPdfHasNoTextLayer() throws Exception {
		BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 400, 300);
		g.setColor(Color.BLACK);
		g.drawString("KE HOACH (anh chup)", 40, 60);
		g.dispose();
		try (PDDocument doc = new PDDocument()) {
			for (int i = 0; i < 2; i++) {
				PDPage page = new PDPage(PDRectangle.A4);
				doc.addPage(page);
				PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
				try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
					cs.drawImage(xobject, 50, 400, 400, 300);
				}
			}
			DocumentRejectedException e = assertRejected("scan.pdf", save(doc), LIMITS, "NO_TEXT_LAYER");
			assertThat(e.getMessage()).contains("nhận dạng ký tự");
		}
	}

	@Test
	void pdfPageLimit() throws Exception {
		byte[] pdf = pdf(List.of("Trang một", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
				"", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
				"", "", "", "", "", "", "Trang hai"));
		ImportLimits onePage = new ImportLimits(LIMITS.maxBytes(), LIMITS.maxUnzippedBytes(), 1, 1000, Duration.ofSeconds(30));
		DocumentRejectedException e = assertRejected("a.pdf", pdf, onePage, "TOO_LARGE");
		assertThat(e.getMessage()).contains("2 trang");
	}

	@Test
	void damagedPdfIsRefused() throws Exception {
		assertRejected("a.pdf", "%PDF-1.7\nrác rác rác".getBytes(StandardCharsets.UTF_8), LIMITS, "DAMAGED");
		byte[] good = pdf(List.of("KẾ HOẠCH triển khai"));
		assertRejected("a.pdf", Arrays.copyOf(good, 200), LIMITS, "DAMAGED");
	}

	/**
	 * The header as Word exports it, column after column; this is what decided setSortByPosition(false) in
	 * PdfText: in stream order the parser reads the number, the place and the date.
	 */
	@Test
	void pdfTwoColumnHeaderStaysReadable() throws Exception {
		assumeTrue(Files.isReadable(FONT), "no DejaVuSans font");
		try (PDDocument doc = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			doc.addPage(page);
			PDType0Font font = PDType0Font.load(doc, FONT.toFile());
			try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
				column(cs, font, 50, 800, "ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "Số: 12/KH-UBND");
				column(cs, font, 290, 800, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
						"Gia Lai, ngày 05 tháng 3 năm 2024");
				column(cs, font, 50, 720, "KẾ HOẠCH", "Triển khai chuyển đổi số năm 2024", "I. MỤC ĐÍCH, YÊU CẦU",
						"1. Mục đích", "Đẩy mạnh chuyển đổi số trong các cơ quan nhà nước.");
			}
			PlanDraft draft = PlanParser.parse(DocumentText.extract("a.pdf", save(doc), LIMITS).text());
			assertThat(draft.document().number()).isEqualTo("12/KH-UBND");
			assertThat(draft.document().issuedOn()).hasToString("2024-03-05");
			assertThat(draft.document().place()).isEqualTo("Gia Lai");
		}
	}

	@Test
	void pdfRoundTripOfASample() throws Exception {
		assumeTrue(Files.isReadable(FONT), "no DejaVuSans font");
		String sample = Files.readString(SAMPLE);
		// the first part: header, preamble and the first sections, with the references in them
		String part = sample.substring(0, sample.indexOf("III- NHIỆM VỤ"));
		List<String> wrapped = new ArrayList<>();
		for (String line : part.split("\n", -1)) {
			wrapped.addAll(wrap(line.replace("**", "").replaceAll("^#+\\s*", ""), 90));
		}
		byte[] pdf = pdf(wrapped);
		PlanDraft fromPdf = PlanParser.parse(DocumentText.extract("nhu-khe.pdf", pdf, LIMITS).text());
		PlanDraft fromText = PlanParser.parse(part);
		assertThat(fromPdf.document().number()).isEqualTo(fromText.document().number());
		assertThat(fromPdf.references()).extracting(PlanDraft.Reference::number)
			.containsExactlyElementsOf(fromText.references().stream().map(PlanDraft.Reference::number).toList())
			.contains("38-CTr/TU", "36-NQ/TW");
		assertThat(fromPdf.references()).extracting(PlanDraft.Reference::issuedOn)
			.containsExactlyElementsOf(fromText.references().stream().map(PlanDraft.Reference::issuedOn).toList());
	}

	// ---- the time limit and faults inside POI/PDFBox ------------------------------------------------------

	@Test
	void slowReadsTimeOut() {
		ImportLimits fast = new ImportLimits(1000, 1000, 1, 1000, Duration.ofMillis(200));
		long started = System.nanoTime();
		assertThatThrownBy(() -> Worker.run(fast, () -> {
			Thread.sleep(10_000);
			return "";
		})).isInstanceOf(DocumentRejectedException.class).extracting(e -> ((DocumentRejectedException) e).code())
			.isEqualTo("TIMEOUT");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void faultsBecomeDamaged() {
		for (Throwable fault : List.of(new OutOfMemoryError("test"), new StackOverflowError(), new IllegalStateException(),
				new IOException("test"))) {
			assertThatThrownBy(() -> Worker.run(LIMITS, () -> {
				if (fault instanceof Error error) {
					throw error;
				}
				throw (Exception) fault;
			})).isInstanceOf(DocumentRejectedException.class)
				.extracting(e -> ((DocumentRejectedException) e).code())
				.isEqualTo("DAMAGED");
		}
	}

	// ---- helpers ------------------------------------------------------------------------------------------

	private static DocumentRejectedException assertRejected(String name, byte[] content, ImportLimits limits,
			String code) {
		try {
			ExtractedText t = DocumentText.extract(name, content, limits);
			throw new AssertionError("expected " + code + " but read: " + t.text());
		}
		catch (DocumentRejectedException e) {
			assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
			assertThat(e.getMessage()).isNotBlank();
			return e;
		}
	}

	private static ExtractedText assertReads(String name, byte[] content) {
		try {
			return DocumentText.extract(name, content, LIMITS);
		}
		catch (DocumentRejectedException e) {
			throw new AssertionError(e.code() + ": " + e.getMessage(), e);
		}
	}

	private static List<String> lines(String text) {
		return Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] out = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}

	private static byte[] bytes(XWPFDocument doc) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		doc.write(out);
		doc.close();
		return out.toByteArray();
	}

	/** Word's usual plan list: I. / 1. / a) / bullet. */
	private static BigInteger headingList(XWPFDocument doc) {
		return list(doc, 1, new String[][] { { "upperRoman", "%1." }, { "decimal", "%2." }, { "lowerLetter", "%3)" },
				{ "bullet", "\uF0B7" } });
	}

	private static int abstractIds = 10;

	private static BigInteger list(XWPFDocument doc, int start, String[][] levels) {
		CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
		abstractNum.setAbstractNumId(BigInteger.valueOf(abstractIds++));
		for (int i = 0; i < levels.length; i++) {
			CTLvl lvl = abstractNum.addNewLvl();
			lvl.setIlvl(BigInteger.valueOf(i));
			lvl.addNewStart().setVal(BigInteger.valueOf(i == 0 ? start : 1));
			lvl.addNewNumFmt().setVal(STNumberFormat.Enum.forString(levels[i][0]));
			lvl.addNewLvlText().setVal(levels[i][1]);
		}
		XWPFNumbering numbering = doc.createNumbering();
		BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
		return numbering.addNum(abstractId);
	}

	private static void numbered(XWPFDocument doc, BigInteger num, int level, String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setNumID(num);
		p.setNumILvl(BigInteger.valueOf(level));
		p.createRun().setText(text);
	}

	private static void taskTable(XWPFDocument doc) {
		String[][] rows = {
				{ "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm" },
				{ "Xây dựng kho dữ liệu dùng chung của tỉnh", "Sở Thông tin và Truyền thông", "Các sở, ban, ngành",
						"Quý IV năm 2024", "Kho dữ liệu" },
				{ "Đào tạo kỹ năng số cho cán bộ, công chức", "Sở Nội vụ", "Ủy ban nhân dân các huyện",
						"Tháng 6 năm 2024", "Lớp tập huấn" } };
		XWPFTable t = doc.createTable(rows.length, 5);
		for (int r = 0; r < rows.length; r++) {
			for (int c = 0; c < 5; c++) {
				t.getRow(r).getCell(c).setText(rows[r][c]);
			}
		}
	}

	private static byte[] replaceEntry(byte[] zipBytes, String name, byte[] replacement) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(entry.getName().equals(name) ? replacement : in.readAllBytes());
			}
		}
		return out.toByteArray();
	}

	/** Lines on A4 pages in DejaVu Sans, as a word processor would print them. */
	private static byte[] pdf(List<String> lines) throws IOException {
		assumeTrue(Files.isReadable(FONT), "no DejaVuSans font");
		try (PDDocument doc = new PDDocument()) {
			PDType0Font font = PDType0Font.load(doc, FONT.toFile());
			int perPage = 50;
			for (int from = 0; from < Math.max(1, lines.size()); from += perPage) {
				PDPage page = new PDPage(PDRectangle.A4);
				doc.addPage(page);
				try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
					column(cs, font, 50, 800, lines.subList(from, Math.min(lines.size(), from + perPage))
						.toArray(String[]::new));
				}
			}
			return save(doc);
		}
	}

	private static void column(PDPageContentStream cs, PDType0Font font, float x, float y, String... lines)
			throws IOException {
		cs.beginText();
		cs.setFont(font, 10);
		cs.newLineAtOffset(x, y);
		for (String line : lines) {
			if (!line.isEmpty()) {
				cs.showText(line);
			}
			cs.newLineAtOffset(0, -14);
		}
		cs.endText();
	}

	private static List<String> wrap(String line, int width) {
		List<String> out = new ArrayList<>();
		String rest = line.strip();
		while (rest.length() > width) {
			int cut = rest.lastIndexOf(' ', width);
			if (cut <= 0) {
				cut = width;
			}
			out.add(rest.substring(0, cut));
			rest = rest.substring(cut).strip();
		}
		out.add(rest);
		return out;
	}

	private static StandardProtectionPolicy policy(String owner, String user, AccessPermission permission) {
		StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, permission);
		policy.setEncryptionKeyLength(128);
		return policy;
	}

	private static byte[] save(PDDocument doc) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		doc.save(out);
		return out.toByteArray();
	}

}
