package vn.trienkhai.document.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.trienkhai.document.parse.PlanDraft.Kind;

/**
 * Reads the text of a plan document (kế hoạch, chương trình, decision with a plan …) into a
 * {@link PlanDraft}: its identity, the documents it cites, its heading tree, targets, responsible bodies,
 * tasks, deadlines and reporting regime. Plain Java, no state: one call per document, safe from any
 * thread.
 *
 * <p>It never throws and never hangs on bad input: empty text, binary garbage or text without structure
 * give a draft with {@link PlanDraft#warnings() warnings}. All patterns are linear (bounded repetitions,
 * no nested quantifiers over the same text), so time grows with the length of the text.
 */
public final class PlanParser {

	private PlanParser() {
	}

	/** Longer input is cut here (with a warning): no real plan comes near it. */
	static final int MAX_CHARS = 1_000_000;

	/** The draft of one document's text; never null, never throws. */
	public static PlanDraft parse(String text) {
		String input = text == null ? "" : text;
		boolean truncated = input.length() > MAX_CHARS;
		if (truncated) {
			input = input.substring(0, MAX_CHARS);
		}
		String normalised;
		try {
			normalised = TextNormalizer.normalize(input).text();
		}
		catch (RuntimeException e) {
			normalised = "";
		}
		ParseContext ctx = new ParseContext(normalised);
		if (truncated) {
			ctx.warn("TEXT_TRUNCATED", "Văn bản quá dài, chỉ đọc " + MAX_CHARS + " ký tự đầu.");
		}
		try {
			return read(ctx);
		}
		catch (RuntimeException | StackOverflowError e) {
			// a bug must not cost the user the text: an empty draft, and where it broke for the log
			StackTraceElement at = null;
			for (StackTraceElement frame : e.getStackTrace()) {
				if (frame.getClassName().startsWith("vn.trienkhai")) {
					at = frame;
					break;
				}
			}
			ctx.warn("PARSE_FAILED", "Không đọc được cấu trúc văn bản; cần nhập tay. (" + e.getClass().getSimpleName()
					+ (at == null ? "" : " at " + at.getClassName() + "." + at.getMethodName() + ":" + at.getLineNumber())
					+ ")");
			return empty(ctx);
		}
	}

	private static PlanDraft read(ParseContext ctx) {
		if (ctx.text.isBlank()) {
			ctx.warn("EMPTY_TEXT", "Văn bản trống.");
			return empty(ctx);
		}
		if (unreadable(ctx.text)) {
			ctx.warn("TEXT_UNREADABLE", "Văn bản có nhiều ký tự không đọc được (lỗi mã hóa hoặc tệp nhị phân?).");
		}
		HeaderParser.Header header = HeaderParser.parse(ctx);
		ctx.headerEnd = header.end;
		SectionParser.parse(ctx);
		List<PlanDraft.Reference> references = ReferenceFinder.find(ctx, header.number);
		Kind kind = kind(ctx, header);
		String issuer = issuer(ctx, header);
		PlanDraft.DocumentInfo document = new PlanDraft.DocumentInfo(header.number, kind, issuer, header.issuedOn,
				header.place, header.title);
		warnHeader(ctx, header, document);
		List<PlanDraft.Deadline> deadlines = new ArrayList<>(DeadlineFinder.find(ctx));
		List<PlanDraft.Target> targets = TargetFinder.find(ctx);
		List<TaskTables.Row> rows = TaskTables.find(ctx);
		for (TaskTables.Row row : rows) {
			if (row.deadline() != null) {
				deadlines.add(new PlanDraft.Deadline(row.deadline().date(), row.deadline().recurring(), row.time(),
						new PlanDraft.Span(row.timeStart(), row.timeEnd())));
			}
		}
		deadlines.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
		AgencyExtractor.Result agencies = AgencyExtractor.extract(ctx, rows);
		List<PlanDraft.Task> tasks = TaskExtractor.extract(ctx, agencies, rows, deadlines);
		PlanDraft.Reporting reporting = ReportingFinder.find(ctx, agencies, deadlines);
		if (ctx.sections.isEmpty()) {
			ctx.warn("NO_STRUCTURE", "Không nhận ra đề mục nào (I., 1., a), -); văn bản không có cấu trúc kế hoạch.");
		}
		List<PlanDraft.Section> sections = new ArrayList<>();
		for (SectionNode s : ctx.sections) {
			if (s.parent == null) {
				sections.add(s.toSection());
			}
		}
		return new PlanDraft(ctx.text, document, references, sections, targets, agencies.agencies(), tasks, deadlines,
				reporting, ctx.warnings());
	}

	private static PlanDraft empty(ParseContext ctx) {
		return new PlanDraft(ctx.text, new PlanDraft.DocumentInfo(null, Kind.OTHER, null, null, null, null), List.of(),
				List.of(), List.of(), List.of(), List.of(), List.of(), new PlanDraft.Reporting(null, List.of(), List.of()),
				ctx.warnings());
	}

