package vn.trienkhai.document.parse;

import java.util.ArrayList;
import java.util.List;

/** A heading while the tree is built; becomes a {@link PlanDraft.Section} at the end. */
final class SectionNode {

	/**
	 * Numbering styles, from the outermost kind of heading to the innermost. {@code rank} orders the
	 * fixed styles; Markdown headings and bold lines have no fixed place (they float: wherever they first
	 * appear, they nest under what is open).
	 */
	enum Style {

		PART(10), CHAPTER(20), ALPHA(30), ARTICLE(35), ROMAN(40), MARKDOWN(-1), BOLD(-1), ARABIC(50), DECIMAL2(60),
		DECIMAL3(70), DECIMAL4(80), ARABIC_PAREN(85), LETTER(90), PAREN(95), BULLET(100), PLUS(110);

		final int rank;

		Style(int rank) {
			this.rank = rank;
		}

		boolean floating() {
			return rank < 0;
		}

	}

	final Style style;

	/** For Markdown headings, the number of '#'; else 0. */
	final int markdownLevel;

	final String number;

	final String title;

	/** Start of the heading line. */
	final int start;

	/** Where the heading's own words start (after the marker). */
	final int contentStart;

	/** End of the heading line. */
	final int lineEnd;

	/** End of what the heading covers. */
	int end;

	int level;

	String role;

	SectionNode parent;

	final List<SectionNode> children = new ArrayList<>();

	SectionNode(Style style, int markdownLevel, String number, String title, int start, int contentStart,
			int lineEnd) {
		this.style = style;
		this.markdownLevel = markdownLevel;
		this.number = number;
		this.title = title;
		this.start = start;
		this.contentStart = contentStart;
		this.lineEnd = lineEnd;
		this.end = lineEnd;
	}

	/** The same style at the same place in a nesting: "1." and "2." are siblings, so are two "###". */
	boolean sameKind(SectionNode other) {
		return style == other.style && markdownLevel == other.markdownLevel;
	}

	boolean isBullet() {
		return style == Style.BULLET || style == Style.PLUS;
	}

	/** "III.2.a": the numbers of this heading and the numbered headings above it. */
	String path() {
		List<SectionNode> chain = new ArrayList<>();
		for (SectionNode s = this; s != null; s = s.parent) {
			chain.add(0, s);
		}
		List<String> parts = new ArrayList<>();
		for (SectionNode s : chain) {
			if (s.number == null) {
				continue;
			}
			// "2.1" under "2" already says "2"
			if (!parts.isEmpty() && s.number.startsWith(parts.get(parts.size() - 1) + ".")) {
				parts.set(parts.size() - 1, s.number);
			}
			else {
				parts.add(s.number);
			}
		}
		return parts.isEmpty() ? null : String.join(".", parts);
	}

	boolean within(SectionNode ancestor) {
		for (SectionNode s = this; s != null; s = s.parent) {
			if (s == ancestor) {
				return true;
			}
		}
		return false;
	}

	PlanDraft.Section toSection() {
		List<PlanDraft.Section> kids = new ArrayList<>(children.size());
		for (SectionNode child : children) {
			kids.add(child.toSection());
		}
		return new PlanDraft.Section(number, title, level, role, new PlanDraft.Span(start, end), kids);
	}

	@Override
	public String toString() {
		return style + " " + number + " " + title;
	}

}
