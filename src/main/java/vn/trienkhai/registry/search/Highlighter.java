package vn.trienkhai.registry.search;

import java.util.ArrayList;
import java.util.List;

import vn.trienkhai.platform.VietnameseText;

/**
 * Marks in a record's own text (with its diacritics) the words a query matched without them: "cong nghe"
 * marks "Công nghệ". A word matches a term when its folded form starts with the term, or, for words of
 * four letters or more, differs from it by one letter (the typo the search forgave).
 */
public final class Highlighter {

	/** A piece of text, marked or not. */
	public record Piece(String text, boolean marked) {
	}

	static final int SNIPPET_LENGTH = 220;

	private Highlighter() {
	}

	static List<Piece> highlight(String text, List<String> terms) {
		List<Piece> pieces = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return pieces;
		}
		int plainStart = 0;
		int i = 0;
		while (i < text.length()) {
			if (!Character.isLetterOrDigit(text.charAt(i))) {
				i++;
				continue;
			}
			int end = i;
			while (end < text.length() && isWordChar(text.charAt(end))) {
				end++;
			}
			if (matches(VietnameseText.fold(text.substring(i, end)), terms)) {
				if (i > plainStart) {
					pieces.add(new Piece(text.substring(plainStart, i), false));
				}
				pieces.add(new Piece(text.substring(i, end), true));
				plainStart = end;
			}
			i = end;
		}
		if (plainStart < text.length()) {
			pieces.add(new Piece(text.substring(plainStart), false));
		}
		return pieces;
	}

	/** Up to {@value #SNIPPET_LENGTH} characters of the text around its first matched word, highlighted. */
	static List<Piece> snippet(String text, List<String> terms) {
		if (text == null || text.length() <= SNIPPET_LENGTH) {
			return highlight(text, terms);
		}
		List<Piece> all = highlight(text, terms);
		int offset = 0;
		int firstMark = 0;
		for (Piece piece : all) {
			if (piece.marked()) {
				firstMark = offset;
				break;
			}
			offset += piece.text().length();
		}
		int start = Math.max(0, firstMark - 60);
		while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
			start--;
		}
		int end = Math.min(text.length(), start + SNIPPET_LENGTH);
		while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
			end++;
		}
		String cut = (start > 0 ? "… " : "") + text.substring(start, end) + (end < text.length() ? " …" : "");
		return highlight(cut, terms);
	}

	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
	}

	static boolean matches(String word, List<String> terms) {
		for (String term : terms) {
			if (word.startsWith(term) || term.length() >= 4 && word.length() >= 4 && oneEditApart(word, term)) {
				return true;
			}
		}
		return false;
	}

	/** Whether one substitution, insertion or deletion turns a into b. */
	static boolean oneEditApart(String a, String b) {
		if (Math.abs(a.length() - b.length()) > 1) {
			return false;
		}
		int i = 0;
		int j = 0;
		boolean edited = false;
		while (i < a.length() && j < b.length()) {
			if (a.charAt(i) == b.charAt(j)) {
				i++;
				j++;
				continue;
			}
			if (edited) {
				return false;
			}
			edited = true;
			if (a.length() > b.length()) {
				i++;
			}
			else if (a.length() < b.length()) {
				j++;
			}
			else {
				i++;
				j++;
			}
		}
		return true;
	}

}
