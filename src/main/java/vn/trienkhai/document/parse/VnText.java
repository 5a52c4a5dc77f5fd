package vn.trienkhai.document.parse;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Small text helpers that keep offsets: every function that maps a string to a string here returns one of
 * the same length, so an index found in the mapped string is an index into the original.
 */
final class VnText {

	private VnText() {
	}

	/** Folded form of the chars up to U+1EFF: lower case, no diacritics, đ → d. */
	private static final char[] FOLD = new char[0x1F00];

	static {
		for (int c = 0; c < FOLD.length; c++) {
			char ch = (char) c;
			if (ch == 'đ' || ch == 'Đ') {
				FOLD[c] = 'd';
				continue;
			}
			char folded = Character.toLowerCase(ch);
			if (c >= 0xC0 && !Character.isSurrogate(ch)) {
				String d = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
				if (!d.isEmpty() && d.charAt(0) < 0x80) {
					folded = Character.toLowerCase(d.charAt(0));
				}
			}
			FOLD[c] = folded;
		}
	}

	static char fold(char c) {
		return c < FOLD.length ? FOLD[c] : Character.toLowerCase(c);
	}

	/** Lower case without diacritics, đ → d, same length: "Ủy ban" → "uy ban". */
	static String fold(String s) {
		char[] out = new char[s.length()];
		for (int i = 0; i < out.length; i++) {
			out[i] = fold(s.charAt(i));
		}
		return new String(out);
	}

	/**
	 * The text with Markdown emphasis and heading marks, code ticks and {@code <br>} tags blanked out, same
	 * length: patterns then need not expect "**" between the words of a date.
	 */
	static String mask(String text) {
		char[] out = text.toCharArray();
		boolean lineStart = true;
		for (int i = 0; i < out.length; i++) {
			char c = out[i];
			if (c == '\n') {
				lineStart = true;
				continue;
			}
			if (c == '*' || c == '`' || (c == '_' && isEmphasisUnderscore(text, i))) {
				out[i] = ' ';
			}
			else if (c == '#' && lineStart) {
				out[i] = ' ';
				continue;
			}
			else if (c == '<' && text.startsWith("<br", i)) {
				int close = text.indexOf('>', i);
				if (close > 0 && close - i <= 6) {
					for (int k = i; k <= close; k++) {
						out[k] = ' ';
					}
					i = close;
				}
			}
			if (c != ' ') {
				lineStart = false;
			}
		}
		return new String(out);
	}

	/** "_" used for emphasis or as a rule line, not inside a word ("a_b"). */
	private static boolean isEmphasisUnderscore(String text, int i) {
		boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
		boolean letterAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
		return !(letterBefore && letterAfter);
	}

	/** White space runs to one space, trimmed; also the dash characters left as they are. */
	static String collapse(String s) {
		StringBuilder out = new StringBuilder(s.length());
		boolean space = false;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isWhitespace(c)) {
				space = out.length() > 0;
			}
			else {
				if (space) {
					out.append(' ');
					space = false;
				}
				out.append(c);
			}
		}
		return out.toString();
	}

	/** The share of upper-case letters among the letters of s (0 when it has none). */
	static double upperShare(String s) {
		int letters = 0;
		int upper = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isLetter(c)) {
				letters++;
				if (Character.isUpperCase(c)) {
					upper++;
				}
			}
		}
		return letters == 0 ? 0 : (double) upper / letters;
	}

	static int letterCount(String s) {
		int letters = 0;
		for (int i = 0; i < s.length(); i++) {
			if (Character.isLetter(s.charAt(i))) {
				letters++;
			}
		}
		return letters;
	}

	static boolean startsUpper(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isLetter(c)) {
				return Character.isUpperCase(c);
			}
			if (Character.isDigit(c)) {
				return false;
			}
		}
		return false;
	}

	static String capitalize(String s) {
		if (s.isEmpty()) {
			return s;
		}
		return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
	}

	/** Trailing and leading punctuation and spaces off: " , Sở Y tế; " → "Sở Y tế". */
	static String trimPunct(String s) {
		int b = 0;
		int e = s.length();
		while (b < e && ",;:.-–—·•+*|/ ".indexOf(s.charAt(b)) >= 0) {
			b++;
		}
		while (e > b && ",;:.-–—·•+*|/ ".indexOf(s.charAt(e - 1)) >= 0) {
			e--;
		}
		return s.substring(b, e);
	}

}
