package vn.trienkhai.document.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quantitative goals (chỉ tiêu) in the goals part (MỤC TIÊU): a number with "%" or with a unit word
 * ("6 sản phẩm", "04 - 05 doanh nghiệp"), its comparator from the words right before it ("khoảng",
 * "ít nhất", "trên" …) and the year in force — the horizon of the heading it stands under ("Đến năm
 * 2030", "Tầm nhìn đến năm 2045"), one opening the paragraph above it, or one written in its own sentence
 * ("đến năm 2035"); failing all, the first horizon of the part or the end of the title's period. Document
 * numbers, dates, years, section numbers and durations ("sau 3 năm") are not goals. Without a goals part,
 * only lines that speak of goals ("phấn đấu", "chỉ tiêu", "mục tiêu") are read.
 */
final class TargetFinder {

	private TargetFinder() {
	}

	private static final String NUM = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?";

	private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.,/\\-–])(" + NUM + ")(?![\\d])");

	private static final Pattern PERCENT = Pattern.compile("^\\s?%");

	private static final Pattern RANGE_PERCENT = Pattern
		.compile("^\\s*%?\\s*(?:[-–—]|đến|tới)\\s*(" + NUM + ")\\s?%", Pattern.UNICODE_CASE);

	private static final Pattern RANGE_COUNT = Pattern
		.compile("^\\s*(?:[-–—]|đến|tới)\\s*(" + NUM + ")\\s+(?=\\p{Ll})");

	private static final Pattern UNIT_WORD = Pattern.compile("^\\s+(\\p{Ll}[\\p{L}\\-]*)");

	/** Words after a number that make it a time, a rank or a quality, not a quantity to reach. */
	private static final Set<String> NOT_UNITS = Set.of("năm", "tháng", "ngày", "quý", "giờ", "phút", "tuần",
			"sao", "giai", "kỳ", "khóa", "lần thứ", "thứ", "tuổi", "đời", "nhiệm", "bước", "cấp");

	/** Words just before a number that make it a reference, a date part or a rank. */
	private static final Set<String> NOT_BEFORE = Set.of("nam", "thang", "ngay", "quy", "so", "dieu", "khoan",
			"diem", "khoa", "thu", "doan", "muc", "luc", "quyet", "hoach", "trinh", "dinh", "thi", "luat",
			"luan", "van", "cao", "gio", "tuan", "phien", "ky", "covid", "iso", "tcvn", "qcvn", "phan", "chuong",
			"buoc", "nghiep", "vong", "dot", "hang", "loai", "phong", "to", "ap", "thon", "khu",
			"lo", "nhom", "lop", "giai");

	/** Two-word units first, so "sản phẩm" wins over "sản". */
	private static final List<String> UNITS = List.of("phòng thí nghiệm", "cơ sở dữ liệu", "hợp tác xã",
			"tỷ đồng", "triệu đồng", "nghìn tỷ đồng", "tỷ USD", "triệu USD", "sản phẩm", "doanh nghiệp",
			"mô hình", "cơ sở", "nhiệm vụ", "đề tài", "dự án", "sáng kiến", "trang trại", "nhãn hiệu", "chỉ dẫn",
			"lao động", "cán bộ", "chuyên gia", "trung tâm", "giống", "chuỗi", "khu", "vùng", "người", "lượt",
			"lớp", "ha", "héc-ta", "hecta", "tấn", "xã", "phường", "huyện", "hộ", "lần", "điểm", "công trình",
			"quy trình", "tiến bộ", "bằng", "thương hiệu", "tổ chức", "cá nhân", "đơn vị", "điểm trường");

	private static final Pattern HORIZON = Pattern.compile("(?:den het|den|toi|truoc|vao|trong)\\s+nam\\s+(\\d{4})"
			+ "|tam nhin(?:\\s+den)?(?:\\s+nam)?\\s+(\\d{4})|giai doan\\s+\\d{4}\\s*[-–]\\s*(\\d{4})|(?:^|\\s)nam\\s+(\\d{4})");

	private static final Pattern INLINE_HORIZON = Pattern.compile(
			"(?:den het|den|toi|truoc|vao)\\s+nam\\s+(\\d{4})|tam nhin(?:\\s+den)?(?:\\s+nam)?\\s+(\\d{4})"
					+ "|giai doan\\s+\\d{4}\\s*[-–]\\s*(\\d{4})");

	private static final Pattern APPROX = Pattern.compile("(?:khoang|xap xi|chung|gan)\\s*$");

	private static final Pattern AT_LEAST = Pattern.compile("(?:it nhat|toi thieu|khong duoi|khong it hon)\\s*$");

	private static final Pattern FROM = Pattern.compile("(?:^|\\s)tu\\s*$");

	private static final Pattern MORE = Pattern.compile("(?:tren|hon|vuot|cao hon|lon hon)\\s*$");

	private static final Pattern AT_MOST = Pattern.compile("(?:toi da|khong qua|khong vuot qua|khong vuot)\\s*$");

	private static final Pattern LESS = Pattern.compile("(?:duoi|thap hon|nho hon|chua den|it hon)\\s*$");

	private static final List<Pattern> COMPARATORS = List.of(APPROX, AT_LEAST, AT_MOST, MORE, LESS, FROM);

	/** How far before a value its comparator and verb are looked for. */
	private static final int TAIL = 30;

	private static final Pattern VERB_BEFORE = Pattern.compile("(?:^|\\s)(dat|o muc|dat muc)\\s*$");

	private static final Pattern FILLER_END = Pattern
		.compile("(?:\\s+(?:đạt|có|là|chiếm|bằng|được|phấn đấu|đạt mức|ở mức|đạt tỷ lệ|đạt khoảng|khoảng|trên|"
				+ "ít nhất|tối thiểu|tối đa|dưới|hơn|không quá|từ))+\\s*$", Pattern.UNICODE_CASE);

	private static final Pattern FILLER_START = Pattern.compile("^(?:(?:và|trong đó|phấn đấu|đồng thời|có|đạt)(?:\\s+|$))+",
			Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

	private record Horizon(int year, int start, int end) {
	}

	/** A target and where its value and unit end. */
	private record Found(PlanDraft.Target target, int valueEnd) {
	}

	static List<PlanDraft.Target> find(ParseContext ctx) {
		List<SectionNode> scopes = ctx.sectionsWithRole("goals");
		List<int[]> regions = new ArrayList<>();
		for (SectionNode s : scopes) {
			regions.add(new int[] { s.start, s.end });
		}
		boolean fallback = regions.isEmpty();
		if (fallback) {
			regions.add(new int[] { ctx.headerEnd, ctx.bodyEnd });
		}
		List<PlanDraft.Target> out = new ArrayList<>();
		for (int[] region : regions) {
			List<Horizon> horizons = horizons(ctx, region);
			Integer fallbackYear = defaultYear(ctx, horizons);
			Matcher m = NUMBER.matcher(ctx.plain);
			m.region(region[0], region[1]);
			int skipUntil = -1;
			while (m.find()) {
				if (m.start() < skipUntil) {
					continue; // the upper end of a range already read
				}
				Found f = target(ctx, m, horizons, fallback, fallbackYear);
				if (f != null) {
					out.add(f.target);
					skipUntil = f.valueEnd;
				}
			}
		}
		boolean unknownYear = out.stream().anyMatch(t -> t.year() == null);
		if (unknownYear) {
			ctx.warn("TARGET_YEAR_UNKNOWN", "Không xác định được năm mục tiêu của một số chỉ tiêu.");
		}
		return out;
	}

	private static Found target(ParseContext ctx, Matcher m, List<Horizon> horizons, boolean fallback,
			Integer fallbackYear) {
		int start = m.start();
		int end = m.end();
		if (ctx.inReference(start) || !ctx.inBody(start) || inMarker(ctx, start)) {
			return null;
		}
		String plain = ctx.plain;
		if (end < plain.length() && (plain.charAt(end) == '/' || plain.charAt(end) == '-' && end + 1 < plain.length()
				&& Character.isDigit(plain.charAt(end + 1)) && isYear(m.group(1)))) {
			return null;
		}
		if (NOT_BEFORE.contains(wordBefore(ctx.folded, start))) {
			return null;
		}
		int lineEnd = ctx.lineEnd(ctx.lineAt(start));
		String after = plain.substring(end, Math.min(lineEnd, end + 120));
		BigDecimal value = parse(m.group(1));
		BigDecimal max = null;
		String unit;
		int unitEnd;
		Matcher r;
		if ((r = RANGE_PERCENT.matcher(after)).find()) {
			max = parse(r.group(1));
			unit = "%";
			unitEnd = end + r.end();
		}
		else if (PERCENT.matcher(after).find()) {
			unit = "%";
			unitEnd = end + after.indexOf('%') + 1;
		}
		else {
			if (isYear(m.group(1))) {
				return null;
			}
			int from = 0;
			if ((r = RANGE_COUNT.matcher(after)).find()) {
				max = parse(r.group(1));
				from = r.end() - 1;
			}
			Matcher u = UNIT_WORD.matcher(after.substring(from));
			if (!u.find()) {
				return null;
			}
			int unitStart = from + u.start(1);
			unit = unit(after.substring(unitStart));
			if (unit == null) {
				return null;
			}
			unitEnd = end + unitStart + unit.length();
			if (fallback && !hasGoalWords(ctx, start)) {
				return null;
			}
		}
		if (value == null || (max != null && max.compareTo(value) <= 0)) {
			return null;
		}
		int clauseStart = clauseStart(plain, start, ctx.lineStart(ctx.lineAt(start)));
		// comparators are the last few words before the value: a short tail is enough
		String pre = ctx.folded.substring(Math.max(clauseStart, start - TAIL), start);
		String comparator = comparator(pre, plain.substring(unitEnd, Math.min(lineEnd, unitEnd + 20)), max != null);
		int quoteStart = quoteStart(ctx.folded, clauseStart, start, comparator);
		int clauseEnd = clauseEnd(plain, unitEnd, lineEnd);
		String subject = subject(ctx, clauseStart, quoteStart, "%".equals(unit) ? unitEnd : unitEnd - unit.length(),
				clauseEnd);
		Integer year = year(ctx, horizons, start);
		if (year == null) {
			year = fallbackYear;
		}
		return new Found(new PlanDraft.Target(year, value, max, unit, comparator, subject,
				ctx.quote(quoteStart, clauseEnd), new PlanDraft.Span(quoteStart, clauseEnd)), unitEnd);
	}

	private static boolean isYear(String number) {
		if (number.length() != 4 || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return false;
		}
		int y = Integer.parseInt(number);
		return y >= 1900 && y <= 2100;
	}

	/** A heading's own number ("2.1." at the start of its line). */
	private static boolean inMarker(ParseContext ctx, int pos) {
		SectionNode s = ctx.sectionAt(pos);
		return s != null && pos >= s.start && pos < s.contentStart;
	}

	private static String wordBefore(String folded, int pos) {
		int e = pos;
		while (e > 0 && (folded.charAt(e - 1) == ' ' || folded.charAt(e - 1) == ':')) {
			e--;
		}
		int b = e;
		while (b > 0 && Character.isLetter(folded.charAt(b - 1))) {
			b--;
		}
		return folded.substring(b, e);
	}

	private static boolean hasGoalWords(ParseContext ctx, int pos) {
		int line = ctx.lineAt(pos);
		int from = Math.max(ctx.lineStart(line), pos - CLAUSE_MAX);
		int to = Math.min(ctx.lineEnd(line), pos + CLAUSE_MAX);
		String f = ctx.folded.substring(from, to);
		return f.contains("phan dau") || f.contains("chi tieu") || f.contains("muc tieu");
	}

	/** "1.000" → 1000, "7,5" → 7.5, "2.5" → 2.5 (a dot before other than three digits is a decimal point). */
	static BigDecimal parse(String number) {
		String n = number;
		if (n.matches("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?")) {
			n = n.replace(".", "").replace(',', '.');
		}
		else {
			n = n.replace(',', '.');
		}
		try {
			BigDecimal value = new BigDecimal(n);
			if (value.scale() > 0) {
				value = value.stripTrailingZeros();
			}
			return value.scale() < 0 ? value.setScale(0) : value;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/** The unit at the start of s: a known unit, else the first word unless it is a time or a rank. */
	private static String unit(String s) {
		String lower = s;
		for (String u : UNITS) {
			if (lower.startsWith(u) && (lower.length() == u.length() || !Character.isLetter(lower.charAt(u.length())))) {
				return s.substring(0, u.length());
			}
		}
		int e = 0;
		while (e < s.length() && (Character.isLetter(s.charAt(e)) || s.charAt(e) == '-')) {
			e++;
		}
		String word = s.substring(0, e);
		if (word.isEmpty() || NOT_UNITS.contains(word)) {
			return null;
		}
		for (String not : NOT_UNITS) {
			if (s.startsWith(not + " ")) {
				return null;
			}
		}
		return word;
	}

	/** How far a clause is looked for, either way: bounds the work on very long lines. */
	private static final int CLAUSE_MAX = 300;

	private static int clauseStart(String plain, int pos, int lineStart) {
		int from = Math.max(lineStart, pos - CLAUSE_MAX);
		for (int i = pos - 1; i >= from; i--) {
			char c = plain.charAt(i);
			if (c == ',' || c == ';' || c == ':' || c == '(' || (c == '.' && i + 1 < plain.length()
					&& plain.charAt(i + 1) == ' ')) {
				return i + 1;
			}
		}
		return from;
	}

	private static int clauseEnd(String plain, int from, int lineEnd) {
		lineEnd = Math.min(lineEnd, from + CLAUSE_MAX);
		for (int i = from; i < lineEnd; i++) {
			char c = plain.charAt(i);
			if (c == ',' || c == ';' || c == ')' || (c == '.' && (i + 1 >= lineEnd || plain.charAt(i + 1) == ' '))) {
				return i;
			}
		}
		int e = lineEnd;
		while (e > from && Character.isWhitespace(plain.charAt(e - 1))) {
			e--;
		}
		return e;
	}

	private static String comparator(String pre, String after, boolean range) {
		if (range) {
			return "range";
		}
		String f = VnText.fold(after).strip();
		if (f.startsWith("tro len")) {
			return ">=";
		}
		if (f.startsWith("tro xuong")) {
			return "<=";
		}
		if (APPROX.matcher(pre).find()) {
			return "approx";
		}
		if (AT_LEAST.matcher(pre).find()) {
			return ">=";
		}
		if (AT_MOST.matcher(pre).find()) {
			return "<=";
		}
		if (MORE.matcher(pre).find()) {
			return ">";
		}
		if (LESS.matcher(pre).find()) {
			return "<";
		}
		if (FROM.matcher(pre).find()) {
			return ">=";
		}
		return "=";
	}

	/** The quote starts at the comparator, with "đạt" before it when there is one: "đạt trên 60%". */
	private static int quoteStart(String folded, int clauseStart, int numberStart, String comparator) {
		int tailStart = Math.max(clauseStart, numberStart - TAIL);
		String pre = folded.substring(tailStart, numberStart);
		int start = numberStart;
		if (!"=".equals(comparator) && !"range".equals(comparator)) {
			for (Pattern p : COMPARATORS) {
				Matcher m = p.matcher(pre);
				if (m.find()) {
					int s = tailStart + m.start();
					while (s < numberStart && folded.charAt(s) == ' ') {
						s++;
					}
					start = Math.min(start, s);
					break;
				}
			}
		}
		int verbFrom = Math.max(clauseStart, start - TAIL);
		Matcher v = VERB_BEFORE.matcher(folded.substring(verbFrom, start));
		if (v.find()) {
			start = verbFrom + v.start(1);
		}
		return start;
	}

	/**
	 * What is measured: the clause before the value ("Tỷ lệ … đạt trên 60%"); when that is only a verb or
	 * two ("Thay thế ít nhất 50% sản phẩm …", "phấn đấu có 6 sản phẩm …"), with the words after the value.
	 */
	private static String subject(ParseContext ctx, int clauseStart, int quoteStart, int restStart, int clauseEnd) {
		String before = VnText.collapse(ctx.plain.substring(clauseStart, quoteStart));
		before = FILLER_END.matcher(before).replaceAll("");
		before = FILLER_START.matcher(before).replaceAll("");
		before = VnText.trimPunct(before);
		String rest = VnText.trimPunct(ctx.quote(restStart, clauseEnd));
		int words = before.isEmpty() ? 0 : before.split(" ").length;
		if (words > 3 || rest.isEmpty()) {
			return before.isEmpty() ? null : before;
		}
		return (before + " " + rest).strip();
	}

	// ---------------------------------------------------------------------------------------------------
	// Horizons

	/**
	 * The years in force and where: a heading's year covers its section; a year at the start of a line
	 * ending with ":" covers the rest of the section; elsewhere, the rest of its sentence.
	 */
	private static List<Horizon> horizons(ParseContext ctx, int[] region) {
		List<Horizon> out = new ArrayList<>();
		for (SectionNode s : ctx.sections) {
			if (s.start < region[0] || s.start >= region[1] || s.isBullet()) {
				continue;
			}
			// "Mục tiêu đến năm 2030, tầm nhìn đến năm 2045": the first horizon is the one of the goals below
			Matcher m = HORIZON.matcher(VnText.fold(s.title));
			Integer year = m.find() ? yearOf(m) : null;
			if (year != null) {
				out.add(new Horizon(year, s.start, s.end));
			}
		}
		Matcher m = INLINE_HORIZON.matcher(ctx.folded);
		m.region(region[0], region[1]);
		while (m.find()) {
			int line = ctx.lineAt(m.start());
			int lineStart = ctx.lineStart(line);
			int lineEnd = ctx.lineEnd(line);
			SectionNode s = ctx.sectionAt(m.start());
			if (s != null && !s.isBullet() && s.start == lineStart && m.start() < s.contentStart + 40) {
				continue; // a heading's year, counted above
			}
			// a year that opens a paragraph governs what follows in its section (until another year);
			// one inside a sentence, the rest of that sentence
			boolean leads = m.start() - lineStart <= 30;
			int end;
			if (leads) {
				SectionNode container = s;
				while (container != null && container.isBullet() && container.start == lineStart) {
					container = container.parent;
				}
				end = container != null && container.start != lineStart ? container.end
						: s != null && !s.isBullet() ? s.end : region[1];
				if (s != null && s.isBullet() && s.start == lineStart) {
					end = s.end; // a bullet's own year covers the bullet
				}
			}
			else {
				end = sentenceEnd(ctx.plain, m.end(), lineEnd);
			}
			out.add(new Horizon(yearOf(m), m.start(), end));
		}
		return out;
	}

	/**
	 * The year when none governs a value: the first horizon of the goals part, else the end of a period in
	 * the title ("giai đoạn 2024 - 2030", "đến năm 2030"); null when there is none.
	 */
	private static Integer defaultYear(ParseContext ctx, List<Horizon> horizons) {
		Horizon first = null;
		for (Horizon h : horizons) {
			if (first == null || h.start < first.start) {
				first = h;
			}
		}
		if (first != null) {
			return first.year;
		}
		Matcher m = INLINE_HORIZON.matcher(ctx.folded);
		m.region(0, Math.min(ctx.headerEnd, ctx.folded.length()));
		return m.find() ? yearOf(m) : null;
	}

	private static int sentenceEnd(String plain, int from, int lineEnd) {
		lineEnd = Math.min(lineEnd, from + CLAUSE_MAX);
		for (int i = from; i < lineEnd; i++) {
			if (plain.charAt(i) == '.' && (i + 1 >= lineEnd || plain.charAt(i + 1) == ' ')) {
				return i;
			}
		}
		return lineEnd;
	}

	private static Integer yearOf(Matcher m) {
		for (int g = 1; g <= m.groupCount(); g++) {
			if (m.group(g) != null) {
				return Integer.parseInt(m.group(g));
			}
		}
		return null;
	}

	/**
	 * The year in force at pos: the innermost horizon before it that still covers it; else one written
	 * later in the same sentence ("… đạt 50% vào năm 2035").
	 */
	private static Integer year(ParseContext ctx, List<Horizon> horizons, int pos) {
		Horizon best = null;
		for (Horizon h : horizons) {
			if (h.start <= pos && pos < h.end && (best == null || h.start >= best.start)) {
				best = h;
			}
		}
		if (best != null) {
			return best.year;
		}
		int lineEnd = ctx.lineEnd(ctx.lineAt(pos));
		int end = sentenceEnd(ctx.plain, pos, lineEnd);
		for (Horizon h : horizons) {
			if (h.start > pos && h.start < end) {
				return h.year;
			}
		}
		return null;
	}

}
