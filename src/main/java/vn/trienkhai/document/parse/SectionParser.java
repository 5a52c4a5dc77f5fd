package vn.trienkhai.document.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.trienkhai.document.parse.SectionNode.Style;

/**
 * The heading tree of the body. Plans number their parts in many ways (I. / I- / 1. / 2.1. / a) … đ) / -,
 * +, ·, • / bold and Markdown headings) and not always consistently, so nesting is not read from a fixed
 * scheme but from the order in which styles appear, like a word processor's outline: a style already open
 * closes everything below it (a sibling); a new style opens a level below the current one — unless it
 * is a fixed style of higher rank (a "II." after "1."), which closes the lower ones first.
 */
final class SectionParser {

	private SectionParser() {
	}

	private static final Pattern PART = Pattern
		.compile("^(?:PHẦN|Phần)\\s+(thứ\\s+\\p{L}+|[IVXLC]{1,6}|\\d{1,2})(?![\\p{L}\\d])\\s*[.:\\-–]?\\s*");

	private static final Pattern CHAPTER = Pattern
		.compile("^(?:CHƯƠNG|Chương)\\s+([IVXLC]{1,6}|\\d{1,2})(?![\\p{L}\\d])\\s*[.:\\-–]?\\s*");

	private static final Pattern ARTICLE = Pattern.compile("^Điều\\s+(\\d{1,3})(?!\\d)\\s*[.:\\-–]?\\s*");

	private static final Pattern ROMAN = Pattern.compile("^([IVXLC]{1,6})\\s*[.\\-–):](?![\\d])\\s*(?=\\S)");

	private static final Pattern ALPHA = Pattern.compile("^([A-ZĐ])\\s*[.)]\\s+(?=\\S)");

	private static final Pattern DECIMAL = Pattern
		.compile("^(\\d{1,2}(?:\\.\\d{1,2}){1,3})(?:\\.\\s*|\\s+(?=[\\p{Lu}\\d\"“(]))(?=\\S)");

	/** "1.", "1)" and, as party documents write them, "1- Quán triệt …" (a dash then a capital, not "5 - 7"). */
	private static final Pattern ARABIC = Pattern
		.compile("^(\\d{1,2})(?:\\s*([.)])(?!\\d)\\s*(?=\\S)|\\s?[-–]\\s+(?=\\p{Lu}))");

	private static final Pattern PAREN = Pattern.compile("^\\((\\d{1,2}|[a-zđ])\\)\\s*(?=\\S)");

	private static final Pattern LETTER = Pattern.compile("^([a-zđ])\\s?[).]\\s+(?=\\S)");

	private static final Pattern BULLET = Pattern.compile("^[-–—•·▪●◦○►➢✓]\\s*(?=\\S)");

	private static final Pattern PLUS = Pattern.compile("^\\+\\s*(?=\\S)");

	/** Rule lines ("-----", "***", "___"), never headings. */
	private static final Pattern RULE = Pattern.compile("^[-–—_=*.·•~\\s]{3,}$");

