package vn.trienkhai.document.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Documents cited by number. Vietnamese document numbers have a fixed grammar (Decree 30/2020 for the
 * state, the party's own rules): a serial number, maybe the year, and letter codes for the kind and the
 * issuer — "36-NQ/TW", "64-CTr/TU" (party: number-KIND/ISSUER), "189/NQ-CP", "693/SKHCN-QLCN" (state:
 * number/KIND-ISSUER), "52/2006/QĐ-UBND" (with the year), "29/2013/QH13" (laws). A date right after the
 * number ("ngày 05/7/2023", ", ngày 30 tháng 01 năm 2023") is its date.
 */
final class ReferenceFinder {

	private ReferenceFinder() {
	}

	private static final String CODE = "[A-Za-zĐđ][A-Za-zĐđ0-9]{0,11}";

	private static final String DASH = "\\s?[-–]\\s?";

	private static final String SLASH = "\\s?/\\s?";

	private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d/.\\-–])\\d{1,5}(?:" + DASH + CODE + SLASH
			+ CODE + "(?:[-–]" + CODE + ")*" + "|" + SLASH + "(?:\\d{4}" + SLASH + ")?" + CODE + "(?:" + DASH + CODE
			+ ")+" + "|" + SLASH + "\\d{4}" + SLASH + CODE + ")(?![\\p{L}\\d])");

	private static final Pattern DATE_AFTER = Pattern.compile("^[\\s,;(]*(?:(?:được\\s+)?(?:ban hành|ký)\\s+)?"
			+ "(?:ngày\\s*)?(?:(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})"
			+ "|(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4}))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** Keywords of a relation before a number in its clause, folded, with their relation. */
	private static final Pattern RELATION = Pattern.compile("can cu|thuc hien|trien khai");

	static List<PlanDraft.Reference> find(ParseContext ctx, String ownNumber) {
		String own = ownNumber == null ? null : key(ownNumber);
		Map<String, Found> found = new LinkedHashMap<>();
		Matcher m = NUMBER.matcher(ctx.plain);
		while (m.find()) {
			ctx.referenceSpans.add(new int[] { m.start(), m.end() });
			String number = clean(m.group());
			String key = key(number);
			if (key.equals(own) || !hasLetterCode(number)) {
				continue;
			}
			LocalDate date = dateAfter(ctx.plain, m.end());
			String relation = relation(ctx.folded, m.start());
			Found f = found.get(key);
			if (f == null) {
				found.put(key, new Found(number, date, relation, m.start(), m.end()));
			}
			else {
				if (f.date == null && date != null) {
					f.date = date;
				}
				if ("other".equals(f.relation) && !"other".equals(relation)) {
					f.relation = relation;
				}
			}
		}
		List<PlanDraft.Reference> out = new ArrayList<>(found.size());
		for (Found f : found.values()) {
			out.add(new PlanDraft.Reference(f.number, f.date, f.relation, new PlanDraft.Span(f.start, f.end)));
		}
		return out;
	}

	private static final class Found {

		final String number;

		LocalDate date;

		String relation;

		final int start;

		final int end;

		Found(String number, LocalDate date, String relation, int start, int end) {
			this.number = number;
			this.date = date;
			this.relation = relation;
			this.start = start;
			this.end = end;
		}

	}

	/** "36 - NQ/ TW" → "36-NQ/TW": white space out, en dash to hyphen. */
	static String clean(String number) {
		return number.replaceAll("\\s", "").replace('–', '-');
	}

	/** The comparison form: also upper case ("36-nq/tw" is "36-NQ/TW"). */
	static String key(String number) {
		return clean(number).toUpperCase(Locale.ROOT);
	}

	private static boolean hasLetterCode(String number) {
		for (int i = 0; i < number.length(); i++) {
			if (Character.isLetter(number.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static LocalDate dateAfter(String plain, int end) {
		String window = plain.substring(end, Math.min(plain.length(), end + 60)).replace('\n', ' ');
		Matcher d = DATE_AFTER.matcher(window);
		if (!d.find()) {
			return null;
		}
		int base = d.group(1) != null ? 1 : 4;
		try {
			return LocalDate.of(Integer.parseInt(d.group(base + 2)), Integer.parseInt(d.group(base + 1)),
					Integer.parseInt(d.group(base)));
		}
		catch (DateTimeException e) {
			return null;
		}
	}

	/**
	 * "basis" after "căn cứ", "implements" after "thực hiện"/"triển khai", looking back to the start of the
	 * clause (a sentence end, a semicolon, a line break, at most 250 chars).
	 */
	private static String relation(String folded, int start) {
		int from = Math.max(0, start - 250);
		int clause = from;
		for (int i = start - 1; i >= from; i--) {
			char c = folded.charAt(i);
			if (c == '\n' || c == ';' || (c == '.' && i + 1 < folded.length() && folded.charAt(i + 1) == ' ')) {
				clause = i + 1;
				break;
			}
		}
		Matcher m = RELATION.matcher(folded);
		m.region(clause, start);
		String last = null;
		while (m.find()) {
			last = m.group();
		}
		if (last == null) {
			return "other";
		}
		return last.equals("can cu") ? "basis" : "implements";
	}

}
