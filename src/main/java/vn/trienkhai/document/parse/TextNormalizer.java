package vn.trienkhai.document.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the text a plan arrives in (typed, converted from DOCX, extracted from PDF, Markdown) into one
 * normal form, keeping for every output char the offset of the input char it came from:
 * <ul>
 * <li>BOM, zero-width and control chars dropped; CRLF/CR to LF; tabs and odd spaces to spaces;</li>
 * <li>NFC, so that PDF text in NFD matches the patterns written in NFC;</li>
 * <li>one tone placement: "hoà", "thuỷ", "UỶ" become "hòa", "thủy", "ỦY" — the placement in the
 * national reference lists, so names compare equal;</li>
 * <li>each line trimmed; a run of white space inside a line becomes one space, or two spaces when it was
 * longer — two spaces mark a column gap in a flattened two-column header;</li>
 * <li>lines broken in the middle of a phrase (PDF line wraps) joined again: inside a document number
 * ("36-NQ/" + "TW") with nothing, elsewhere with a space. A line is a continuation when it starts in
 * lower case, when the line before ends in a word that cannot end a sentence ("và", "của", "các" …) or a
 * comma, or, in a hard-wrapped text, when the line before is nearly as long as the wrap width. A line
 * that starts a unit (a heading or list marker, a table row, "Nơi nhận") is never a continuation;</li>
 * <li>lone page numbers dropped, so they do not part a paragraph running over a page break.</li>
 * </ul>
 */
final class TextNormalizer {

	private TextNormalizer() {
	}

	/** The normalised text and, for every char of it (plus one past the end), its offset in the input. */
	record Result(String text, int[] sourceOffsets) {
	}

	/** More combining marks than this on one base char are noise (garbage input), and are dropped. */
	private static final int MAX_MARKS = 4;

	/**
	 * A line that starts a new unit, never a continuation: a list or heading marker, a table row, a
	 * Markdown heading or emphasis, an article, the recipients' block, a signature.
	 */
	static final Pattern NEW_UNIT = Pattern.compile("^(?:[-–—+•·▪●◦○►➢✓*#|]|\\d{1,2}(?:\\.\\d{1,2})*[.):](?!\\d)"
			+ "|\\d{1,2}(?:\\.\\d{1,2})+\\s|[IVXLC]{1,6}\\s*[.\\-–):]\\s|[a-zđ]\\s?[).]\\s|\\(\\w{1,4}\\)"
			+ "|Điều\\s+\\d|(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)\\s+[\\dIVXLC]|Nơi nhận|NƠI NHẬN|Số\\s*:|T/M|TM\\.|KT\\.|"
			+ "PHỤ LỤC|Phụ lục)");