	private static final Set<String> ROMANS = Set.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
			"XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX");

	private static final Pattern RECIPIENTS = Pattern.compile("^\\|?\\s*(?:Nơi nhận|NƠI NHẬN)(?![\\p{L}])");

	private static final Pattern SIGNATURE = Pattern.compile("^\\|?\\s*(?:T/M|TM\\.|T\\.M\\.|KT\\.)\\s*\\p{Lu}");

	/**
	 * Finds the closing blocks (recipients and signature; a decision's annex after them is body again) and
	 * the headings outside them.
	 */
	static void parse(ParseContext ctx) {
		int firstLine = ctx.firstLineFrom(ctx.headerEnd);
		findClosingBlocks(ctx, firstLine);
		List<SectionNode> all = new ArrayList<>();
		Deque<SectionNode> open = new ArrayDeque<>();
		char lastAlpha = 0;
		for (int line = firstLine; line < ctx.lineCount(); line++) {
			int start = ctx.lineStart(line);
			int[] block = ctx.closingBlockAt(start);
			if (block != null) {
				// an annex starts a new outline
				open.clear();
				line = ctx.lineAt(Math.max(block[1], start + 1)) - 1;
				if (block[1] >= ctx.text.length()) {
					break;
				}
				continue;
			}
			SectionNode node = detect(ctx, line, lastAlpha);
			if (node == null) {
				continue;
			}
			if (node.style == Style.ALPHA) {
				lastAlpha = node.number.charAt(0);
			}
			if (ANNEX_HEADING.matcher(node.title).find()) {
				open.clear(); // "PHỤ LỤC: DANH MỤC NHIỆM VỤ" ends every part before it, whatever its numbering
			}
			place(node, open);
			all.add(node);
		}
		for (int i = 0; i < all.size(); i++) {
			SectionNode node = all.get(i);
			int end = ctx.nextClosingBlock(node.start);
			for (int j = i + 1; j < all.size(); j++) {
				SectionNode next = all.get(j);
				if (next.start >= end) {
					break;
				}
				if (!next.within(node)) {
					end = next.start;
					break;
				}
			}
			node.end = trimEnd(ctx.text, node.lineEnd, end);
			node.role = role(node);
		}
		ctx.sections = all;
	}

	/** An annex after a decision's signature: its kind line or "(Ban hành kèm theo …)". */
	private static final Pattern ANNEX = Pattern.compile(
			"^(?:KẾ HOẠCH|CHƯƠNG TRÌNH|PHỤ LỤC|QUY CHẾ|ĐỀ ÁN|DANH MỤC|QUY ĐỊNH)(?:\\s|$|:)|^\\(?\\s*(?:Ban hành|ban hành) kèm theo");

	/** A heading that opens an annex of the document: "PHỤ LỤC", "Phụ lục I", "DANH MỤC NHIỆM VỤ …". */
	private static final Pattern ANNEX_HEADING = Pattern.compile("^(?:PHỤ LỤC|Phụ lục|DANH MỤC NHIỆM VỤ)(?![\\p{L}])");

	/**
	 * Recipients' blocks ("Nơi nhận" …) up to an annex or the end. Without one, a signature line in the
	 * second half of the text ends the body.
	 */
	private static void findClosingBlocks(ParseContext ctx, int firstLine) {
		List<int[]> blocks = new ArrayList<>();
		int open = -1;
		int signature = -1;
		for (int line = firstLine; line < ctx.lineCount(); line++) {
			String s = ctx.plainLine(line).strip();
			if (open < 0 && RECIPIENTS.matcher(s).find()) {
				open = ctx.lineStart(line);
			}
			else if (open >= 0 && ANNEX.matcher(s).find()) {
				blocks.add(new int[] { open, ctx.lineStart(line) });
				open = -1;
			}
			if (signature < 0 && blocks.isEmpty() && open < 0 && SIGNATURE.matcher(s).find()
					&& ctx.lineStart(line) > ctx.text.length() / 2) {
				signature = ctx.lineStart(line);
			}
		}
		if (open >= 0) {
			blocks.add(new int[] { open, ctx.text.length() });
		}
		else if (blocks.isEmpty() && signature >= 0) {
			blocks.add(new int[] { signature, ctx.text.length() });
		}
		ctx.closingBlocks = blocks;
		ctx.bodyEnd = ctx.text.length();
		if (!blocks.isEmpty() && blocks.get(blocks.size() - 1)[1] >= ctx.text.length()) {
			ctx.bodyEnd = blocks.get(blocks.size() - 1)[0];
		}
	}

	/** Puts the heading into the tree: sibling of an open one of its kind, else child of the innermost. */
	private static void place(SectionNode node, Deque<SectionNode> open) {
		SectionNode same = null;
		for (SectionNode o : open) {
			if (o.sameKind(node)) {
				same = o;
				break;
			}
		}
		if (same != null) {
			while (open.peek() != same) {
				open.pop();
			}
			open.pop();
		}
		else if (!node.style.floating()) {
			while (!open.isEmpty() && !open.peek().style.floating() && open.peek().style.rank > node.style.rank) {
				open.pop();
			}
		}
		SectionNode parent = open.peek();
		node.parent = parent;
		node.level = parent == null ? 1 : parent.level + 1;
		if (parent != null) {
			parent.children.add(node);
		}
		open.push(node);
	}

	private static int trimEnd(String text, int min, int end) {
		int e = end;
		while (e > min && Character.isWhitespace(text.charAt(e - 1))) {
			e--;
		}
		return e;
	}

	/** The heading on a line, or null for a plain paragraph. */
	static SectionNode detect(ParseContext ctx, int line, char lastAlpha) {
		int lineStart = ctx.lineStart(line);
		int lineEnd = ctx.lineEnd(line);
		String raw = ctx.text.substring(lineStart, lineEnd);
		String plain = ctx.plain.substring(lineStart, lineEnd);
		int lead = 0;
		while (lead < plain.length() && plain.charAt(lead) == ' ') {
			lead++;
		}
		String s = plain.substring(lead);
		if (s.isEmpty() || s.startsWith("|") || RULE.matcher(s).matches()) {
			return null;
		}
		int markdown = 0;
		while (markdown < raw.length() && raw.charAt(markdown) == '#') {
			markdown++;
		}
		boolean markdownHeading = markdown > 0 && markdown <= 6 && raw.length() > markdown
				&& raw.charAt(markdown) == ' ';
		String stripped = raw.substring(markdownHeading ? markdown : 0).strip();
		boolean bold = (stripped.startsWith("**") && stripped.endsWith("**") && stripped.length() > 4)
				|| (stripped.startsWith("__") && stripped.endsWith("__") && stripped.length() > 4);
		boolean starBullet = raw.startsWith("* ");

		Style style = null;
		String number = null;
		int marker = 0;
		Matcher m;
		if ((m = PART.matcher(s)).find()) {
			style = Style.PART;
			number = m.group(1);
			marker = m.end();
		}
		else if ((m = CHAPTER.matcher(s)).find()) {
			style = Style.CHAPTER;
			number = m.group(1);
			marker = m.end();
		}
		else if ((m = ARTICLE.matcher(s)).find()) {
			style = Style.ARTICLE;
			number = m.group(1);
			marker = m.end();
		}
		else if (starBullet) {
			style = Style.BULLET;
			marker = 0;
		}
		else {
			// a bullet before a number ("· 1. Sở …") is a PDF artefact: the number counts
			int skip = 0;
			Matcher b = BULLET.matcher(s);
			if (b.find()) {
				String rest = s.substring(b.end());
				if (ARABIC.matcher(rest).find() || DECIMAL.matcher(rest).find() || isRoman(rest)) {
					skip = b.end();
				}
			}
			String t = s.substring(skip);
			if ((m = ROMAN.matcher(t)).find() && ROMANS.contains(m.group(1))
					&& !(m.group(1).length() == 1 && lastAlpha != 0 && m.group(1).charAt(0) == lastAlpha + 1)) {
				style = Style.ROMAN;
				number = m.group(1);
				marker = skip + m.end();
			}
			else if ((m = ALPHA.matcher(t)).find()
					&& (VnText.upperShare(t.substring(m.end())) >= 0.6 || bold || markdownHeading)) {
				style = Style.ALPHA;
				number = m.group(1);
				marker = skip + m.end();
			}
			else if ((m = DECIMAL.matcher(t)).find()) {
				int depth = m.group(1).split("\\.").length;
				style = depth == 2 ? Style.DECIMAL2 : depth == 3 ? Style.DECIMAL3 : Style.DECIMAL4;
				number = m.group(1);
				marker = skip + m.end();
			}
			else if ((m = ARABIC.matcher(t)).find()) {
				style = ")".equals(m.group(2)) ? Style.ARABIC_PAREN : Style.ARABIC;
				number = m.group(1);
				marker = skip + m.end();
			}
			else if ((m = PAREN.matcher(t)).find()) {
				style = Style.PAREN;
				number = m.group(1);
				marker = skip + m.end();
			}
			else if ((m = LETTER.matcher(t)).find()) {
				style = Style.LETTER;
				number = m.group(1);
				marker = skip + m.end();
			}
			else if ((m = PLUS.matcher(t)).find()) {
				style = Style.PLUS;
				marker = skip + m.end();
			}
			else if ((m = BULLET.matcher(t)).find()) {
				style = Style.BULLET;
				marker = skip + m.end();
			}
		}
		if (style == null) {
			if (markdownHeading) {
				style = Style.MARKDOWN;
			}
			else if (bold && s.length() <= 160 && !s.endsWith(".")) {
				style = Style.BOLD;
			}
			else {
				return null;
			}
		}
		int contentStart = lineStart + lead + marker;
		String title = title(ctx.plain.substring(contentStart, lineEnd));
		if (title.isEmpty() && (style == Style.PART || style == Style.CHAPTER) && line + 1 < ctx.lineCount()) {
			// "Phần I" with its title on the next line, in capitals
			String next = ctx.plainLine(line + 1).strip();
			if (TextNormalizer.isAllCaps(next) && !TextNormalizer.NEW_UNIT.matcher(next).find()) {
				title = title(next);
				lineEnd = ctx.lineEnd(line + 1);
				contentStart = ctx.lineStart(line + 1);
			}
		}
		if (title.isEmpty() && style != Style.ARTICLE) {
			return null;
		}
		return new SectionNode(style, style == Style.MARKDOWN ? markdown : 0, number, title, lineStart,
				contentStart, lineEnd);
	}

	private static boolean isRoman(String s) {
		Matcher m = ROMAN.matcher(s);
		return m.find() && ROMANS.contains(m.group(1));
	}

	/**
	 * The heading's title: up to a colon when one ends a short lead-in ("4.1. Về nông nghiệp: …"), else the
	 * line, cut at 200 chars on a word boundary.
	 */
	static String title(String content) {
		String t = VnText.collapse(content);
		int colon = t.indexOf(':');
		if (colon > 0 && colon <= 150) {
			return VnText.trimPunct(t.substring(0, colon));
		}
		if (t.length() > 200) {
			int cut = t.lastIndexOf(' ', 200);
			t = t.substring(0, cut > 100 ? cut : 200) + "…";
		}
		return VnText.trimPunct(t);
	}

	// ---------------------------------------------------------------------------------------------------
	// Roles of the standard parts

	private static final Pattern IMPLEMENTATION = Pattern.compile(
			"^(?:to chuc (?:trien khai )?thuc hien|trach nhiem (?:thuc hien|cua|to chuc|trien khai)|to chuc trien khai)"
					+ "|phan cong (?:nhiem vu|trach nhiem|thuc hien|to chuc)");

	private static final Pattern GOALS = Pattern.compile("^(?:cac )?(?:muc tieu|chi tieu|tam nhin|den nam \\d{4})");

	private static final Pattern PURPOSE = Pattern.compile("^(?:muc dich|yeu cau)");

	private static final Pattern TASKS = Pattern
		.compile("^(?:cac )?(?:nhiem vu|giai phap|noi dung (?:nhiem vu|thuc hien|chu yeu|trien khai))");

	private static final Pattern FUNDING = Pattern.compile("^kinh phi");

	private static final Pattern REPORTING = Pattern.compile("^(?:che do |thong tin, |thong tin )?bao cao");

	private static String role(SectionNode node) {
		if (node.isBullet() || node.style == Style.LETTER || node.style == Style.PAREN) {
			return null;
		}
		if (node.style == Style.ARTICLE) {
			return node.number != null && !"1".equals(node.number) ? "implementation" : null;
		}
		String t = VnText.fold(node.title);
		boolean headingLike = t.length() <= 60 || VnText.upperShare(node.title) > 0.6;
		if (!headingLike) {
			return null;
		}
		if (IMPLEMENTATION.matcher(t).find()) {
			return "implementation";
		}
		if (GOALS.matcher(t).find()) {
			return "goals";
		}
		if (PURPOSE.matcher(t).find()) {
			return "purpose";
		}
		if (TASKS.matcher(t).find()) {
			return "tasks";
		}
		if (FUNDING.matcher(t).find()) {
			return "funding";
		}
		if (REPORTING.matcher(t).find()) {
			return "reporting";
		}
		return null;
	}

}
