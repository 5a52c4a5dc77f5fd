package vn.trienkhai.document.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.trienkhai.document.parse.PlanDraft.Kind;

/**
 * The header of a document as Decree 30/2020 lays it out: issuer block (left), national motto (right),
 * "Số: …" (left), place and date (right), kind ("KẾ HOẠCH") and title. Text extraction flattens the two
 * columns into lines, into "|" table rows or into one line with a gap, so every header line is cut into
 * cells, the motto is cut out, and each cell is read for what it holds wherever it stands.
 */
final class HeaderParser {

	private HeaderParser() {
	}

	/** What the header says; issuer parts are resolved later with the preamble and the signature. */
	static final class Header {

		String number;

		boolean numberBlank;

		Kind kind;

		/** The last issuing body of the header block, normal case, e.g. "Ủy ban nhân dân tỉnh Bình Thuận". */
		String headerIssuer;

		/** "CỦA BAN THƯỜNG VỤ ĐẢNG ỦY" under the kind line. */
		String ofIssuer;

		LocalDate issuedOn;

		boolean dateSeen;

		String place;

		String title;

		String subjectLine;

		int end;

	}

	private static final Pattern KIND_LINE = Pattern.compile(
			"^(KẾ HOẠCH|CHƯƠNG TRÌNH HÀNH ĐỘNG|CHƯƠNG TRÌNH|NGHỊ QUYẾT|QUYẾT ĐỊNH|BÁO CÁO|CÔNG VĂN|THÔNG BÁO|CHỈ THỊ|"
					+ "HƯỚNG DẪN|ĐỀ ÁN|TỜ TRÌNH|KẾT LUẬN|QUY CHẾ|QUY ĐỊNH)(?![\\p{L}\\d])\\s*[:.\\-–]?\\s*(.*)$");

	private static final Pattern MOTTO = Pattern.compile(
			"cong\\s+hoa\\s+xa\\s+hoi\\s+chu\\s+nghia\\s+viet\\s+nam|doc\\s+lap\\s*[-–—]\\s*tu\\s+do\\s*[-–—]\\s*hanh\\s+phuc"
					+ "|dang\\s+cong\\s+san\\s+viet\\s+nam");

	private static final Pattern NUMBER = Pattern.compile("(?:^|\\s{2}|\\|)\\s*(?:Số|SỐ)\\s*[:.]?\\s*([0-9…._ ]{0,40}?)"
			+ "\\s*([/\\-–]\\s?[\\p{L}\\d][\\p{L}\\d/&.\\-–]*)");

	private static final Pattern BARE_NUMBER = Pattern
		.compile("\\d{1,5}(?:/\\d{4})?\\s?[/\\-–]\\s?[A-Za-zĐđ]{1,8}(?:\\s?[/\\-–]\\s?[A-Za-zĐđ0-9]{1,10}){1,3}");

	private static final Pattern PLACE_DATE = Pattern
		.compile("^\\s*(\\p{Lu}[\\p{L}.'’\\- ]{0,40}?)\\s*,\\s*(?:ngày|Ngày|NGÀY)(?![\\p{L}])(.{0,60})");

	private static final Pattern DATE_WORDS = Pattern
		.compile("^\\s*([0-9…._ ]*?)\\s*tháng\\s*([0-9…._ ]*?)\\s*năm\\s*([0-9…._ ]*)", Pattern.CASE_INSENSITIVE
				| Pattern.UNICODE_CASE);

	private static final Pattern DATE_NUMERIC = Pattern
		.compile("^\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})");

	/** Lines that end a header: the first heading, or a preamble sentence. */
	private static final Pattern BODY_START = Pattern.compile("^(?:[IVX]{1,4}\\s*[.\\-–]\\s|Điều\\s+\\d|Căn cứ|CĂN CỨ|"
			+ "Thực hiện|Triển khai|1\\s*[.)]\\s)");

	private static final Pattern MARKS = Pattern.compile("^(?:DỰ THẢO|MẬT|TỐI MẬT|KHẨN|HỎA TỐC|THƯỢNG KHẨN)\\b");

