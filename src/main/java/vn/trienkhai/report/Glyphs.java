package vn.trienkhai.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.springframework.stereotype.Component;

import vn.trienkhai.report.ImplementationReport.Appendix;
import vn.trienkhai.report.ImplementationReport.Block;
import vn.trienkhai.report.ImplementationReport.Heading;
import vn.trienkhai.report.ImplementationReport.Paragraph;
import vn.trienkhai.report.ImplementationReport.Table;

/**
 * The characters the report's font can draw. Liberation Serif covers Vietnamese but not, say, emoji or CJK;
 * a character outside it would print as an empty box or vanish (or, for a control character, break the
 * XHTML the PDF is made from). {@link #sanitize} replaces each such character with a visible mark and tells
 * the person where it went, so what is printed is never silently different from what was typed.
 */
@Component
class Glyphs {

	/** The family every writer sets the report in. */
	static final String FONT_FAMILY = "Liberation Serif";

	/** The four styles on the classpath, regular first. */
	static final List<String> FONT_FILES = List.of("fonts/LiberationSerif-Regular.ttf",
			"fonts/LiberationSerif-Bold.ttf", "fonts/LiberationSerif-Italic.ttf",
			"fonts/LiberationSerif-BoldItalic.ttf");

	/** White space the layout handles itself (a line break in a cell, a tab). */
	private static final String LAYOUT_CHARACTERS = "\n\r\t";

	/** A white square, as a printed form marks an illegible character; "[?]" when a style lacks it. */
	private static final int PREFERRED_REPLACEMENT = 0x25A1;

	private final BitSet drawable;

	private final String replacement;

	Glyphs() {
		this.drawable = intersectionOfCmaps();
		this.replacement = this.drawable.get(PREFERRED_REPLACEMENT) ? Character.toString(PREFERRED_REPLACEMENT)
				: "[?]";
	}

	private static BitSet intersectionOfCmaps() {
		BitSet all = null;
		for (String file : FONT_FILES) {
			BitSet cps = new BitSet(0x10000);
			try (InputStream in = Glyphs.class.getClassLoader().getResourceAsStream(file)) {
				if (in == null) {
					throw new IllegalStateException("font missing from the classpath: " + file);
				}
				try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
					CmapLookup cmap = font.getUnicodeCmapLookup();
					// glyph 0 is .notdef: a code point mapped to it has no glyph
					for (int gid = 1; gid < font.getNumberOfGlyphs(); gid++) {
						List<Integer> codes = cmap.getCharCodes(gid);
						if (codes != null) {
							codes.forEach(cps::set);
						}
					}
					if (all != null) {
						cps.and(all);
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read font " + file, ex);
			}
			all = cps;
		}
		return all;
	}

	/** Whether every style of the font has a glyph for the code point. */
	boolean drawable(int codePoint) {
		return this.drawable.get(codePoint);
	}

	/** What a character the font lacks is printed as. */
	String replacement() {
		return this.replacement;
	}

	/**
	 * The report with every text in NFC and every character the font lacks (other than line breaks and tabs)
	 * replaced by {@link #replacement()}; its warnings are the report's own followed by one line per distinct
	 * missing character with how many times it was replaced. A report that needs no change comes back equal.
	 */
	ImplementationReport sanitize(ImplementationReport r) {
		Scan scan = new Scan();
		String superior = scan.text(r.superior());
		String issuer = scan.text(r.issuer());
		String number = scan.text(r.number());
		String placeAndDate = scan.text(r.placeAndDate());
		String title = scan.text(r.title());
		List<String> subject = scan.texts(r.subject());
		List<Block> body = scan.blocks(r.body());
		List<Appendix> appendices = r.appendices().stream().map(scan::appendix).toList();
		List<String> recipients = scan.texts(r.recipients());
		String signerAuthority = scan.text(r.signerAuthority());
		String signerTitle = scan.text(r.signerTitle());
		String signerName = scan.text(r.signerName());
		List<String> warnings = new ArrayList<>(r.warnings());
		scan.missing.forEach((cp, count) -> warnings.add(warning(cp, count)));
		return new ImplementationReport(superior, issuer, number, placeAndDate, title, subject, body, appendices,
				recipients, signerAuthority, signerTitle, signerName, r.approvedReports(), warnings);
	}

	private String warning(int cp, int count) {
		String code = String.format(Locale.ROOT, "U+%04X", cp);
		int type = Character.getType(cp);
		boolean invisible = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.CONTROL
				|| type == Character.FORMAT || type == Character.SURROGATE || type == Character.UNASSIGNED
				|| type == Character.PRIVATE_USE;
		String shown = invisible ? code : "\"" + Character.toString(cp) + "\" (" + code + ")";
		return "Ký tự " + shown + " không có trong phông chữ " + FONT_FAMILY + ", đã thay bằng \"" + this.replacement
				+ "\" (" + count + " chỗ).";
	}

	/** One pass over a report's texts, counting the missing characters in the order they first occur. */
	private final class Scan {

		private final Map<Integer, Integer> missing = new LinkedHashMap<>();

		String text(String text) {
			if (text == null || text.isEmpty()) {
				return text;
			}
			String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
					: Normalizer.normalize(text, Normalizer.Form.NFC);
			int i = 0;
			int n = nfc.length();
			while (i < n) {
				int cp = nfc.codePointAt(i);
				if (!fine(cp)) {
					break;
				}
				i += Character.charCount(cp);
			}
			if (i == n) {
				return nfc;
			}
			StringBuilder out = new StringBuilder(n + 16).append(nfc, 0, i);
			while (i < n) {
				int cp = nfc.codePointAt(i);
				if (fine(cp)) {
					out.appendCodePoint(cp);
				}
				else {
					out.append(Glyphs.this.replacement);
					this.missing.merge(cp, 1, Integer::sum);
				}
				i += Character.charCount(cp);
			}
			return out.toString();
		}

		private boolean fine(int cp) {
			return Glyphs.this.drawable.get(cp) || (cp < 0x80 && LAYOUT_CHARACTERS.indexOf(cp) >= 0);
		}

		List<String> texts(List<String> texts) {
			return texts.stream().map(this::text).toList();
		}

		List<Block> blocks(List<Block> blocks) {
			List<Block> out = new ArrayList<>(blocks.size());
			for (Block block : blocks) {
				out.add(block(block));
			}
			return out;
		}

		private Block block(Block block) {
			if (block instanceof Heading h) {
				return new Heading(h.level(), text(h.text()));
			}
			if (block instanceof Paragraph p) {
				return new Paragraph(text(p.text()), p.italic());
			}
			Table t = (Table) block;
			return new Table(texts(t.header()), t.widths(), t.numeric(), t.rows().stream().map(this::texts).toList());
		}

		Appendix appendix(Appendix a) {
			return new Appendix(text(a.label()), text(a.title()), blocks(a.blocks()));
		}

	}

}
