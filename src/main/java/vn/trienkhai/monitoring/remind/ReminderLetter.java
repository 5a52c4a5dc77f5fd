package vn.trienkhai.monitoring.remind;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.stereotype.Component;

import vn.trienkhai.monitoring.ReportingRounds;
import vn.trienkhai.monitoring.ReportingRounds.Standing;
import vn.trienkhai.monitoring.Round;
import vn.trienkhai.monitoring.Timeliness;
import vn.trienkhai.orgunit.OrgUnit;
import vn.trienkhai.orgunit.OrgUnits;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.Plans;
import vn.trienkhai.platform.VietnameseText;

/**
 * The reminder letter (công văn đôn đốc) of a round, laid out as Decree 30/2020/NĐ-CP has it: A4, margins 20 mm
 * top and bottom, 30 mm left, 15 mm right, Times New Roman 13–14 pt (the recipients block 12 and 11 pt, as the
 * decree says); the issuer and the national motto side by side, the number and the subject ("V/v …") under the
 * issuer, the place and date in italics; the late agencies addressed and listed in a table; a new deadline;
 * recipients and signature. The number and the signer are left blank for the office to fill in.
 */
@Component
class ReminderLetter {

	static final String FONT = "Times New Roman";

	/** Twentieths of a point per millimetre. */
	private static final double TWIPS_PER_MM = 1440 / 25.4;

	private final ReportingRounds rounds;

	private final Plans plans;

	private final OrgUnits orgUnits;

	private final RoundTexts texts;

	ReminderLetter(ReportingRounds rounds, Plans plans, OrgUnits orgUnits, RoundTexts texts) {
		this.rounds = rounds;
		this.plans = plans;
		this.orgUnits = orgUnits;
		this.texts = texts;
	}

	record Written(String fileName, byte[] bytes) {
	}

	/** One line of the table: an agency that has not submitted, or submitted after its deadline. */
	record Late(String agency, boolean submitted, Long daysLate) {
	}

	/**
	 * The agencies of the letter: those that submitted late, those past due that have not submitted, and before
	 * the due date those that have not submitted yet (an agency within an exception's extra days is not late).
	 */
	static List<Late> late(Round round, List<Standing> standings, LocalDate today) {
		boolean due = today.isAfter(round.dueOn());
		return standings.stream().filter(s -> s.timeliness() == Timeliness.LATE || s.timeliness() == Timeliness.MISSING
				|| (!due && s.timeliness() == Timeliness.NOT_DUE && s.status().isEditable()))
			.map(s -> {
				LocalDate deadline = s.exceptionUntil() != null && s.exceptionUntil().isAfter(round.dueOn())
						? s.exceptionUntil() : round.dueOn();
				if (s.timeliness() == Timeliness.LATE) {
					LocalDate sent = s.firstSubmittedAt().atZone(ReportingRounds.ZONE).toLocalDate();
					return new Late(s.agencyName(), true, ChronoUnit.DAYS.between(deadline, sent));
				}
				return new Late(s.agencyName(), false, due ? ChronoUnit.DAYS.between(deadline, today) : null);
			})
			.toList();
	}