	/** Header lines are searched in this many lines at the most. */
	private static final int MAX_HEADER_LINES = 60;

	static Header parse(ParseContext ctx) {
		Header h = new Header();
		int limit = Math.min(ctx.lineCount(), MAX_HEADER_LINES);
		int kindLine = -1;
		String kindRest = null;
		for (int line = 0; line < limit && ctx.lineStart(line) < 8000; line++) {
			String s = stripLine(ctx.plainLine(line));
			if (s.isEmpty()) {
				continue;
			}
			Matcher k = KIND_LINE.matcher(s);
			if (k.find()) {
				kindLine = line;
				h.kind = kindOf(k.group(1));
				kindRest = k.group(2).strip();
				break;
			}
			if (BODY_START.matcher(s).find() && !s.startsWith("Số")) {
				break;
			}
		}
		List<String> orgLines = new ArrayList<>();
		int lastHeaderLine = -1;
		int headerLimit = kindLine >= 0 ? kindLine : limit;
		for (int line = 0; line < headerLimit; line++) {
			String lineText = ctx.text.substring(ctx.lineStart(line), ctx.lineEnd(line));
			String stripped = stripLine(VnText.mask(lineText));
			if (stripped.isEmpty()) {
				continue;
			}
			if (kindLine < 0 && BODY_START.matcher(stripped).find()) {
				break;
			}
			boolean used = false;
			for (String cell : cells(lineText)) {
				used |= readCell(cell, h, orgLines);
			}
			if (used) {
				lastHeaderLine = line;
			}
		}
		resolveHeaderIssuer(h, orgLines);
		int end = lastHeaderLine >= 0 ? ctx.lineEnd(lastHeaderLine) : 0;
		if (kindLine >= 0) {
			end = ctx.lineEnd(kindLine);
			end = readTitle(ctx, h, kindLine, kindRest, end);
		}
		else if (h.subjectLine != null) {
			h.title = h.subjectLine;
		}
		h.end = end;
		return h;
	}

	private static String stripLine(String s) {
		return VnText.collapse(s).strip();
	}

	/** The cells of a header line: "|" columns, "<br>" breaks inside them; Markdown marks blanked. */
	private static List<String> cells(String line) {
		List<String> out = new ArrayList<>();
		String[] columns = line.indexOf('|') >= 0 ? line.split("\\|") : new String[] { line };
		for (String column : columns) {
			for (String piece : column.split("(?i)<br\\s*/?>")) {
				String masked = VnText.mask(piece).strip();
				if (!masked.isEmpty()) {
					out.add(masked);
				}
			}
		}
		return out;
	}

	/** Reads one cell; true when it held a header item. */
	private static boolean readCell(String cell, Header h, List<String> orgLines) {
		String s = cutMotto(cell);
		boolean used = s.length() != cell.length();
		Matcher n = NUMBER.matcher(s);
		if (n.find() && h.number == null && !h.numberBlank) {
			String digits = n.group(1).replaceAll("[^0-9]", "");
			String code = n.group(2).replaceAll("\\s", "").replace('–', '-');
			while (code.endsWith(".") || code.endsWith("-") || code.endsWith("/")) {
				code = code.substring(0, code.length() - 1);
			}
			if (digits.isEmpty()) {
				h.numberBlank = true;
			}
			else {
				h.number = digits + code;
			}
			s = s.substring(0, n.start()) + "  " + s.substring(n.end());
			used = true;
		}
		String rest = s.strip();
		Matcher pd = PLACE_DATE.matcher(rest);
		if (pd.find() && !h.dateSeen) {
			h.dateSeen = true;
			h.place = VnText.collapse(pd.group(1)).strip();
			h.issuedOn = date(pd.group(2));
			rest = rest.substring(0, pd.start()).strip();
			used = true;
		}
		else {
			// the place and date may stand after the left column's text in a flattened line
			int gap = rest.lastIndexOf("  ");
			if (gap > 0 && !h.dateSeen) {
				Matcher tail = PLACE_DATE.matcher(rest.substring(gap));
				if (tail.find()) {
					h.dateSeen = true;
					h.place = VnText.collapse(tail.group(1)).strip();
					h.issuedOn = date(tail.group(2));
					rest = rest.substring(0, gap).strip();
					used = true;
				}
			}
		}
		rest = VnText.trimPunct(VnText.collapse(rest));
		if (rest.isEmpty()) {
			return used;
		}
		if (h.number == null && !h.numberBlank && BARE_NUMBER.matcher(rest).matches()) {
			// the number without "Số:", alone in its cell
			h.number = rest.replaceAll("\\s", "").replace('–', '-');
			return true;
		}
		if (rest.startsWith("V/v") || rest.startsWith("V/V") || rest.startsWith("v/v")) {
			h.subjectLine = VnText.trimPunct(rest.substring(3));
			return true;
		}
		if (MARKS.matcher(rest).find()) {
			return true;
		}
		if (VnText.letterCount(rest) >= 2 && VnText.upperShare(rest) >= 0.7 && !KIND_LINE.matcher(rest).find()) {
			orgLines.add(rest);
			return true;
		}
		return used;
	}