	/** Much of it neither letters, digits, punctuation nor spaces: a wrong encoding or a binary file. */
	private static boolean unreadable(String text) {
		int bad = 0;
		int n = Math.min(text.length(), 20_000);
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			int type = Character.getType(c);
			if (c == '\uFFFD' || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
					|| type == Character.SURROGATE || type == Character.CONTROL && c != '\n') {
				bad++;
			}
		}
		return n > 0 && bad * 20 > n;
	}

	// ---------------------------------------------------------------------------------------------------
	// Kind and issuer, when the header alone does not tell

	private static final Pattern PREAMBLE_KIND = Pattern
		.compile("(?:ban hanh|xay dung|trien khai|thong nhat ban hanh)\\s+(ke hoach|chuong trinh)");

	private static Kind kind(ParseContext ctx, HeaderParser.Header header) {
		if (header.kind != null) {
			return header.kind;
		}
		Kind fromNumber = HeaderParser.kindFromNumber(header.number);
		if (fromNumber != null) {
			return fromNumber;
		}
		int end = preambleEnd(ctx);
		Matcher m = PREAMBLE_KIND.matcher(ctx.folded);
		m.region(ctx.headerEnd, end);
		if (m.find()) {
			return m.group(1).equals("ke hoach") ? Kind.KE_HOACH : Kind.CHUONG_TRINH;
		}
		if (header.subjectLine != null) {
			return Kind.CONG_VAN;
		}
		ctx.warn("KIND_UNKNOWN", "Không xác định được loại văn bản.");
		return Kind.OTHER;
	}

	/** End of the preamble: the first heading, at most 3,000 chars after the header. */
	private static int preambleEnd(ParseContext ctx) {
		int end = Math.min(ctx.bodyEnd, ctx.headerEnd + 3000);
		if (!ctx.sections.isEmpty()) {
			end = Math.min(end, Math.max(ctx.headerEnd, ctx.sections.get(0).start));
		}
		return Math.max(end, ctx.headerEnd);
	}

	/** "…; Ban Thường vụ Huyện ủy xây dựng kế hoạch …", "…, Ủy ban nhân dân tỉnh ban hành Kế hoạch …". */
	private static final Pattern PREAMBLE_ISSUER = Pattern.compile("(?:^|[,;.:]\\s+|\\n)([^,;.:\\n]{3,120}?)\\s+"
			+ "(?:ban hành|xây dựng|triển khai|thống nhất ban hành)\\s+(?:Kế hoạch|kế hoạch|Chương trình|chương trình)");

	private static final Pattern SIGNATURE = Pattern.compile("^\\s*(?:T/M|TM\\.?|T\\.M\\.?)\\s*(\\p{Lu}.*)$");

	private static final Pattern STANDING = Pattern.compile("^(ban thuong vu|thuong truc|ban chap hanh)(?: |$)");

	/**
	 * The full name of the issuer: the header's body; for a party committee with a standing board named in
	 * the kind block, the preamble or the signature ("T/M BAN THƯỜNG VỤ"), that board of it; a bare "Ủy
	 * ban nhân dân tỉnh" completed with the place ("… tỉnh Bình Thuận").
	 */
	private static String issuer(ParseContext ctx, HeaderParser.Header h) {
		String preamble = preambleIssuer(ctx);
		String signature = signatureIssuer(ctx);
		String base = h.headerIssuer;
		if (base != null) {
			if (OrgNames.isPartyCommittee(base)) {
				for (String candidate : new String[] { h.ofIssuer, preamble, signature }) {
					if (candidate == null) {
						continue;
					}
					Matcher m = STANDING.matcher(VnText.fold(candidate));
					if (m.find()) {
						return OrgNames.normalCase(candidate.substring(0, m.end(1))) + " " + base;
					}
				}
			}
			return withPlace(base, h.place);
		}
		for (String candidate : new String[] { h.ofIssuer, preamble }) {
			if (candidate != null) {
				return withPlace(OrgNames.expandLeading(candidate), h.place);
			}
		}
		if (signature != null && !STANDING.matcher(VnText.fold(signature)).find()) {
			return withPlace(OrgNames.expandLeading(signature), h.place);
		}
		return null;
	}

	private static String withPlace(String name, String place) {
		if (place != null && OrgNames.endsWithBareTerritory(name)) {
			return name + " " + place;
		}
		return name;
	}

	private static String preambleIssuer(ParseContext ctx) {
		int end = preambleEnd(ctx);
		Matcher m = PREAMBLE_ISSUER.matcher(ctx.plain);
		m.region(ctx.headerEnd, end);
		m.useAnchoringBounds(true);
		while (m.find()) {
			String candidate = VnText.trimPunct(VnText.collapse(m.group(1)));
			if (OrgNames.startsWithHead(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	private static String signatureIssuer(ParseContext ctx) {
		for (int line = ctx.lineCount() - 1; line >= 0 && line >= ctx.lineCount() - 80; line--) {
			if (ctx.lineStart(line) < ctx.bodyEnd && ctx.closingBlockAt(ctx.lineStart(line)) == null) {
				break;
			}
			Matcher m = SIGNATURE.matcher(ctx.plainLine(line));
			if (m.find()) {
				return OrgNames.normalCase(VnText.trimPunct(VnText.collapse(m.group(1))));
			}
		}
		return null;
	}

	private static void warnHeader(ParseContext ctx, HeaderParser.Header h, PlanDraft.DocumentInfo d) {
		if (h.numberBlank) {
			ctx.warn("NUMBER_BLANK", "Số văn bản để trống (bản dự thảo?).");
		}
		else if (d.number() == null) {
			ctx.warn("NUMBER_MISSING", "Không tìm thấy số, ký hiệu văn bản.");
		}
		if (h.dateSeen && d.issuedOn() == null) {
			ctx.warn("DATE_INCOMPLETE", "Ngày ban hành chưa đầy đủ.");
		}
		else if (!h.dateSeen) {
			ctx.warn("DATE_MISSING", "Không tìm thấy địa danh, ngày ban hành.");
		}
		if (d.issuer() == null) {
			ctx.warn("ISSUER_UNKNOWN", "Không xác định được cơ quan ban hành.");
		}
		if (d.title() == null) {
			ctx.warn("TITLE_MISSING", "Không tìm thấy trích yếu (tên) văn bản.");
		}
	}

}