	Written write(Round round, LocalDate today, LocalDate deadline) {
		Plan plan = plans.get(round.planId());
		OrgUnit unit = orgUnits.get(plan.orgUnitId());
		List<Late> late = late(round, rounds.standings(round.id(), today), today);
		String issuer = plan.issuer() != null && !plan.issuer().isBlank() ? plan.issuer().strip()
				: texts.text("remind.letter.defaultIssuer", unit.name());
		String place = plan.place() != null && !plan.place().isBlank() ? plan.place().strip()
				: unit.shortName() != null ? unit.shortName() : unit.name();
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			page(doc);
			header(doc, issuer, plan, place, today);
			addressees(doc, late);
			body(doc, issuer, plan, round, today, late, deadline);
			footer(doc, issuer);
			doc.write(out);
			return new Written(fileName(plan, round), out.toByteArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** "don-doc-12-kh-ubnd-2026.docx": ASCII only, so every browser and mail client keeps the name. */
	static String fileName(Plan plan, Round round) {
		String number = plan.number() != null ? plan.number() : String.valueOf(plan.id());
		return "don-doc-" + slug(number) + "-" + slug(round.label()) + ".docx";
	}

	private static String slug(String s) {
		String folded = VietnameseText.fold(s).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		return folded.isEmpty() ? "x" : folded.length() > 60 ? folded.substring(0, 60) : folded;
	}

	private static void page(XWPFDocument doc) {
		CTSectPr section = doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(twips(20));
		margins.setBottom(twips(20));
		margins.setLeft(twips(30));
		margins.setRight(twips(15));
		margins.setHeader(twips(10));
		margins.setFooter(twips(10));
	}

	static BigInteger twips(int mm) {
		return BigInteger.valueOf(Math.round(mm * TWIPS_PER_MM));
	}

	private void header(XWPFDocument doc, String issuer, Plan plan, String place, LocalDate today) {
		XWPFTable table = borderless(doc, 2, new int[] { 40, 60 });
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFTableCell right = table.getRow(0).getCell(1);
		center(first(left), issuer.toUpperCase(RoundTexts.VIETNAMESE), 13, true, false);
		rule(left.addParagraph(), 1000);
		center(left.addParagraph(), texts.text("remind.letter.number"), 13, false, false);
		center(left.addParagraph(), texts.text("remind.letter.subject", plan.number() != null ? plan.number() : "…"), 12,
				false, false);
		center(first(right), texts.text("remind.letter.nation"), 13, true, false);
		center(right.addParagraph(), texts.text("remind.letter.motto"), 14, true, false);
		rule(right.addParagraph(), 1300);
		center(right.addParagraph(), place + ", " + texts.longDate(today), 14, false, true);
	}

	private void addressees(XWPFDocument doc, List<Late> late) {
		List<String> owing = late.stream().filter(l -> !l.submitted()).map(Late::agency).toList();
		List<String> to = owing.isEmpty() ? late.stream().map(Late::agency).toList() : owing;
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setSpacingBefore(240);
		String label = texts.text("remind.letter.to");
		if (to.size() <= 1) {
			run(p, label + " " + (to.isEmpty() ? "…" : to.get(0)) + ".", 14, false, false);
			return;
		}
		run(p, label, 14, false, false);
		for (int i = 0; i < to.size(); i++) {
			XWPFParagraph line = doc.createParagraph();
			line.setIndentationLeft(2835);
			run(line, "- " + to.get(i) + (i == to.size() - 1 ? "." : ";"), 14, false, false);
		}
	}

	private void body(XWPFDocument doc, String issuer, Plan plan, Round round, LocalDate today, List<Late> late,
			LocalDate deadline) {
		String planRef = plan.number() != null
				? texts.text("remind.letter.planRef", plan.number(),
						plan.issuedOn() == null ? "" : texts.text("remind.letter.planDate", RoundTexts.date(plan.issuedOn())),
						issuer, lowerFirst(plan.title()))
				: lowerFirst(plan.title());
		paragraph(doc, texts.text("remind.letter.intro", planRef, texts.round(round), RoundTexts.date(round.periodStart()),
				RoundTexts.date(round.periodEnd()), RoundTexts.date(round.dueOn())));
		paragraph(doc, texts.text("remind.letter.situation", RoundTexts.date(today), late.size()));
		lateTable(doc, late);
		paragraph(doc, texts.text("remind.letter.request", issuer));
		XWPFParagraph line = paragraph(doc, "");
		run(line, texts.text("remind.letter.deadline", RoundTexts.date(deadline)), 14, true, false);
	}

	private void lateTable(XWPFDocument doc, List<Late> late) {
		XWPFTable table = doc.createTable(late.size() + 1, 4);
		table.setWidth("100%");
		table.setTableAlignment(TableRowAlign.CENTER);
		String[] heads = { texts.text("remind.letter.col.no"), texts.text("remind.letter.col.agency"),
				texts.text("remind.letter.col.status"), texts.text("remind.letter.col.daysLate") };
		int[] widths = { 8, 52, 24, 16 };
		for (int c = 0; c < 4; c++) {
			XWPFTableCell cell = table.getRow(0).getCell(c);
			cell.setWidth(widths[c] + "%");
			center(first(cell), heads[c], 13, true, false);
		}
		for (int i = 0; i < late.size(); i++) {
			Late l = late.get(i);
			var row = table.getRow(i + 1);
			center(first(row.getCell(0)), String.valueOf(i + 1), 13, false, false);
			run(first(row.getCell(1)), l.agency(), 13, false, false);
			center(first(row.getCell(2)), texts.text(l.submitted() ? "remind.letter.status.late" : "remind.letter.status.missing"),
					13, false, false);
			center(first(row.getCell(3)), l.daysLate() == null ? "–" : String.valueOf(l.daysLate()), 13, false, false);
		}
		doc.createParagraph();
	}

	private void footer(XWPFDocument doc, String issuer) {
		XWPFTable table = borderless(doc, 2, new int[] { 50, 50 });
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFTableCell right = table.getRow(0).getCell(1);
		XWPFParagraph recipients = first(left);
		run(recipients, texts.text("remind.letter.recipients"), 12, true, true);
		run(left.addParagraph(), texts.text("remind.letter.recipients.above"), 11, false, false);
		run(left.addParagraph(), texts.text("remind.letter.recipients.archive"), 11, false, false);
		center(first(right), texts.text("remind.letter.signFor", issuer.toUpperCase(RoundTexts.VIETNAMESE)), 14, true, false);
		for (int i = 0; i < 4; i++) {
			right.addParagraph();
		}
		center(right.addParagraph(), "", 14, true, false);
	}

	private static XWPFTable borderless(XWPFDocument doc, int columns, int[] percent) {
		XWPFTable table = doc.createTable(1, columns);
		table.removeBorders();
		table.setWidth("100%");
		for (int c = 0; c < columns; c++) {
			table.getRow(0).getCell(c).setWidth(percent[c] + "%");
		}
		return table;
	}

	private static XWPFParagraph first(XWPFTableCell cell) {
		return cell.getParagraphs().get(0);
	}

	/** A body paragraph: justified, first line indented 1 cm, 6 pt after. */
	private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.BOTH);
		p.setIndentationFirstLine(567);
		p.setSpacingAfter(120);
		if (!text.isEmpty()) {
			run(p, text, 14, false, false);
		}
		return p;
	}

	private static void center(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
		p.setAlignment(ParagraphAlignment.CENTER);
		run(p, text, size, bold, italic);
	}

	/** The short line under the issuer and under the motto: a top border on an indented empty paragraph. */
	private static void rule(XWPFParagraph p, int indent) {
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setIndentationLeft(indent);
		p.setIndentationRight(indent);
		p.setBorderTop(Borders.SINGLE);
		p.setSpacingAfter(0);
	}

	private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
		XWPFRun r = p.createRun();
		r.setFontFamily(FONT);
		r.setFontSize(size);
		r.setBold(bold);
		r.setItalic(italic);
		r.setText(text);
		return r;
	}

	private static String lowerFirst(String s) {
		if (s == null || s.isEmpty()) {
			return "";
		}
		// an abbreviation ("UBND …", "KH&CN") keeps its case
		if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
			return s;
		}
		return s.substring(0, 1).toLowerCase(RoundTexts.VIETNAMESE) + s.substring(1);
	}

}
