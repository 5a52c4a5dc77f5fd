package vn.trienkhai.document.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explicit time limits. A date is a deadline only when a word of limit stands right before it ("xong",
 * "hoàn thành", "trước", "chậm nhất", "trong", "vào") — the dates of cited documents and the horizons of
 * goals ("đến năm 2030") are not deadlines. Normal forms: a day ("2024-04-30"; a month or quarter becomes
 * its last day), a day every year ("--11-15"), a month every year ("--12").
 */
final class DeadlineFinder {

	private DeadlineFinder() {
	}

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final Pattern TIME = Pattern.compile(
			"(?<![\\p{L}\\d])(?:(?<qr>quý\\s+(?<qrn>IV|III|II|I|[1-4])\\s+(?:hàng|hằng|mỗi)\\s+năm)"
					+ "|(?<q>quý\\s+(?<qn>IV|III|II|I|[1-4])\\s*(?:/|-|\\s+năm\\s+)\\s*(?<qy>\\d{4}))"
					+ "|(?<d>ngày\\s+(?<dd>\\d{1,2})\\s*(?:[/.\\-]|\\s+tháng\\s+)\\s*(?<dm>\\d{1,2})"
					+ "(?:\\s*(?:[/.\\-]|\\s+năm\\s+)\\s*(?<dy>\\d{4})|\\s+(?:hàng|hằng|mỗi)\\s+năm)?)"
					+ "|(?<mr>tháng\\s+(?<mrn>\\d{1,2})\\s+(?:hàng|hằng|mỗi)\\s+năm)"
					+ "|(?<m>tháng\\s+(?<mn>\\d{1,2})\\s*(?:/|-|\\s+năm\\s+)\\s*(?<my>\\d{4}))"
					+ "|(?<n>(?<nd>\\d{1,2})/(?<nm>\\d{1,2})(?:/(?<ny>\\d{4})|(?![\\d/])(?:\\s+(?:hàng|hằng|mỗi)\\s+năm)?)"
					+ "(?![\\d/]))"
					+ "|(?<y>năm\\s+(?<yy>\\d{4})))(?![\\p{L}\\d])",
			FLAGS);

	/** Words of limit before a time, folded, as a chain ("xong trong", "chậm nhất là"). */
	private static final Pattern TRIGGER = Pattern
		.compile("((?:(?<![a-z])(?:xong|hoan thanh|hoan tat|truoc|cham nhat|muon nhat|khong qua|khong muon hon|"
				+ "trong|vao|den het|han chot|thoi han|thoi gian(?: hoan thanh| thuc hien)?|tien do(?: hoan thanh)?|"
				+ "ket thuc|la)[\\s:,]{0,4}){1,6})$");

	/** What may stand between two limits of one phrase. */
	private static final Pattern AND = Pattern.compile("\\s*(?:,|va|hoac)\\s*");

	/** A year alone is a deadline only after these ("trong năm 2024", "hoàn thành năm 2025"). */
	private static final Pattern YEAR_TRIGGER = Pattern
		.compile("xong|hoan thanh|hoan tat|truoc|cham nhat|trong|den het|thoi gian|thoi han|tien do");

	static List<PlanDraft.Deadline> find(ParseContext ctx) {
		List<PlanDraft.Deadline> out = new ArrayList<>();
		List<SectionNode> goals = ctx.sectionsWithRole("goals");
		Matcher m = TIME.matcher(ctx.plain);
		m.region(ctx.headerEnd, ctx.text.length());
		int lastEnd = -1;
		while (m.find()) {
			int start = m.start();
			if (!ctx.inBody(start) || ctx.inReference(start) || inAny(goals, start)) {
				continue;
			}
			int windowStart = Math.max(ctx.lineStart(ctx.lineAt(start)), start - 50);
			String before = ctx.folded.substring(windowStart, start);
			Matcher t = TRIGGER.matcher(before);
			boolean triggered = t.find() && !t.group().strip().equals("la")
					&& (m.group("y") == null || YEAR_TRIGGER.matcher(t.group()).find());
			int quoteStart;
			if (triggered) {
				quoteStart = windowStart + t.start();
			}
			else if (lastEnd >= 0 && lastEnd <= start && AND.matcher(ctx.folded.substring(lastEnd, start)).matches()) {
				quoteStart = start; // "trước ngày 20/6 và ngày 15/12": the limit goes on
			}
			else {
				continue;
			}
			Normal normal = normal(m);
			if (normal == null) {
				continue;
			}
			lastEnd = m.end();
			out.add(new PlanDraft.Deadline(normal.date, normal.recurring, ctx.quote(quoteStart, m.end()),
					new PlanDraft.Span(quoteStart, m.end())));
		}
		return out;
	}

