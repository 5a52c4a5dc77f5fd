package vn.trienkhai.document.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bodies given a responsibility in the implementation part — TỔ CHỨC THỰC HIỆN, or the articles after
 * Điều 1 of a decision. Every item and every paragraph there is read for its subject (see
 * {@link AgencyPhrases}); so are the sentences inside them that start with "Giao …", "Đề nghị …" or a
 * body's name. Coordinating bodies ("phối hợp với …") count when they are one named body; catch-alls
 * ("các cơ quan, đơn vị có liên quan") never do. A plan without an implementation part assigns its
 * bodies in the tasks part, which is then read instead (with a warning); the lead column of task tables
 * counts too.
 */
final class AgencyExtractor {

	private AgencyExtractor() {
	}

	/** An item or paragraph of the implementation part and who is responsible for it. */
	record Responsibility(SectionNode section, int start, int end, AgencyPhrases.Phrase subject,
			List<AgencyPhrases.Item> bodies) {
	}

	record Result(List<PlanDraft.AgencyMention> agencies, List<Responsibility> responsibilities) {
	}

	private static final Pattern COORDINATE = Pattern.compile("phoi hop(?: chat che)?(?: voi)?\\s+");

	private static final Pattern ASKS = Pattern.compile("\\s*(?:yeu cau|de nghi|giao)\\s+");

