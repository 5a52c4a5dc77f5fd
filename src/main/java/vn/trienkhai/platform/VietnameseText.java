package vn.trienkhai.platform;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folding of Vietnamese text for matching and search. Users type without diacritics ("nhu khe"), with
 * decomposed (NFD) input from some keyboards and PDFs, and with old or new tone placement ("Hòa"/"Hoà");
 * all of these must find the same thing.
 */
public final class VietnameseText {

	private VietnameseText() {
	}

	/** NFC, trimmed, inner white space collapsed to one space; null becomes "". */
	public static String clean(String text) {
		if (text == null) {
			return "";
		}
		String nfc = Normalizer.normalize(text.replace('\u00A0', ' '), Normalizer.Form.NFC);
		return nfc.strip().replaceAll("\\s+", " ");
	}

	/**
	 * Lower case with every diacritic removed and đ folded to d: "Xã Nhữ Khê" → "xa nhu khe". The same
	 * folding as PostgreSQL's unaccent, so text folded here matches the generated search columns.
	 */
	public static String fold(String text) {
		String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK) {
				continue;
			}
			out.append(switch (c) {
				case 'đ', 'Đ' -> 'd';
				default -> c;
			});
		}
		return out.toString().toLowerCase(Locale.ROOT);
	}

	/**
	 * The search terms of a query: folded words of letters and digits only, so they are safe to put into
	 * a tsquery. "  Nhữ-Khê " → ["nhu", "khe"].
	 */
	public static java.util.List<String> terms(String query) {
		return java.util.Arrays.stream(fold(query).split("[^\\p{L}\\p{N}]+"))
			.filter(t -> !t.isEmpty())
			.limit(12)
			.toList();
	}

	/**
	 * A prefix tsquery ("nhu:* &amp; khe:*") for the terms of a query, or null when it has none; for use with
	 * {@code to_tsquery('simple', ?)} over a column built with {@code immutable_unaccent}.
	 */
	public static String prefixTsQuery(String query) {
		var terms = terms(query);
		if (terms.isEmpty()) {
			return null;
		}
		return String.join(" & ", terms.stream().map(t -> t + ":*").toList());
	}

}