	private static boolean inAny(List<SectionNode> sections, int pos) {
		for (SectionNode s : sections) {
			if (pos >= s.start && pos < s.end) {
				return true;
			}
		}
		return false;
	}

	record Normal(String date, boolean recurring) {
	}

	private static Normal normal(Matcher m) {
		try {
			if (m.group("qr") != null) {
				return new Normal("--" + quarterEnd(m.group("qrn")), true);
			}
			if (m.group("q") != null) {
				return new Normal(m.group("qy") + "-" + quarterEnd(m.group("qn")), false);
			}
			if (m.group("d") != null) {
				return day(m.group("dd"), m.group("dm"), m.group("dy"));
			}
			if (m.group("mr") != null) {
				int month = Integer.parseInt(m.group("mrn"));
				return month >= 1 && month <= 12 ? new Normal(String.format("--%02d", month), true) : null;
			}
			if (m.group("m") != null) {
				YearMonth ym = YearMonth.of(Integer.parseInt(m.group("my")), Integer.parseInt(m.group("mn")));
				return new Normal(ym.atEndOfMonth().toString(), false);
			}
			if (m.group("n") != null) {
				return day(m.group("nd"), m.group("nm"), m.group("ny"));
			}
			if (m.group("y") != null) {
				return new Normal(m.group("yy") + "-12-31", false);
			}
		}
		catch (DateTimeException | NumberFormatException e) {
			return null;
		}
		return null;
	}

	private static Normal day(String d, String mo, String y) {
		int day = Integer.parseInt(d);
		int month = Integer.parseInt(mo);
		if (y == null) {
			// validated against a leap year: 29/2 is a valid yearly date
			LocalDate.of(2024, month, day);
			return new Normal(String.format("--%02d-%02d", month, day), true);
		}
		return new Normal(LocalDate.of(Integer.parseInt(y), month, day).toString(), false);
	}

	private static String quarterEnd(String quarter) {
		return switch (quarter.toUpperCase(java.util.Locale.ROOT)) {
			case "I", "1" -> "03-31";
			case "II", "2" -> "06-30";
			case "III", "3" -> "09-30";
			default -> "12-31";
		};
	}

	private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})\\s*[-–]\\s*(\\d{4})");

	private static final Pattern YEAR_ONLY = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

	/**
	 * The date of a table's time cell, where no word of limit is needed: "Quý II/2024", "Tháng 6/2024",
	 * "30/6/2024", "Năm 2024", "2024-2025" (the end). Null for "Hằng năm", "Thường xuyên".
	 */
	static Normal cell(String text) {
		Matcher m = TIME.matcher(text);
		while (m.find()) {
			Normal n = normal(m);
			if (n != null) {
				return n;
			}
		}
		Matcher r = YEAR_RANGE.matcher(text);
		if (r.find()) {
			return new Normal(r.group(2) + "-12-31", false);
		}
		Matcher y = YEAR_ONLY.matcher(text);
		if (y.find()) {
			int year = Integer.parseInt(y.group(1));
			if (year >= 1990 && year <= 2100) {
				return new Normal(year + "-12-31", false);
			}
		}
		return null;
	}

}
