package vn.trienkhai.orgunit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.trienkhai.platform.VietnameseText;

/**
 * Marks the syllables of a name that a query matched, in Java rather than with ts_headline (which, fed an
 * unaccented query, marks only syllables without diacritics). A syllable matches when its folded form
 * starts with a query term; for fuzzy (trigram) hits also when it is one or two edits away from a term.
 */
final class Highlighter {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

	private Highlighter() {
	}

	static List<OrgUnitMatch.Part> highlight(String text, List<String> terms, boolean fuzzy) {
		List<OrgUnitMatch.Part> parts = new ArrayList<>();
		StringBuilder plain = new StringBuilder();
		Matcher m = WORD.matcher(text);
		int last = 0;
		while (m.find()) {
			plain.append(text, last, m.start());
			String word = m.group();
			if (matches(VietnameseText.fold(word), terms, fuzzy)) {
				if (!plain.isEmpty()) {
					parts.add(new OrgUnitMatch.Part(plain.toString(), false));
					plain.setLength(0);
				}
				parts.add(new OrgUnitMatch.Part(word, true));
			}
			else {
				plain.append(word);
			}
			last = m.end();
		}
		plain.append(text, last, text.length());
		if (!plain.isEmpty()) {
			parts.add(new OrgUnitMatch.Part(plain.toString(), false));
		}
		return parts;
	}

	private static boolean matches(String folded, List<String> terms, boolean fuzzy) {
		for (String term : terms) {
			if (folded.startsWith(term)) {
				return true;
			}
			if (fuzzy && term.length() >= 3 && folded.length() >= 2
					&& distance(folded, term) <= (term.length() >= 6 ? 2 : 1)) {
				return true;
			}
		}
		return false;
	}

	/** Levenshtein distance; the words are syllables, a handful of letters. */
	static int distance(String a, String b) {
		int[] prev = new int[b.length() + 1];
		int[] cur = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			prev[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			cur[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
			}
			int[] t = prev;
			prev = cur;
			cur = t;
		}
		return prev[b.length()];
	}

}
