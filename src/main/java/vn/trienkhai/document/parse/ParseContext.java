package vn.trienkhai.document.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the steps of one parse share: the normalised text in three aligned views (as is; with Markdown
 * marks blanked; folded to lower case without diacritics), its lines, the zones found so far and the
 * warnings. All three views have the same length, so an offset found in one is valid in the others.
 */
final class ParseContext {

	final String text;

	/** {@link #text} with Markdown emphasis blanked ({@link VnText#mask}). */
	final String plain;

	/** {@link #plain} folded ({@link VnText#fold}): for keyword tests written without diacritics. */
	final String folded;

	private final int[] lineStarts;

	/** End of the header block (issuer, number, place and date, kind, title). */
	int headerEnd;

	/** Start of the recipients' block ("Nơi nhận") or signature; the body ends there. */
	int bodyEnd;

	/**
	 * Recipients' and signature blocks, [start, end): not body. The last one usually runs to the end of
	 * the text; one followed by an annex (a decision's plan) ends where the annex starts.
	 */
	List<int[]> closingBlocks = List.of();

	/** The headings of the body in document order. */
	List<SectionNode> sections = List.of();

	/** Spans of the document numbers found (never targets, never deadlines). */
	final List<int[]> referenceSpans = new ArrayList<>();

	private final Map<String, PlanDraft.Warning> warnings = new LinkedHashMap<>();

	ParseContext(String text) {
		this.text = text;
		this.plain = VnText.mask(text);
		this.folded = VnText.fold(plain);
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts.add(i + 1);
			}
		}
		lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
		bodyEnd = text.length();
	}

	int lineCount() {
		return lineStarts.length;
	}

	int lineStart(int line) {
		return lineStarts[line];
	}

	/** End of the line, before its LF. */
	int lineEnd(int line) {
		return line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
	}

	/** The line holding the char at pos. */
	int lineAt(int pos) {
		int lo = 0;
		int hi = lineStarts.length - 1;
		while (lo < hi) {
			int mid = (lo + hi + 1) >>> 1;
			if (lineStarts[mid] <= pos) {
				lo = mid;
			}
			else {
				hi = mid - 1;
			}
		}
		return lo;
	}

	/** The first line starting at or after pos (lineCount() when none). */
	int firstLineFrom(int pos) {
		if (pos >= text.length()) {
			return lineStarts.length;
		}
		int line = lineAt(pos);
		return lineStarts[line] < pos ? line + 1 : line;
	}

	String plainLine(int line) {
		return plain.substring(lineStart(line), lineEnd(line));
	}

	/** The masked text of a span with white space collapsed: what a person reads there. */
	String quote(int start, int end) {
		return VnText.collapse(plain.substring(Math.max(0, start), Math.min(end, plain.length())));
	}

	int[] closingBlockAt(int pos) {
		for (int[] block : closingBlocks) {
			if (pos >= block[0] && pos < block[1]) {
				return block;
			}
		}
		return null;
	}

	/** Start of the first closing block at or after pos, else the end of the text. */
	int nextClosingBlock(int pos) {
		for (int[] block : closingBlocks) {
			if (block[0] >= pos) {
				return block[0];
			}
		}
		return text.length();
	}

	/** Whether pos lies in the body: after the header, outside the closing blocks. */
	boolean inBody(int pos) {
		return pos >= headerEnd && pos < text.length() && closingBlockAt(pos) == null;
	}

	/** Whether pos lies in a document number (spans are added in text order, without overlap). */
	boolean inReference(int pos) {
		int lo = 0;
		int hi = referenceSpans.size() - 1;
		while (lo <= hi) {
			int mid = (lo + hi) >>> 1;
			int[] span = referenceSpans.get(mid);
			if (pos < span[0]) {
				hi = mid - 1;
			}
			else if (pos >= span[1]) {
				lo = mid + 1;
			}
			else {
				return true;
			}
		}
		return false;
	}

	/** The innermost section whose span holds pos, or null. */
	SectionNode sectionAt(int pos) {
		int lo = 0;
		int hi = sections.size() - 1;
		int last = -1;
		while (lo <= hi) {
			int mid = (lo + hi) >>> 1;
			if (sections.get(mid).start <= pos) {
				last = mid;
				lo = mid + 1;
			}
			else {
				hi = mid - 1;
			}
		}
		for (SectionNode s = last < 0 ? null : sections.get(last); s != null; s = s.parent) {
			if (pos < s.end) {
				return s;
			}
		}
		return null;
	}

	/** The sections with the role, outermost only (a goals section inside a goals section is skipped). */
	List<SectionNode> sectionsWithRole(String role) {
		List<SectionNode> out = new ArrayList<>();
		for (SectionNode s : sections) {
			if (role.equals(s.role) && (out.isEmpty() || s.start >= out.get(out.size() - 1).end)) {
				boolean nested = false;
				for (SectionNode p = s.parent; p != null; p = p.parent) {
					if (role.equals(p.role)) {
						nested = true;
						break;
					}
				}
				if (!nested) {
					out.add(s);
				}
			}
		}
		return out;
	}

	void warn(String code, String message) {
		warnings.putIfAbsent(code + "|" + message, new PlanDraft.Warning(code, message));
	}

	List<PlanDraft.Warning> warnings() {
		return new ArrayList<>(warnings.values());
	}

}