	/** A line that is only a page number: "4", "- 4 -", "Trang 4", "4/12". */
	private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:-\\s*)?(?:Trang\\s+)?\\d{1,3}(?:\\s*/\\s*\\d{1,3})?(?:\\s*-)?$");

	/** The last token of a line ends a document number cut in two: "36-NQ/", "189/NQ-", "52/2006/". */
	private static final Pattern NUMBER_CUT = Pattern.compile("[\\p{L}\\d]{0,8}\\d[\\p{L}\\d/\\-–]{0,30}[/\\-–]");

	/** Words a sentence does not end with: a line ending with one goes on in the next line. */
	private static final Set<String> CONNECTORS = Set.of("và", "của", "với", "các", "cho", "theo", "về", "tại",
			"trong", "ngày", "số", "tháng", "năm", "đến", "từ", "thuộc", "hoặc", "là", "để", "nhằm", "bằng",
			"những", "được", "do", "như", "qua", "giữa", "vào", "cùng", "mà", "thì", "nên", "phải", "sẽ", "đã",
			"đang", "đối");

	/** Old-style tone placement on open "oa", "oe", "uy": the toned vowel and its tone mark. */
	private static final String TONES = "\u0301\u0300\u0309\u0303\u0323";

	static Result normalize(String raw) {
		String input = raw == null ? "" : raw;
		Buffer chars = cleanChars(input);
		List<Line> lines = splitLines(chars);
		return join(lines, input.length());
	}

	// ---------------------------------------------------------------------------------------------------
	// Pass 1: chars

	private static Buffer cleanChars(String raw) {
		int n = raw.length();
		Buffer out = new Buffer(n + 16);
		int i = 0;
		while (i < n) {
			char c = raw.charAt(i);
			int j = i + 1;
			while (j < n && isMark(raw.charAt(j))) {
				j++;
			}
			if (j - i > 1 || isMark(c)) {
				int end = Math.min(j, i + 1 + MAX_MARKS);
				String nfc = Normalizer.normalize(raw.substring(i, end), Normalizer.Form.NFC);
				for (int k = 0; k < nfc.length(); k++) {
					emit(out, nfc.charAt(k), i, raw, i);
				}
			}
			else {
				emit(out, c, i, raw, i);
			}
			i = j;
		}
		return out;
	}

	private static boolean isMark(char c) {
		int type = Character.getType(c);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK;
	}

	private static void emit(Buffer out, char c, int source, String raw, int index) {
		switch (c) {
			case '\r' -> {
				if (index + 1 < raw.length() && raw.charAt(index + 1) == '\n') {
					return;
				}
				out.add('\n', source);
			}
			case '\n', '\u2028', '\u2029', '\u0085', '\u000B', '\f' -> out.add('\n', source);
			case '\t' -> {
				// a tab separates columns: keep it as a gap
				out.add(' ', source);
				out.add(' ', source);
			}
			case '\uFEFF', '\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\u200E', '\u200F' -> {
				// invisible: BOM, zero-width, soft hyphen, direction marks
			}
			case '\u00D0' -> out.add('Đ', source); // Icelandic eth, used for Đ by legacy Vietnamese fonts
			case '\u00F0' -> out.add('đ', source);
			case '\u0189' -> out.add('Đ', source);
			default -> {
				if (Character.isSpaceChar(c) || Character.isWhitespace(c)) {
					out.add(' ', source);
				}
				else if (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT) {
					out.add(' ', source);
				}
				else {
					out.add(c, source);
				}
			}
		}
	}

	// ---------------------------------------------------------------------------------------------------
	// Pass 2: lines — trim, collapse white space, one tone placement

	/** One line of the text, trimmed: its chars and their input offsets; {@code breakSource} is the LF's. */
	private record Line(String text, int[] sources, int breakSource) {

		boolean blank() {
			return text.isEmpty();
		}

	}

	private static List<Line> splitLines(Buffer in) {
		List<Line> lines = new ArrayList<>();
		int n = in.size;
		int start = 0;
		for (int i = 0; i <= n; i++) {
			if (i == n || in.chars[i] == '\n') {
				lines.add(line(in, start, i, i < n ? in.sources[i] : (n > 0 ? in.sources[n - 1] + 1 : 0)));
				start = i + 1;
			}
		}
		return lines;
	}

	private static Line line(Buffer in, int from, int to, int breakSource) {
		int s = from;
		int e = to;
		while (s < e && in.chars[s] == ' ') {
			s++;
		}
		while (e > s && in.chars[e - 1] == ' ') {
			e--;
		}
		StringBuilder text = new StringBuilder(e - s);
		int[] sources = new int[e - s];
		int k = 0;
		int i = s;
		while (i < e) {
			char c = in.chars[i];
			if (c == ' ') {
				int j = i;
				while (j < e && in.chars[j] == ' ') {
					j++;
				}
				text.append(' ');
				sources[k++] = in.sources[i];
				if (j - i > 1) {
					text.append(' ');
					sources[k++] = in.sources[i + 1];
				}
				i = j;
			}
			else {
				text.append(c);
				sources[k++] = in.sources[i];
				i++;
			}
		}
		char[] chars = text.toString().toCharArray();
		fixTonePlacement(chars);
		int[] trimmed = new int[k];
		System.arraycopy(sources, 0, trimmed, 0, k);
		return new Line(new String(chars), trimmed, breakSource);
	}

	/**
	 * "oà" → "òa", "uỷ" → "ủy" (also upper case) when the syllable ends there; never after q ("quý"), never
	 * with a final consonant ("hoàn", "Quỳnh").
	 */
	static void fixTonePlacement(char[] s) {
		for (int k = 0; k + 1 < s.length; k++) {
			char first = s[k];
			if (first != 'o' && first != 'u' && first != 'O' && first != 'U') {
				continue;
			}
			char second = s[k + 1];
			int tone = TONED.indexOf(second);
			if (tone < 0) {
				continue;
			}
			if (k > 0 && (s[k - 1] == 'q' || s[k - 1] == 'Q')) {
				continue;
			}
			if (k + 2 < s.length && Character.isLetter(s[k + 2])) {
				continue;
			}
			// TONED is laid out as 5 tones × (a e y A E Y)
			int vowel = tone % 6;
			int mark = tone / 6;
			boolean o = first == 'o' || first == 'O';
			if (o ? (vowel % 3 == 2) : (vowel % 3 != 2)) {
				continue; // o + a/e, u + y only
			}
			int row = first == 'o' ? 0 : first == 'O' ? 1 : first == 'u' ? 2 : 3;
			s[k] = MOVED[row].charAt(mark);
			s[k + 1] = "aeyAEY".charAt(vowel);
		}
	}

	/** á à ả ã ạ, é …, ý …, Á …, É …, Ý … : row = tone, column = vowel. */
	private static final String TONED = buildToned();

	/** o, O, u, U with each of the five tones. */
	private static final String[] MOVED = { withTones('o'), withTones('O'), withTones('u'), withTones('U') };

	private static String buildToned() {
		StringBuilder b = new StringBuilder();
		for (int t = 0; t < TONES.length(); t++) {
			for (char v : "aeyAEY".toCharArray()) {
				b.append(Normalizer.normalize(v + TONES.substring(t, t + 1), Normalizer.Form.NFC));
			}
		}
		return b.toString();
	}

	private static String withTones(char base) {
		StringBuilder b = new StringBuilder();
		for (int t = 0; t < TONES.length(); t++) {
			b.append(Normalizer.normalize(base + TONES.substring(t, t + 1), Normalizer.Form.NFC));
		}
		return b.toString();
	}

	// ---------------------------------------------------------------------------------------------------
	// Pass 3: rejoin lines broken mid-phrase

	private enum Join {
		NONE, SPACE, GLUE
	}

	private static Result join(List<Line> lines, int inputLength) {
		int wrapWidth = hardWrapWidth(lines);
		StringBuilder out = new StringBuilder();
		IntList map = new IntList();
		Line previous = null;
		int blanks = 0;
		int index = 0;
		for (Line line : lines) {
			index++;
			if (PAGE_NUMBER.matcher(line.text()).matches()) {
				continue; // a page number between two halves of a paragraph must not part them
			}
			if (line.blank()) {
				if (previous != null) {
					blanks++;
				}
				continue;
			}
			if (previous != null) {
				Join join = decide(previous, line, blanks, wrapWidth, index);
				switch (join) {
					case GLUE -> {
					}
					case SPACE -> {
						out.append(' ');
						map.add(previous.breakSource());
					}
					case NONE -> {
						out.append('\n');
						map.add(previous.breakSource());
						if (blanks > 0) {
							out.append('\n');
							map.add(previous.breakSource());
						}
					}
				}
			}
			out.append(line.text());
			for (int s : line.sources()) {
				map.add(s);
			}
			previous = line;
			blanks = 0;
		}
		map.add(inputLength);
		return new Result(out.toString(), map.toArray());
	}

	private static Join decide(Line previous, Line next, int blanks, int wrapWidth, int lineIndex) {
		String p = previous.text();
		String n = next.text();
		if (p.startsWith("|") || n.startsWith("|")) {
			return Join.NONE;
		}
		char first = n.charAt(0);
		if (blanks <= 1 && NUMBER_CUT.matcher(lastToken(p)).matches() && Character.isLetterOrDigit(first)
				&& !NEW_UNIT.matcher(n).find()) {
			return Join.GLUE;
		}
		if (NEW_UNIT.matcher(n).find() || blanks > 2) {
			return Join.NONE;
		}
		String end = stripEmphasis(p);
		if (end.isEmpty()) {
			return Join.NONE;
		}
		char last = end.charAt(end.length() - 1);
		if (last == '.' || last == '!' || last == '?' || last == ':') {
			return Join.NONE;
		}
		if (isAllCaps(p)) {
			return Join.NONE;
		}
		if (Character.isLowerCase(first) && Character.isLetter(first)) {
			return Join.SPACE;
		}
		if (last == ';') {
			return Join.NONE;
		}
		if (last == ',' || end.endsWith(" -") || end.endsWith(" –")) {
			return Join.SPACE;
		}
		String lastWord = lastWord(end);
		if (CONNECTORS.contains(lastWord) && Character.isLetterOrDigit(first) && !isAllCaps(n)) {
			return Join.SPACE;
		}
		if (wrapWidth > 0 && blanks == 0 && p.length() >= wrapWidth * 3 / 4 && Character.isLetterOrDigit(first)
				&& !isAllCaps(n)) {
			return Join.SPACE;
		}
		return Join.NONE;
	}

	/**
	 * The wrap width of a hard-wrapped text (many lines of about the same length, most not ending a
	 * sentence), or 0 when lines are paragraphs.
	 */
	private static int hardWrapWidth(List<Line> lines) {
		List<Integer> lengths = new ArrayList<>();
		for (Line line : lines) {
			if (!line.blank()) {
				lengths.add(line.text().length());
			}
		}
		if (lengths.size() < 15) {
			return 0;
		}
		List<Integer> sorted = new ArrayList<>(lengths);
		sorted.sort(null);
		int width = sorted.get((int) (sorted.size() * 0.9));
		if (width < 40 || width > 160) {
			return 0;
		}
		int wrapped = 0;
		for (Line line : lines) {
			String t = line.text();
			if (!line.blank() && t.length() >= width * 3 / 4) {
				char last = t.charAt(t.length() - 1);
				if (last != '.' && last != ':' && last != ';') {
					wrapped++;
				}
			}
		}
		return wrapped * 10 >= lengths.size() * 3 ? width : 0;
	}

	static String stripEmphasis(String s) {
		int e = s.length();
		while (e > 0 && (s.charAt(e - 1) == '*' || s.charAt(e - 1) == '_' || s.charAt(e - 1) == ' ')) {
			e--;
		}
		return s.substring(0, e);
	}

	/** The text after the last space (the whole line when it has none), at most 40 chars. */
	private static String lastToken(String s) {
		int space = s.lastIndexOf(' ');
		String token = s.substring(space + 1);
		return token.length() > 40 ? "" : token;
	}

	private static String lastWord(String s) {
		int e = s.length();
		int b = e;
		while (b > 0 && Character.isLetter(s.charAt(b - 1))) {
			b--;
		}
		return s.substring(b, e).toLowerCase(Locale.ROOT);
	}

	/** At least three letters and none in lower case. */
	static boolean isAllCaps(String s) {
		int letters = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isLetter(c)) {
				if (Character.isLowerCase(c)) {
					return false;
				}
				letters++;
			}
		}
		return letters >= 3;
	}

	// ---------------------------------------------------------------------------------------------------

	/** Chars with their input offsets, growing. */
	private static final class Buffer {

		char[] chars;

		int[] sources;

		int size;

		Buffer(int capacity) {
			chars = new char[Math.max(16, capacity)];
			sources = new int[chars.length];
		}

		void add(char c, int source) {
			if (size == chars.length) {
				chars = java.util.Arrays.copyOf(chars, size * 2);
				sources = java.util.Arrays.copyOf(sources, size * 2);
			}
			chars[size] = c;
			sources[size] = source;
			size++;
		}

	}

	private static final class IntList {

		int[] values = new int[1024];

		int size;

		void add(int v) {
			if (size == values.length) {
				values = java.util.Arrays.copyOf(values, size * 2);
			}
			values[size++] = v;
		}

		int[] toArray() {
			return java.util.Arrays.copyOf(values, size);
		}

	}

}