	/** The cell with the national motto and the party's name cut out (they are not the issuer). */
	private static String cutMotto(String cell) {
		String folded = VnText.fold(cell);
		Matcher m = MOTTO.matcher(folded);
		if (!m.find()) {
			return cell;
		}
		StringBuilder out = new StringBuilder();
		int last = 0;
		m.reset();
		while (m.find()) {
			out.append(cell, last, m.start()).append("  ");
			last = m.end();
		}
		out.append(cell.substring(last));
		return out.toString();
	}

	/** "07 tháng 6 năm 2023", "07/6/2023" → the date; null when a part is blank ("ngày … tháng 4 năm 2024"). */
	static LocalDate date(String afterNgay) {
		Matcher m = DATE_NUMERIC.matcher(afterNgay);
		if (!m.find()) {
			m = DATE_WORDS.matcher(afterNgay);
			if (!m.find()) {
				return null;
			}
		}
		String d = m.group(1).replaceAll("[^0-9]", "");
		String mo = m.group(2).replaceAll("[^0-9]", "");
		String y = m.group(3).replaceAll("[^0-9]", "");
		if (d.isEmpty() || mo.isEmpty() || y.length() != 4 || d.length() > 2 || mo.length() > 2) {
			return null;
		}
		try {
			return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
		}
		catch (DateTimeException e) {
			return null;
		}
	}

	/**
	 * The issuing body from the header's upper-case lines: a line starting with a body's head word starts
	 * a new body, a line starting with a place ("TỈNH BÌNH THUẬN") or without a head word continues the one
	 * before. The last body is the issuer, named with its parent's place or committee where its own name
	 * has none ("SỞ KHOA HỌC VÀ CÔNG NGHỆ" under "UBND TỈNH GIA LAI").
	 */
	private static void resolveHeaderIssuer(Header h, List<String> orgLines) {
		List<String> bodies = new ArrayList<>();
		for (String line : orgLines) {
			String f = VnText.fold(line);
			boolean territory = f.matches("^(?:tinh|huyen|xa|phuong|quan|thi xa|thanh pho|thi tran|tp\\.?|dac khu) .*")
					&& !f.matches("^\\p{L}+ uy\\b.*");
			boolean head = OrgNames.startsWithHead(line) || OrgNames.isPartyCommittee(line);
			if (bodies.isEmpty() || (head && !territory)) {
				bodies.add(line);
			}
			else {
				bodies.set(bodies.size() - 1, bodies.get(bodies.size() - 1) + " " + line);
			}
		}
		if (bodies.isEmpty()) {
			return;
		}
		String issuer = OrgNames.expandLeading(OrgNames.normalCase(bodies.get(bodies.size() - 1)));
		if (bodies.size() > 1) {
			String parent = OrgNames.expandLeading(OrgNames.normalCase(bodies.get(bodies.size() - 2)));
			issuer = OrgNames.withParent(issuer, parent);
		}
		h.headerIssuer = issuer;
	}

