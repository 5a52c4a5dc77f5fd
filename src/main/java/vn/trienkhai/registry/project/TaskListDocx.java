package vn.trienkhai.registry.project;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The task list as an editable Word document in the layout of Decree 30/2020/NĐ-CP (Appendix I), as provinces
 * issue such lists — an appendix to the approving decision: A4 landscape (a seven-column table does not fit
 * portrait); margins 20 mm top and bottom, 30 mm on the binding side, 15 mm on the other; Times New Roman
 * (LibreOffice draws it with the metric-compatible Liberation Serif); the issuing body left of the national
 * name and motto, 13 pt bold; the title 14 pt bold, the line naming the decision 14 pt italic; the table 12 pt
 * with its header repeated on every page and a heading row per field. The report module writes its reports
 * the same way; it is not shared because the report module reads the plans, which read the registries.
 */
final class TaskListDocx {

	static final String FONT = "Times New Roman";

	private static final double TWIPS_PER_MM = 1440 / 25.4;

	private static final int TABLE_PT = 12;

	private static final int HEADER_PT = 13;

	private static final int TITLE_PT = 14;

	private TaskListDocx() {
	}

	static byte[] write(TaskListPrint print) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			page(doc);
			header(doc, print);
			XWPFParagraph title = doc.createParagraph();
			title.setSpacingBefore(240);
			center(title, print.title(), TITLE_PT, true, false);
			XWPFParagraph attached = doc.createParagraph();
			attached.setSpacingAfter(240);
			center(attached, print.attachedTo(), TITLE_PT, false, true);
			table(doc, print);
			doc.getProperties().getCoreProperties().setTitle(print.title());
			doc.getProperties().getCoreProperties().setCreator(String.join(" ", print.issuer()));
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void page(XWPFDocument doc) {
		CTSectPr section = doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setOrient(STPageOrientation.LANDSCAPE);
		size.setW(twips(297));
		size.setH(twips(210));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(twips(20));
		margins.setBottom(twips(20));
		margins.setLeft(twips(30));
		margins.setRight(twips(15));
	}

	static BigInteger twips(double mm) {
		return BigInteger.valueOf(Math.round(mm * TWIPS_PER_MM));
	}

	private static void header(XWPFDocument doc, TaskListPrint print) {
		XWPFTable table = doc.createTable(1, 2);
		table.setWidth("100%");
		for (XWPFBorderType none : new XWPFBorderType[] { XWPFBorderType.NONE }) {
			table.setTopBorder(none, 0, 0, "auto");
			table.setBottomBorder(none, 0, 0, "auto");
			table.setLeftBorder(none, 0, 0, "auto");
			table.setRightBorder(none, 0, 0, "auto");
			table.setInsideHBorder(none, 0, 0, "auto");
			table.setInsideVBorder(none, 0, 0, "auto");
		}
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFTableCell right = table.getRow(0).getCell(1);
		left.setWidth("40%");
		right.setWidth("60%");
		XWPFParagraph p = left.getParagraphs().get(0);
		for (int i = 0; i < print.issuer().size(); i++) {
			center(i == 0 ? p : left.addParagraph(), print.issuer().get(i), HEADER_PT, true, false);
		}
		rule(left.addParagraph(), 35);
		center(right.getParagraphs().get(0), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", HEADER_PT, true, false);
		center(right.addParagraph(), "Độc lập - Tự do - Hạnh phúc", TITLE_PT, true, false);
		rule(right.addParagraph(), 40);
	}

	/** A short centred line under the issuer and the motto, {@code percent} of the cell wide. */
	private static void rule(XWPFParagraph p, int percent) {
		p.setBorderTop(Borders.SINGLE);
		int side = (100 - percent) * 30;
		p.setIndentationLeft(side);
		p.setIndentationRight(side);
	}

	private static void table(XWPFDocument doc, TaskListPrint print) {
		int columns = TaskListPrint.HEADER.size();
		XWPFTable table = doc.createTable(1, columns);
		table.setWidth("100%");
		XWPFTableRow head = table.getRow(0);
		head.setRepeatHeader(true);
		head.setCantSplitRow(true);
		for (int c = 0; c < columns; c++) {
			XWPFTableCell cell = head.getCell(c);
			cell.setWidth(TaskListPrint.WIDTHS.get(c) + "%");
			center(cell.getParagraphs().get(0), TaskListPrint.HEADER.get(c), TABLE_PT, true, false);
		}
		for (TaskListPrint.Group g : print.groups()) {
			XWPFTableRow row = table.createRow();
			row.setCantSplitRow(true);
			text(row.getCell(0), g.numeral(), true, ParagraphAlignment.CENTER);
			merge(row, 1, columns);
			text(row.getCell(1), g.heading(), true, ParagraphAlignment.LEFT);
			for (TaskListPrint.Row r : g.rows()) {
				XWPFTableRow line = table.createRow();
				List<String> cells = List.of(String.valueOf(r.number()), r.title(), nz(r.objectives()), nz(r.outputs()),
						r.months() == null ? "" : String.valueOf(r.months()), money(r.budget()), r.proposer());
				for (int c = 0; c < columns; c++) {
					text(line.getCell(c), cells.get(c), false,
							c == 0 || c == 4 ? ParagraphAlignment.CENTER : c == 5 ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
				}
			}
		}
		XWPFTableRow total = table.createRow();
		merge(total, 0, 5);
		text(total.getCell(0), "Tổng cộng: " + print.taskCount() + " nhiệm vụ", true, ParagraphAlignment.CENTER);
		text(total.getCell(1), money(print.totalBudget()), true, ParagraphAlignment.RIGHT);
		text(total.getCell(2), "", false, ParagraphAlignment.LEFT);
	}

	/** Joins cells {@code from} to {@code to - 1} of a row into one spanning them. */
	private static void merge(XWPFTableRow row, int from, int to) {
		XWPFTableCell first = row.getCell(from);
		var props = first.getCTTc().isSetTcPr() ? first.getCTTc().getTcPr() : first.getCTTc().addNewTcPr();
		props.addNewGridSpan().setVal(BigInteger.valueOf(to - from));
		for (int c = to - 1; c > from; c--) {
			row.removeCell(c);
		}
	}

	private static void text(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment align) {
		XWPFParagraph p = cell.getParagraphs().get(0);
		p.setAlignment(align);
		run(p, text, TABLE_PT, bold, false);
	}

	private static void center(XWPFParagraph p, String text, int pt, boolean bold, boolean italic) {
		p.setAlignment(ParagraphAlignment.CENTER);
		run(p, text, pt, bold, italic);
	}

	/**
	 * Text as Word takes it: line ends of a textarea (CRLF) as one break, and the control characters that
	 * text pasted from Word carries (vertical tab, bell…) dropped — XML 1.0 forbids them, and Word refuses a
	 * file that has one.
	 */
	static String clean(String text) {
		return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "").replaceAll("\\r\\n?", "\n");
	}

	private static void run(XWPFParagraph p, String text, int pt, boolean bold, boolean italic) {
		String[] lines = clean(text).split("\n", -1);
		XWPFRun r = p.createRun();
		r.setFontFamily(FONT);
		r.setFontSize(pt);
		r.setBold(bold);
		r.setItalic(italic);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				r.addBreak();
			}
			r.setText(lines[i], i);
		}
	}

	/** "1.250,5": the Vietnamese way, dots between thousands and a comma before decimals. */
	static String money(BigDecimal amount) {
		return vn.trienkhai.registry.shared.Amounts.format(amount, java.util.Locale.forLanguageTag("vi"));
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
