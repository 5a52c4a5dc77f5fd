package vn.trienkhai.document.extract;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * Word's automatic numbering, written out. Real plans number their parts ("I.", "1.", "a)") with list
 * numbering, which lives in numbering.xml and not in the paragraph's text; without it the parser would see
 * headings without markers and find no structure. Counters are kept per abstract list, as Word does: two
 * list instances (numId) of one abstract list continue each other unless one restarts with a
 * startOverride. A paragraph at a level advances that level and resets the deeper ones.
 */
final class WordNumbering {

	private static final int LEVELS = 9;

	private final XWPFNumbering numbering;

	private final XWPFStyles styles;

	/** Counters per abstract list id. */
	private final Map<BigInteger, Counters> counters = new HashMap<>();

	/** List instances already met, so that a startOverride restarts once, at the instance's first use. */
	private final Set<BigInteger> seen = new HashSet<>();

	private static final class Counters {

		final int[] value = new int[LEVELS];

		final boolean[] started = new boolean[LEVELS];

	}

	WordNumbering(XWPFDocument doc) {
		this.numbering = doc.getNumbering();
		this.styles = doc.getStyles();
	}

	/**
	 * The marker Word shows before the paragraph ("II.", "2.1.", "a)", "-" for a bullet), or null when it
	 * is not in a list. Advances the counters: call once per paragraph, in document order.
	 */
	String marker(XWPFParagraph p) {
		if (numbering == null) {
			return null;
		}
		try {
			return advance(p);
		}
		catch (RuntimeException e) {
			// odd numbering definitions must not cost the paragraph's text; it just goes without its marker
			return null;
		}
	}