	/**
	 * The title: the first paragraph after the kind line (its own rest included), unless that paragraph is
	 * already the preamble ("Căn cứ …", "… như sau:"). An upper-case "CỦA …" line names the issuer.
	 */
	private static int readTitle(ParseContext ctx, Header h, int kindLine, String kindRest, int end) {
		List<String> parts = new ArrayList<>();
		if (kindRest != null && !kindRest.isEmpty()) {
			parts.add(kindRest);
		}
		int titleEnd = end;
		int paragraphStart = -1;
		boolean started = !parts.isEmpty();
		for (int line = kindLine + 1; line < ctx.lineCount() && line <= kindLine + 12; line++) {
			String s = stripLine(ctx.plainLine(line));
			if (s.isEmpty()) {
				if (started) {
					break;
				}
				continue;
			}
			if (s.matches("^[-–—_=*.·•~\\s]{3,}$") || isNumberedHeading(ctx, line)) {
				break;
			}
			if (s.startsWith("CỦA ") && VnText.upperShare(s) > 0.8) {
				h.ofIssuer = OrgNames.normalCase(s.substring(4));
				titleEnd = ctx.lineEnd(line);
				started = true;
				continue;
			}
			if (paragraphStart < 0) {
				paragraphStart = ctx.lineStart(line);
			}
			if (s.matches("^\\(?(?:Ban hành|ban hành|Kèm theo|kèm theo).*")) {
				titleEnd = ctx.lineEnd(line);
				started = true;
				continue;
			}
			parts.add(s);
			titleEnd = ctx.lineEnd(line);
			started = true;
		}
		String title = VnText.collapse(String.join(" ", parts)).strip();
		if (title.isEmpty()) {
			return titleEnd;
		}
		String f = VnText.fold(title);
		boolean preamble = f.startsWith("can cu") || f.endsWith("nhu sau:") || f.endsWith("nhu sau")
				|| (title.endsWith(":") && title.length() > 80);
		if (preamble) {
			return paragraphStart >= 0 ? paragraphStart : end;
		}
		h.title = VnText.trimPunct(title);
		return titleEnd;
	}

	/** A numbered or bulleted heading (bold and Markdown lines are titles here, not headings). */
	private static boolean isNumberedHeading(ParseContext ctx, int line) {
		SectionNode node = SectionParser.detect(ctx, line, (char) 0);
		return node != null && node.style != SectionNode.Style.BOLD && node.style != SectionNode.Style.MARKDOWN;
	}

	static Kind kindOf(String word) {
		return switch (word) {
			case "KẾ HOẠCH" -> Kind.KE_HOACH;
			case "CHƯƠNG TRÌNH", "CHƯƠNG TRÌNH HÀNH ĐỘNG" -> Kind.CHUONG_TRINH;
			case "NGHỊ QUYẾT" -> Kind.NGHI_QUYET;
			case "QUYẾT ĐỊNH" -> Kind.QUYET_DINH;
			case "BÁO CÁO" -> Kind.BAO_CAO;
			case "CÔNG VĂN" -> Kind.CONG_VAN;
			default -> Kind.OTHER;
		};
	}

	/**
	 * The kind a number's code says: "88/KH-UBND", "114-KH/TU" → KE_HOACH; "64-CTr/TU" → CHUONG_TRINH;
	 * "123/UBND-KT" (no kind code) → CONG_VAN.
	 */
	static Kind kindFromNumber(String number) {
		if (number == null) {
			return null;
		}
		String[] parts = number.toUpperCase(java.util.Locale.ROOT).split("[/\\-]");
		for (int i = 1; i < parts.length; i++) {
			String p = parts[i];
			if (p.matches("\\d+")) {
				continue;
			}
			return switch (p) {
				case "KH" -> Kind.KE_HOACH;
				case "CTR", "CT-TU" -> Kind.CHUONG_TRINH;
				case "NQ" -> Kind.NGHI_QUYET;
				case "QĐ", "QD" -> Kind.QUYET_DINH;
				case "BC" -> Kind.BAO_CAO;
				case "CT", "TB", "HD", "TTR", "KL", "ĐA", "QC" -> Kind.OTHER;
				default -> Kind.CONG_VAN;
			};
		}
		return null;
	}

}