	private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?;])\\s+(?=(?:Giao|Đề nghị|Yêu cầu|\\p{Lu}))");

	static Result extract(ParseContext ctx, List<TaskTables.Row> tableRows) {
		Map<String, PlanDraft.AgencyMention> agencies = new LinkedHashMap<>();
		List<Responsibility> responsibilities = new ArrayList<>();
		List<SectionNode> scopes = ctx.sectionsWithRole("implementation");
		if (scopes.isEmpty() && !ctx.sectionsWithRole("tasks").isEmpty()) {
			// no implementation part: the tasks part then says who does what
			scopes = ctx.sectionsWithRole("tasks");
			ctx.warn("IMPLEMENTATION_FROM_TASKS",
					"Không có phần Tổ chức thực hiện; cơ quan được giao nhiệm vụ lấy từ phần Nhiệm vụ, giải pháp.");
		}
		boolean items = false;
		if (scopes.isEmpty()) {
			// a letter (công văn) or a short text with no standard parts: its numbered points assign the bodies
			scopes = numberedPoints(ctx);
			items = !scopes.isEmpty();
		}
		for (SectionNode scope : scopes) {
			readScope(ctx, scope, agencies, responsibilities, items);
		}
		for (TaskTables.Row row : tableRows) {
			if (row.lead() == null) {
				continue;
			}
			for (AgencyPhrases.Item item : row.leadItems()) {
				add(agencies, item);
			}
		}
		if (scopes.isEmpty() && tableRows.isEmpty()) {
			ctx.warn("NO_IMPLEMENTATION_PART",
					"Không tìm thấy phần Tổ chức thực hiện; chưa xác định được cơ quan được giao nhiệm vụ.");
		}
		return new Result(new ArrayList<>(agencies.values()), responsibilities);
	}

	/** The top-level numbered points of a text none of whose sections is a standard part. */
	private static List<SectionNode> numberedPoints(ParseContext ctx) {
		List<SectionNode> out = new ArrayList<>();
		for (SectionNode s : ctx.sections) {
			if (s.role != null) {
				return List.of();
			}
			if (s.parent == null && (s.style == SectionNode.Style.ARABIC || s.style == SectionNode.Style.ARABIC_PAREN
					|| s.style == SectionNode.Style.ROMAN)) {
				out.add(s);
			}
		}
		return out;
	}

	private static void readScope(ParseContext ctx, SectionNode scope, Map<String, PlanDraft.AgencyMention> agencies,
			List<Responsibility> responsibilities, boolean point) {
		int firstLine = ctx.lineAt(scope.start);
		int lastLine = ctx.lineAt(Math.max(scope.start, scope.end - 1));
		for (int line = firstLine; line <= lastLine; line++) {
			int lineStart = ctx.lineStart(line);
			int lineEnd = Math.min(ctx.lineEnd(line), scope.end);
			if (lineStart >= lineEnd || ctx.plain.charAt(lineStart) == '|') {
				continue;
			}
			SectionNode heading = headingAt(ctx, lineStart);
			int from;
			if (line == firstLine && !point) {
				// the part's own heading: only what follows a colon ("Tổ chức thực hiện: Giao …") or an article
				if (scope.style == SectionNode.Style.ARTICLE) {
					from = scope.contentStart;
				}
				else {
					int colon = ctx.plain.indexOf(':', scope.contentStart);
					if (colon < 0 || colon >= lineEnd) {
						continue;
					}
					from = colon + 1;
				}
			}
			else {
				from = heading != null ? heading.contentStart : lineStart;
			}
			for (int start : sentenceStarts(ctx, from, lineEnd)) {
				boolean first = start == from;
				AgencyPhrases.Phrase subject = AgencyPhrases.subject(ctx, start, lineEnd);
				if (subject == null) {
					continue;
				}
				if (!first && !startsStrongly(ctx, start)) {
					continue;
				}
				Matcher asks = ASKS.matcher(ctx.folded);
				asks.region(subject.end(), lineEnd);
				if (asks.lookingAt()) {
					// "UBND tỉnh yêu cầu các cơ quan …", "Sở … đề nghị UBND các huyện …": who asks is not who does
					subject = AgencyPhrases.subject(ctx, asks.end(), lineEnd);
					if (subject == null) {
						continue;
					}
				}
				List<AgencyPhrases.Item> bodies = AgencyPhrases.split(ctx, subject);
				for (AgencyPhrases.Item item : bodies) {
					if (!item.vague()) {
						add(agencies, item);
					}
				}
				SectionNode owner = first && heading != null && heading.start == lineStart ? heading : null;
				int end = owner != null ? owner.end : lineEnd;
				responsibilities.add(new Responsibility(owner, first ? from : start, end, subject, bodies));
			}
			readCoordinators(ctx, lineStart, lineEnd, agencies);
		}
	}

	/** The heading whose line starts at lineStart, or null for a paragraph. */
	private static SectionNode headingAt(ParseContext ctx, int lineStart) {
		SectionNode s = ctx.sectionAt(lineStart);
		return s != null && s.start == lineStart ? s : null;
	}

	/** Where sentences start in [from, to): from itself and after each ". " before a capital. */
	private static List<Integer> sentenceStarts(ParseContext ctx, int from, int to) {
		List<Integer> out = new ArrayList<>();
		out.add(from);
		Matcher m = SENTENCE.matcher(ctx.plain);
		m.region(from, to);
		while (m.find()) {
			out.add(m.end());
		}
		return out;
	}

	/** A sentence inside a paragraph counts when it assigns ("Giao …", "Đề nghị …") or opens with a name. */
	private static boolean startsStrongly(ParseContext ctx, int start) {
		String f = ctx.folded.substring(start, Math.min(ctx.folded.length(), start + 12));
		return f.startsWith("giao ") || f.startsWith("de nghi ") || f.startsWith("yeu cau ")
				|| Character.isUpperCase(ctx.plain.charAt(start));
	}

	/** One named body after "phối hợp với" is also given a responsibility. */
	private static void readCoordinators(ParseContext ctx, int lineStart, int lineEnd,
			Map<String, PlanDraft.AgencyMention> agencies) {
		Matcher m = COORDINATE.matcher(ctx.folded);
		m.region(lineStart, lineEnd);
		while (m.find()) {
			AgencyPhrases.Phrase phrase = AgencyPhrases.coordinators(ctx, m.end(), lineEnd);
			if (phrase == null) {
				continue;
			}
			for (AgencyPhrases.Item item : AgencyPhrases.split(ctx, phrase)) {
				if (!item.vague() && !item.collective() && OrgNames.startsWithHead(item.name())) {
					add(agencies, item);
				}
			}
		}
	}

	private static final Pattern OWN_LEVEL = Pattern.compile(" (?:tinh|huyen|xa|thi xa|thanh pho|phuong|thi tran|quan)$");

	private static final List<String> OWN_LEVELS = List.of("tinh", "huyen", "xa", "thi xa", "thanh pho", "phuong",
			"thi tran", "quan");

	private static boolean bareHead(String name) {
		return OrgNames.headLength(name) >= VnText.collapse(name).length() - 1;
	}

	private static PlanDraft.AgencyMention mention(AgencyPhrases.Item item) {
		return new PlanDraft.AgencyMention(item.name(), item.collective(), new PlanDraft.Span(item.start(), item.end()));
	}

	static void add(Map<String, PlanDraft.AgencyMention> agencies, AgencyPhrases.Item item) {
		String key = OrgNames.key(item.name());
		if (key.isEmpty() || agencies.containsKey(key)) {
			return;
		}
		// "Phòng Kinh tế thị xã" and "Phòng Kinh tế" in a plan of that thị xã: one body, named the short way
		// unless the short way is a bare head ("Ủy ban nhân dân")
		Matcher level = OWN_LEVEL.matcher(key);
		if (level.find()) {
			String shorter = key.substring(0, level.start());
			PlanDraft.AgencyMention existing = agencies.get(shorter);
			if (existing != null) {
				if (bareHead(existing.name())) {
					agencies.put(shorter, mention(item));
				}
				return;
			}
		}
		for (String place : OWN_LEVELS) {
			String longer = key + " " + place;
			if (agencies.containsKey(longer)) {
				if (!bareHead(item.name())) {
					agencies.put(longer, mention(item));
				}
				return;
			}
		}
		agencies.put(key,
				new PlanDraft.AgencyMention(item.name(), item.collective(), new PlanDraft.Span(item.start(), item.end())));
	}

	/** Coordinating bodies named in [from, to), as written, catch-alls included. */
	static List<String> coordinatorsIn(ParseContext ctx, int from, int to) {
		List<String> out = new ArrayList<>();
		Matcher m = COORDINATE.matcher(ctx.folded);
		m.region(from, to);
		while (m.find()) {
			int limit = Math.min(to, ctx.lineEnd(ctx.lineAt(m.end())));
			AgencyPhrases.Phrase phrase = AgencyPhrases.coordinators(ctx, m.end(), limit);
			if (phrase == null) {
				continue;
			}
			for (AgencyPhrases.Item item : AgencyPhrases.split(ctx, phrase)) {
				if (!out.contains(item.name())) {
					out.add(item.name());
				}
			}
		}
		return out;
	}

}
