package vn.trienkhai.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.springframework.stereotype.Component;

import vn.trienkhai.report.ImplementationReport.Appendix;
import vn.trienkhai.report.ImplementationReport.Block;
import vn.trienkhai.report.ImplementationReport.Heading;
import vn.trienkhai.report.ImplementationReport.Paragraph;
import vn.trienkhai.report.ImplementationReport.Table;

/**
 * The report as an editable Word document in the layout of Decree 30/2020/NĐ-CP (Appendix I): A4; margins
 * 20 mm top and bottom, 30 mm left, 15 mm right; Times New Roman (Word has it; LibreOffice draws it with the
 * metric-compatible Liberation Serif), 14 pt body, 13 pt tables; the issuer block beside the national title
 * and motto; the number under the issuer, place and date in italics; page numbers at the top centre from
 * page 2; "Nơi nhận" and the signature side by side; each appendix on a new page. Table headers repeat on
 * every page a table crosses, and rows may split, so a long cell never pushes off the page.
 */
@Component
class DocxReportWriter {

	static final String FONT = "Times New Roman";

	/** Twentieths of a point per millimetre. */
	private static final double TWIPS_PER_MM = 1440 / 25.4;

	/** The text width in twips: 210 mm less 30 and 15 mm of margins. */
	private static final int TEXT_WIDTH = (int) Math.round((Decree30.PAGE_WIDTH_MM - Decree30.MARGIN_LEFT_MM
			- Decree30.MARGIN_RIGHT_MM) * TWIPS_PER_MM);

