package vn.trienkhai.report;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import vn.trienkhai.report.ImplementationReport.Appendix;
import vn.trienkhai.report.ImplementationReport.Block;
import vn.trienkhai.report.ImplementationReport.Heading;
import vn.trienkhai.report.ImplementationReport.Paragraph;
import vn.trienkhai.report.ImplementationReport.Table;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF read back with PDFBox: Decree 30's page, margins, texts and fonts, on a report of many pages. */
class PdfReportWriterTest {

	private static final float PT_PER_MM = 72f / 25.4f;

	private static final String SUBJECT_1 = "Kết quả thực hiện Kế hoạch số 12/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh";

	private static final String SUBJECT_2 = "triển khai Nghị quyết số 36-NQ/TW năm 2026";

	private static final String TABLE_HEADER = "Đơn vị chủ trì";

	private static final String LONG_CELL_END = "KẾTTHÚCÔDÀI";

	private static final String APPENDIX_TITLE = "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ";

	private static SpringTemplateEngine engine;

	private static PdfReportWriter writer;

	private static ImplementationReport report;

	private static byte[] pdf;

	@BeforeAll
	static void writeTheBigReport() throws IOException {
		engine = templateEngine();
		writer = new PdfReportWriter(engine, new Glyphs());
		report = bigReport();
		// the first run loads the classes and warms nothing up; the next ones are what a person waits for
		long start = System.nanoTime();
		pdf = writer.write(report);
		long cold = System.nanoTime() - start;
		List<Long> warm = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			start = System.nanoTime();
			pdf = writer.write(report);
			warm.add((System.nanoTime() - start) / 1_000_000);
		}
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			System.out.printf("PdfReportWriter: %d pages, %d KB; write took %d ms cold, then %s ms%n",
					doc.getNumberOfPages(), pdf.length / 1024, cold / 1_000_000, warm);
		}
		Path out = Path.of("target/pdf-report-writer-test.pdf");
		Files.createDirectories(out.getParent());
		Files.write(out, pdf);
	}

	static SpringTemplateEngine templateEngine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

	static ImplementationReport bigReport() {
		List<Block> body = new ArrayList<>();
		body.add(Paragraph.of("Thực hiện Kế hoạch số 12/KH-UBND, Ủy ban nhân dân tỉnh báo cáo kết quả như sau:"));
		body.add(new Heading(1, "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, QUÁN TRIỆT, TUYÊN TRUYỀN"));
		body.add(new Heading(2, "1. Nhiệm vụ ban hành văn bản chỉ đạo"));
		body.add(new Heading(3, "a) Xây dựng kế hoạch chuyển đổi số"));
		body.add(Paragraph.of(longText(20_000)));
		body.add(new Paragraph("Chưa có báo cáo của Sở Tài chính.", true));
		body.add(Paragraph.of("Đường dẫn: " + "x".repeat(300) + " hết."));
		body.add(new Heading(1, "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ"));
		List<List<String>> rows = new ArrayList<>();
		for (int i = 1; i <= 120; i++) {
			rows.add(List.of(Integer.toString(i), "Nhiệm vụ số " + i + " về ứng dụng công nghệ thông tin",
					"Sở Khoa học và Công nghệ", i + " %"));
		}
		// a cell too long for one page: its row must split, not run off the page
		rows.add(60, List.of("60b", longText(6_000) + " " + LONG_CELL_END, "Sở Nội vụ", "0 %"));
		rows.add(List.of("", "Ô có từ dài " + "y".repeat(300), "Văn phòng", "1 %"));
		body.add(new Table(List.of("STT", "Nhiệm vụ", TABLE_HEADER, "Tiến độ"), List.of(8, 52, 25, 15), List.of(3),
				rows));
		body.add(Paragraph.of("Trên đây là báo cáo kết quả thực hiện Kế hoạch năm 2026."));
		List<Appendix> appendices = List.of(
				new Appendix("Phụ lục I", APPENDIX_TITLE,
						List.of(new Table(List.of("Cơ quan", "Hoàn thành", "Đang thực hiện"), List.of(50, 25, 25),
								List.of(1, 2), List.of(List.of("Sở Tài chính", "3", "1"), List.of("Sở Y tế", "2", "0"))))),
				new Appendix("Phụ lục II", "TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ",
						List.of(Paragraph.of("Có 12/15 đơn vị gửi báo cáo đúng hạn."))));
		return new ImplementationReport("", "ỦY BAN NHÂN DÂN TỈNH GIA LAI", "Số:      /BC-UBND",
				"Gia Lai, ngày 07 tháng 6 năm 2026", "BÁO CÁO", List.of(SUBJECT_1, SUBJECT_2), body, appendices,
				List.of("- Bộ Khoa học và Công nghệ;", "- Thường trực Tỉnh ủy;", "- Lưu: VT, KGVX."),
				"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An", 14, List.of());
	}

	private static String longText(int length) {
		String sentence = "Các cơ quan, đơn vị đã tổ chức quán triệt, triển khai thực hiện nghiêm túc, đạt nhiều kết quả "
				+ "quan trọng trong chuyển đổi số, phát triển khoa học, công nghệ và đổi mới sáng tạo. ";
		StringBuilder text = new StringBuilder(length + sentence.length());
		while (text.length() < length) {
			text.append(sentence);
		}
		return text.substring(0, length).strip();
	}

	private static String text(PDDocument doc, int fromPage, int toPage) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(fromPage);
		stripper.setEndPage(toPage);
		return stripper.getText(doc);
	}

	private static String topMargin(PDDocument doc, int pageIndex) throws IOException {
		PDFTextStripperByArea area = new PDFTextStripperByArea();
		area.addRegion("top", new Rectangle2D.Float(0, 0, 210 * PT_PER_MM, Decree30.MARGIN_TOP_MM * PT_PER_MM));
		area.extractRegions(doc.getPage(pageIndex));
		return area.getTextForRegion("top").strip();
	}

	/** The text positions of a page, in the stripper's top-left coordinates. */
	private static List<TextPosition> positions(PDDocument doc, int page) throws IOException {
		List<TextPosition> all = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
				all.addAll(textPositions);
				super.writeString(text, textPositions);
			}
		};
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		stripper.getText(doc);
		return all;
	}

	private static int firstPageWith(PDDocument doc, String needle) throws IOException {
		for (int p = 1; p <= doc.getNumberOfPages(); p++) {
			if (text(doc, p, p).contains(needle)) {
				return p;
			}
		}
		return -1;
	}

	@Test
	void pagesAreA4() throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getNumberOfPages()).isGreaterThan(6);
			for (PDPage page : doc.getPages()) {
				PDRectangle box = page.getMediaBox();
				assertThat(box.getWidth()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(1f));
				assertThat(box.getHeight()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(1f));
			}
		}
	}

	@Test
	void theTextsArePrintedExactly() throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			// a line break where a line wrapped reads as a space
			String all = text(doc, 1, doc.getNumberOfPages()).replaceAll("\\s+", " ");
			assertThat(all).contains(Decree30.NATION, Decree30.MOTTO, Decree30.RECIPIENTS, "ỦY BAN NHÂN DÂN TỈNH GIA LAI",
					"Gia Lai, ngày 07 tháng 6 năm 2026", "BÁO CÁO", SUBJECT_1, SUBJECT_2, "TM. ỦY BAN NHÂN DÂN",
					"CHỦ TỊCH", "Nguyễn Văn An", "- Thường trực Tỉnh ủy;", "Nhiệm vụ số 119 về ứng dụng công nghệ thông tin",
					"119 %", LONG_CELL_END, "Phụ lục I", "Phụ lục II", APPENDIX_TITLE, "Có 12/15 đơn vị gửi báo cáo đúng hạn.");
			// the gap for the number is kept
			assertThat(text(doc, 1, 1)).contains("Số:      /BC-UBND");
			// the 300-letter word is all there, wrapped over lines
			assertThat(all.replaceAll("\\s", "")).contains("x".repeat(300), "y".repeat(300));
		}
	}

	@Test
	void metadataNamesTheReport() throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(SUBJECT_1 + " " + SUBJECT_2);
			assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH GIA LAI");
			assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("vi");
		}
	}

	@Test
	void onlyEmbeddedLiberationSerifSubsets() throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			List<String> names = new ArrayList<>();
			for (PDPage page : doc.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					assertThat(font.getName()).contains("LiberationSerif").doesNotContain("Helvetica");
					assertThat(font.getName()).as("a subset").matches("[A-Z]{6}\\+.*");
					names.add(font.getName().substring(7));
				}
			}
			assertThat(names).contains("LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic",
					"LiberationSerif-BoldItalic");
		}
	}

	@Test
	void pageNumbersAtTheTopFromPageTwo() throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(topMargin(doc, 0)).isEmpty();
			assertThat(topMargin(doc, 1)).isEqualTo("2");
			assertThat(topMargin(doc, 2)).isEqualTo("3");
			int last = doc.getNumberOfPages();
			assertThat(topMargin(doc, last - 1)).isEqualTo(Integer.toString(last));
		}
	}

	@Test
	void textKeepsToTheMargins() throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			float left = Decree30.MARGIN_LEFT_MM * PT_PER_MM - 1;
			float right = (Decree30.PAGE_WIDTH_MM - Decree30.MARGIN_RIGHT_MM) * PT_PER_MM + 1;
			float bottom = (Decree30.PAGE_HEIGHT_MM - Decree30.MARGIN_BOTTOM_MM) * PT_PER_MM + 1;
			for (int page = 1; page <= doc.getNumberOfPages(); page++) {
				List<TextPosition> positions = positions(doc, page);
				assertThat(positions).as("page %d", page).isNotEmpty();
				float minX = (float) positions.stream().mapToDouble(TextPosition::getXDirAdj).min().orElseThrow();
				float maxX = (float) positions.stream()
					.mapToDouble(t -> t.getXDirAdj() + t.getWidthDirAdj())
					.max()
					.orElseThrow();
				float maxY = (float) positions.stream().mapToDouble(TextPosition::getYDirAdj).max().orElseThrow();
				assertThat(minX).as("left edge of page %d", page).isGreaterThanOrEqualTo(left);
				assertThat(maxX).as("right edge of page %d", page).isLessThanOrEqualTo(right);
				assertThat(maxY).as("last baseline of page %d", page).isLessThanOrEqualTo(bottom);
			}
			// a body page: the lines start at the left margin itself
			float bodyLeft = (float) positions(doc, 2).stream().mapToDouble(TextPosition::getXDirAdj).min().orElseThrow();
			assertThat(bodyLeft).isCloseTo(Decree30.MARGIN_LEFT_MM * PT_PER_MM, org.assertj.core.data.Offset.offset(1f));
		}
	}

	@Test
	void theFirstPageIsNotBlank() throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 50);
			int width = image.getWidth();
			int height = image.getHeight();
			long inked = 0;
			long darkInHeader = 0;
			int headerFrom = Math.round(20 / 25.4f * 50);
			int headerTo = Math.round(45 / 25.4f * 50);
			for (int y = 0; y < height; y++) {
				for (int x = 0; x < width; x++) {
					int rgb = image.getRGB(x, y);
					int grey = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
					if (grey < 240) {
						inked++;
					}
					if (grey < 128 && y >= headerFrom && y < headerTo) {
						darkInHeader++;
					}
				}
			}
			double share = (double) inked / (width * height);
			System.out.printf("PdfReportWriter: page 1 at 50 dpi is %.1f %% inked, %d dark pixels in the header%n",
					100 * share, darkInHeader);
			assertThat(share).isGreaterThan(0.03);
			assertThat(darkInHeader).isGreaterThan(200);
		}
	}

	@Test
	void theTableHeaderRepeatsOnTheTablesNextPage() throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			int first = firstPageWith(doc, "Nhiệm vụ số 1 về");
			int last = firstPageWith(doc, "Ô có từ dài");
			assertThat(first).isPositive();
			assertThat(last).isGreaterThan(first + 1);
			for (int page = first; page <= last; page++) {
				assertThat(text(doc, page, page)).as("page %d", page).contains(TABLE_HEADER);
			}
			String all = text(doc, 1, doc.getNumberOfPages());
			assertThat(all.split(TABLE_HEADER, -1).length - 1).isEqualTo(last - first + 1);
		}
	}

	@Test
	void aSanitizedEmojiIsPrintedAsItsReplacement() throws IOException {
		Glyphs glyphs = new Glyphs();
		ImplementationReport small = new ImplementationReport("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG QUẢN LÝ",
				"Số:      /BC-QL", "Gia Lai, ngày 07 tháng 6 năm 2026", "BÁO CÁO", List.of("Kết quả 😀 thực hiện"),
				List.of(Paragraph.of("Vui 😀 và 中.")), List.of(), List.of("- Lưu: VT."), "", "GIÁM ĐỐC", "", 1,
				List.of());
		ImplementationReport clean = glyphs.sanitize(small);
		assertThat(clean.warnings()).hasSize(2);
		byte[] bytes = writer.write(clean);
		try (PDDocument doc = Loader.loadPDF(bytes)) {
			String text = text(doc, 1, doc.getNumberOfPages()).replaceAll("\\s+", " ");
			assertThat(text).contains("Kết quả □ thực hiện", "Vui □ và □.", "SỞ KHOA HỌC VÀ CÔNG NGHỆ")
				.doesNotContain("😀", "中");
		}
		// an unsanitized report is sanitized by the writer too, with the same result
		try (PDDocument doc = Loader.loadPDF(writer.write(small))) {
			assertThat(text(doc, 1, 1)).contains("Vui □ và □.");
		}
	}

	@Test
	void theTemplateIsWellFormedXhtmlAndThePaperIsAFragment() throws Exception {
		Context context = new Context();
		context.setVariable("report", report);
		String xhtml = engine.process(PdfReportWriter.TEMPLATE, context);
		javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
		factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xhtml)));
		assertThat(xhtml).doesNotContain(" th:", "xmlns:th");

		// what a preview page includes: the same paper, with its CSS
		StringWriter paper = new StringWriter();
		engine.process(PdfReportWriter.TEMPLATE, java.util.Set.of("paper"), context, paper);
		assertThat(paper.toString()).startsWith("<div class=\"bc-paper\">")
			.contains(".bc-paper", Decree30.NATION, SUBJECT_1, "Nhiệm vụ số 119 về", APPENDIX_TITLE)
			.doesNotContain("@page");
	}

}