	private String advance(XWPFParagraph p) {
		BigInteger numId = null;
		BigInteger ilvl = null;
		String styleId = p.getStyleID();
		CTPPr ppr = p.getCTP().getPPr();
		if (ppr != null && ppr.getNumPr() != null) {
			CTNumPr numPr = ppr.getNumPr();
			numId = numPr.getNumId() == null ? null : numPr.getNumId().getVal();
			ilvl = numPr.getIlvl() == null ? null : numPr.getIlvl().getVal();
		}
		boolean fromStyle = false;
		if (numId == null && styleId != null && styles != null) {
			// heading styles often carry the numbering ("Heading 1" numbered I., II. …); follow basedOn
			String id = styleId;
			for (int hop = 0; hop < 10 && id != null && numId == null; hop++) {
				XWPFStyle style = styles.getStyle(id);
				if (style == null) {
					break;
				}
				CTPPrGeneral spr = style.getCTStyle().getPPr();
				if (spr != null && spr.getNumPr() != null && spr.getNumPr().getNumId() != null) {
					numId = spr.getNumPr().getNumId().getVal();
					if (ilvl == null && spr.getNumPr().getIlvl() != null) {
						ilvl = spr.getNumPr().getIlvl().getVal();
					}
					fromStyle = true;
				}
				id = style.getBasisStyleID();
			}
		}
		if (numId == null || numId.signum() == 0) {
			return null; // numId 0 is Word's "numbering removed here"
		}
		XWPFNum num = numbering.getNum(numId);
		if (num == null || num.getCTNum().getAbstractNumId() == null) {
			return null;
		}
		BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
		CTAbstractNum abstractNum = abstractNum(abstractId);
		if (abstractNum == null) {
			return null;
		}
		CTLvl[] levels = new CTLvl[LEVELS];
		for (CTLvl lvl : abstractNum.getLvlArray()) {
			int i = lvl.getIlvl() == null ? -1 : lvl.getIlvl().intValue();
			if (i >= 0 && i < LEVELS) {
				levels[i] = lvl;
			}
		}
		Map<Integer, Integer> startOverrides = new HashMap<>();
		for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
			int i = override.getIlvl() == null ? -1 : override.getIlvl().intValue();
			if (i < 0 || i >= LEVELS) {
				continue;
			}
			if (override.getLvl() != null) {
				levels[i] = override.getLvl();
			}
			if (override.getStartOverride() != null && override.getStartOverride().getVal() != null) {
				startOverrides.put(i, override.getStartOverride().getVal().intValue());
			}
		}
		int level;
		if (ilvl != null) {
			level = Math.max(0, Math.min(LEVELS - 1, ilvl.intValue()));
		}
		else {
			level = fromStyle ? levelOfStyle(levels, styleId) : 0;
		}
		if (levels[level] == null) {
			return null;
		}
		Counters c = counters.computeIfAbsent(abstractId, k -> new Counters());
		if (seen.add(numId)) {
			for (Integer i : startOverrides.keySet()) {
				c.started[i] = false;
			}
		}
		for (int deeper = level + 1; deeper < LEVELS; deeper++) {
			c.started[deeper] = false;
		}
		if (c.started[level]) {
			c.value[level]++;
		}
		else {
			c.value[level] = startOverrides.getOrDefault(level, start(levels[level]));
			c.started[level] = true;
		}
		return render(levels, level, c, startOverrides);
	}

	/** The abstract list, through a numStyleLink to the list style that really defines it. */
	private CTAbstractNum abstractNum(BigInteger abstractId) {
		XWPFAbstractNum a = numbering.getAbstractNum(abstractId);
		if (a == null) {
			return null;
		}
		CTAbstractNum ct = a.getCTAbstractNum();
		if (ct.sizeOfLvlArray() == 0 && ct.getNumStyleLink() != null && styles != null) {
			XWPFStyle style = styles.getStyle(ct.getNumStyleLink().getVal());
			CTPPrGeneral spr = style == null ? null : style.getCTStyle().getPPr();
			if (spr != null && spr.getNumPr() != null && spr.getNumPr().getNumId() != null) {
				XWPFNum linked = numbering.getNum(spr.getNumPr().getNumId().getVal());
				if (linked != null && linked.getCTNum().getAbstractNumId() != null) {
					XWPFAbstractNum target = numbering.getAbstractNum(linked.getCTNum().getAbstractNumId().getVal());
					return target == null ? null : target.getCTAbstractNum();
				}
			}
		}
		return ct;
	}

	/** A style numbered without a level: the level whose pStyle names it. */
	private static int levelOfStyle(CTLvl[] levels, String styleId) {
		for (int i = 0; i < LEVELS; i++) {
			if (levels[i] != null && levels[i].getPStyle() != null && levels[i].getPStyle().getVal().equals(styleId)) {
				return i;
			}
		}
		return 0;
	}

	private static int start(CTLvl lvl) {
		return lvl != null && lvl.getStart() != null && lvl.getStart().getVal() != null
				? lvl.getStart().getVal().intValue() : 1;
	}

	private static String format(CTLvl lvl) {
		return lvl == null || lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null ? "decimal"
				: lvl.getNumFmt().getVal().toString();
	}

	/** lvlText with each %N replaced by level N's counter in level N's own format. */
	private static String render(CTLvl[] levels, int level, Counters c, Map<Integer, Integer> startOverrides) {
		CTLvl lvl = levels[level];
		String fmt = format(lvl);
		if (fmt.equals("bullet")) {
			return "-"; // whatever glyph Word draws (•, , o), the parser reads a dash as a bullet
		}
		if (fmt.equals("none")) {
			return null;
		}
		String pattern = lvl.getLvlText() == null || lvl.getLvlText().getVal() == null ? "%" + (level + 1) + "."
				: lvl.getLvlText().getVal();
		boolean legal = lvl.isSetIsLgl() && org.apache.poi.ooxml.util.POIXMLUnits.parseOnOff(lvl.getIsLgl());
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < pattern.length(); i++) {
			char ch = pattern.charAt(i);
			if (ch == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) >= '1' && pattern.charAt(i + 1) <= '9') {
				int k = pattern.charAt(++i) - '1';
				int value = c.started[k] || k == level ? c.value[k]
						: startOverrides.getOrDefault(k, start(levels[k]));
				// isLgl: "legal" numbering shows every level in arabic digits (1.1 under heading I)
				s.append(number(value, legal ? "decimal" : format(levels[k])));
			}
			else {
				s.append(ch);
			}
		}
		String marker = s.toString().strip();
		return marker.isEmpty() ? null : marker;
	}

	/** One counter in a Word number format; unknown formats fall back to arabic digits. */
	static String number(int value, String fmt) {
		return switch (fmt) {
			case "upperRoman" -> roman(value);
			case "lowerRoman" -> roman(value).toLowerCase(java.util.Locale.ROOT);
			case "upperLetter" -> letters(value);
			case "lowerLetter" -> letters(value).toLowerCase(java.util.Locale.ROOT);
			case "decimalZero" -> value < 10 && value >= 0 ? "0" + value : Integer.toString(value);
			default -> Integer.toString(value);
		};
	}

	private static final int[] ROMAN_VALUES = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };

	private static final String[] ROMAN_DIGITS = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV",
			"I" };

	static String roman(int value) {
		if (value <= 0 || value >= 4000) {
			return Integer.toString(value);
		}
		StringBuilder s = new StringBuilder();
		int v = value;
		for (int i = 0; i < ROMAN_VALUES.length; i++) {
			while (v >= ROMAN_VALUES[i]) {
				s.append(ROMAN_DIGITS[i]);
				v -= ROMAN_VALUES[i];
			}
		}
		return s.toString();
	}

	/**
	 * Word's letters: A … Z, then AA, BB … (the letter repeated, not spreadsheet columns). The Latin
	 * alphabet only, so a Vietnamese list reads a, b, c, d, e — Word has no "đ" — and so do we.
	 */
	static String letters(int value) {
		if (value <= 0) {
			return Integer.toString(value);
		}
		char letter = (char) ('A' + (value - 1) % 26);
		return String.valueOf(letter).repeat((value - 1) / 26 + 1);
	}

}