	byte[] write(ImplementationReport report) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			page(doc);
			header(doc, report);
			title(doc, report);
			blocks(doc, report.body());
			closing(doc, report);
			for (Appendix a : report.appendices()) {
				XWPFParagraph label = doc.createParagraph();
				label.setPageBreak(true);
				center(label, a.label(), Decree30.BODY_PT, true, false);
				center(doc.createParagraph(), a.title(), Decree30.BODY_PT, true, false);
				blocks(doc, a.blocks());
			}
			doc.getProperties().getCoreProperties().setTitle(clean(String.join(" ", report.subject())));
			doc.getProperties().getCoreProperties().setCreator(clean(report.issuer()));
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
		size.setW(twips(Decree30.PAGE_WIDTH_MM));
		size.setH(twips(Decree30.PAGE_HEIGHT_MM));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(twips(Decree30.MARGIN_TOP_MM));
		margins.setBottom(twips(Decree30.MARGIN_BOTTOM_MM));
		margins.setLeft(twips(Decree30.MARGIN_LEFT_MM));
		margins.setRight(twips(Decree30.MARGIN_RIGHT_MM));
		margins.setHeader(twips(10));
		margins.setFooter(twips(10));
		// the first page has its own (empty) header: page numbers start on page 2
		section.addNewTitlePg();
		doc.createHeader(HeaderFooterType.FIRST);
		XWPFHeader numbers = doc.createHeader(HeaderFooterType.DEFAULT);
		XWPFParagraph p = numbers.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		CTSimpleField field = p.getCTP().addNewFldSimple();
		field.setInstr("PAGE \\* MERGEFORMAT");
		CTR r = field.addNewR();
		CTRPr props = r.addNewRPr();
		props.addNewRFonts().setAscii(FONT);
		props.getRFontsArray(0).setHAnsi(FONT);
		props.addNewSz().setVal(BigInteger.valueOf(Decree30.TABLE_PT * 2L));
		r.addNewT().setStringValue("2");
	}

	static BigInteger twips(double mm) {
		return BigInteger.valueOf(Math.round(mm * TWIPS_PER_MM));
	}

	private static void header(XWPFDocument doc, ImplementationReport report) {
		XWPFTable table = borderless(doc, new int[] { 40, 60 });
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFTableCell right = table.getRow(0).getCell(1);
		XWPFParagraph first = first(left);
		if (!report.superior().isBlank()) {
			center(first, report.superior(), Decree30.TABLE_PT, false, false);
			first = left.addParagraph();
		}
		center(first, report.issuer(), Decree30.TABLE_PT, true, false);
		rule(left.addParagraph(), 900);
		center(left.addParagraph(), report.number(), Decree30.TABLE_PT, false, false);
		center(first(right), Decree30.NATION, Decree30.TABLE_PT, true, false);
		center(right.addParagraph(), Decree30.MOTTO, Decree30.BODY_PT, true, false);
		rule(right.addParagraph(), 1300);
		center(right.addParagraph(), report.placeAndDate(), Decree30.BODY_PT, false, true);
	}

	private static void title(XWPFDocument doc, ImplementationReport report) {
		XWPFParagraph t = doc.createParagraph();
		t.setSpacingBefore(360);
		center(t, report.title(), Decree30.BODY_PT, true, false);
		for (String line : report.subject()) {
			center(doc.createParagraph(), line, Decree30.BODY_PT, true, false);
		}
		XWPFParagraph r = doc.createParagraph();
		rule(r, 3400);
		r.setSpacingAfter(240);
	}

	private static void blocks(XWPFDocument doc, List<Block> blocks) {
		for (Block b : blocks) {
			if (b instanceof Heading h) {
				heading(doc, h);
			}
			else if (b instanceof Paragraph p) {
				paragraph(doc, p.text(), p.italic());
			}
			else if (b instanceof Table t) {
				table(doc, t);
			}
		}
	}

	private static void heading(XWPFDocument doc, Heading h) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.BOTH);
		p.setIndentationFirstLine(567);
		p.setSpacingBefore(h.level() == 1 ? 120 : 60);
		p.setSpacingAfter(120);
		p.setKeepNext(true);
		run(p, h.text(), Decree30.BODY_PT, true, h.level() == 3);
	}

	/** A body paragraph: justified, first line indented 1 cm, 6 pt after. */
	private static void paragraph(XWPFDocument doc, String text, boolean italic) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.BOTH);
		p.setIndentationFirstLine(567);
		p.setSpacingAfter(120);
		run(p, text, Decree30.BODY_PT, false, italic);
	}

	private static void table(XWPFDocument doc, Table t) {
		int columns = t.header().size();
		XWPFTable table = doc.createTable(t.rows().size() + 1, columns);
		table.setWidth("100%");
		table.setTableAlignment(TableRowAlign.CENTER);
		XWPFTableRow head = table.getRow(0);
		head.setRepeatHeader(true);
		head.setCantSplitRow(true);
		for (int c = 0; c < columns; c++) {
			XWPFTableCell cell = head.getCell(c);
			cell.setWidth(t.widths().get(c) + "%");
			center(first(cell), t.header().get(c), Decree30.TABLE_PT, true, false);
		}
		for (int r = 0; r < t.rows().size(); r++) {
			XWPFTableRow row = table.getRow(r + 1);
			List<String> cells = t.rows().get(r);
			for (int c = 0; c < columns; c++) {
				XWPFTableCell cell = row.getCell(c);
				cell.setWidth(t.widths().get(c) + "%");
				XWPFParagraph p = first(cell);
				p.setAlignment(t.numeric().contains(c) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
				run(p, cells.get(c), Decree30.TABLE_PT, false, false);
			}
		}
		doc.createParagraph();
	}

	private static void closing(XWPFDocument doc, ImplementationReport report) {
		doc.createParagraph();
		XWPFTable table = borderless(doc, new int[] { 50, 50 });
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFTableCell right = table.getRow(0).getCell(1);
		run(first(left), Decree30.RECIPIENTS, Decree30.RECIPIENTS_LABEL_PT, true, true);
		for (String line : report.recipients()) {
			run(left.addParagraph(), line, Decree30.RECIPIENT_LINE_PT, false, false);
		}
		XWPFParagraph sign = first(right);
		if (!report.signerAuthority().isBlank()) {
			center(sign, report.signerAuthority(), Decree30.BODY_PT, true, false);
			sign = right.addParagraph();
		}
		center(sign, report.signerTitle(), Decree30.BODY_PT, true, false);
		for (int i = 0; i < 4; i++) {
			right.addParagraph();
		}
		center(right.addParagraph(), report.signerName(), Decree30.BODY_PT, true, false);
	}

	private static XWPFTable borderless(XWPFDocument doc, int[] percent) {
		XWPFTable table = doc.createTable(1, percent.length);
		table.removeBorders();
		table.setWidth(TEXT_WIDTH);
		for (int c = 0; c < percent.length; c++) {
			table.getRow(0).getCell(c).setWidth(percent[c] + "%");
		}
		return table;
	}

	private static XWPFParagraph first(XWPFTableCell cell) {
		return cell.getParagraphs().get(0);
	}

	private static void center(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
		p.setAlignment(ParagraphAlignment.CENTER);
		run(p, text, size, bold, italic);
	}

	/** The short line under the issuer, the motto and the title: a top border on an indented empty paragraph. */
	private static void rule(XWPFParagraph p, int indent) {
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setIndentationLeft(indent);
		p.setIndentationRight(indent);
		p.setBorderTop(Borders.SINGLE);
		p.setSpacingAfter(0);
	}

	/** A run of text; a line break inside the text stays a line break. */
	private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
		XWPFRun r = p.createRun();
		r.setFontFamily(FONT);
		r.setFontSize(size);
		r.setBold(bold);
		r.setItalic(italic);
		String[] lines = clean(text).split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				r.addBreak();
			}
			r.setText(lines[i], i);
		}
		return r;
	}

	/** Without the control characters XML 1.0 cannot hold (a pasted text may carry them). */
	static String clean(String text) {
		return text == null ? "" : text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "").replace("\r", "");
	}

}
