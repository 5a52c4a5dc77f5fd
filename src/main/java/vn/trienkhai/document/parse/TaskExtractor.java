package vn.trienkhai.document.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Duties, from three places: the items of the implementation part (an item's lead is its subject; its
 * bullets are its duties, or the item itself when it has none), the NHIỆM VỤ, GIẢI PHÁP part where a
 * paragraph opens with a body or names one as lead ("(Sở Y tế chủ trì)", "giao Sở Y tế chủ trì"), and
 * task tables.
 */
final class TaskExtractor {

	private TaskExtractor() {
	}

	/** The most text a task keeps; the span still covers all of it. */
	private static final int MAX_TEXT = 1500;

	private static final Pattern INLINE_LEAD = Pattern.compile(
			"\\(\\s*(?:(?:Cơ quan|cơ quan|Đơn vị|đơn vị)\\s+)?(?:chủ trì|Chủ trì)\\s*:\\s*([^;:()\\n]{3,150})"
					+ "|\\(\\s*([^()\\n]{3,150}?)\\s+chủ trì|(?:Giao|giao)\\s+([^()\\n.;]{3,150}?)\\s+chủ trì");

	static List<PlanDraft.Task> extract(ParseContext ctx, AgencyExtractor.Result agencies, List<TaskTables.Row> rows,
			List<PlanDraft.Deadline> deadlines) {
		List<PlanDraft.Task> out = new ArrayList<>();
		Set<SectionNode> owned = new HashSet<>();
		for (AgencyExtractor.Responsibility r : agencies.responsibilities()) {
			if (r.section() != null) {
				owned.add(r.section());
			}
		}
		for (AgencyExtractor.Responsibility r : agencies.responsibilities()) {
			String lead = lead(r);
			SectionNode item = r.section();
			if (item == null || item.children.isEmpty()) {
				out.add(task(ctx, r.start(), r.end(), lead, item, "implementation", deadlines));
				continue;
			}
			// an item with bullets: the bullets are its duties, and its own line when it says more than a name
			if (VnText.letterCount(ctx.quote(r.subject().end(), item.lineEnd)) >= 15) {
				out.add(task(ctx, r.start(), item.lineEnd, lead, item, "implementation", deadlines));
			}
			for (SectionNode child : item.children) {
				if (!owned.contains(child)) {
					out.add(task(ctx, child.contentStart, child.end, lead, child, "implementation", deadlines));
				}
			}
		}
		for (SectionNode scope : ctx.sectionsWithRole("tasks")) {
			readTasksPart(ctx, scope, out, deadlines);
		}
		for (TaskTables.Row row : rows) {
			SectionNode at = ctx.sectionAt(row.start());
			out.add(new PlanDraft.Task(cut(row.task()), row.lead(), row.coordinators(),
					row.deadline() == null ? null : row.deadline().date(), row.product(), at == null ? null : at.path(),
					"table", new PlanDraft.Span(row.start(), row.end())));
		}
		return out;
	}

	/** The lead of an item: its first named body, else the subject as written. */
	private static String lead(AgencyExtractor.Responsibility r) {
		for (AgencyPhrases.Item item : r.bodies()) {
			if (!item.vague()) {
				return r.bodies().size() == 1 ? item.name() : r.subject().text();
			}
		}
		return r.subject().text();
	}

	private static void readTasksPart(ParseContext ctx, SectionNode scope, List<PlanDraft.Task> out,
			List<PlanDraft.Deadline> deadlines) {
		int firstLine = ctx.lineAt(scope.start) + 1;
		int lastLine = ctx.lineAt(Math.max(scope.start, scope.end - 1));
		for (int line = firstLine; line <= lastLine; line++) {
			int lineStart = ctx.lineStart(line);
			int lineEnd = Math.min(ctx.lineEnd(line), scope.end);
			if (lineStart >= lineEnd || ctx.plain.charAt(lineStart) == '|') {
				continue;
			}
			SectionNode s = ctx.sectionAt(lineStart);
			SectionNode heading = s != null && s.start == lineStart ? s : null;
			int from = heading != null ? heading.contentStart : lineStart;
			AgencyPhrases.Phrase subject = AgencyPhrases.subject(ctx, from, lineEnd);
			if (subject != null) {
				int end = heading != null && heading.children.isEmpty() ? heading.end : lineEnd;
				out.add(task(ctx, from, end, subject.text(), heading != null ? heading : s, "tasks", deadlines));
				continue;
			}
			Matcher m = INLINE_LEAD.matcher(ctx.plain);
			m.region(from, lineEnd);
			if (m.find()) {
				String lead = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
				lead = VnText.trimPunct(VnText.collapse(lead));
				if (OrgNames.startsWithHead(lead) || OrgNames.startsWithHead(lead.replaceFirst("^(?i)giao\\s+", ""))) {
					out.add(task(ctx, from, lineEnd, lead, heading != null ? heading : s, "tasks", deadlines));
				}
			}
		}
	}

	private static PlanDraft.Task task(ParseContext ctx, int start, int end, String lead, SectionNode section,
			String source, List<PlanDraft.Deadline> deadlines) {
		int s = start;
		while (s < end && " -–—•·+*".indexOf(ctx.plain.charAt(s)) >= 0) {
			s++;
		}
		String deadline = null;
		for (PlanDraft.Deadline d : deadlines) {
			if (d.span().start() >= s && d.span().start() < end) {
				deadline = d.date();
				break;
			}
		}
		SectionNode at = section != null ? section : ctx.sectionAt(s);
		return new PlanDraft.Task(cut(ctx.quote(s, end)), lead, AgencyExtractor.coordinatorsIn(ctx, s, end), deadline,
				null, at == null ? null : at.path(), source, new PlanDraft.Span(s, end));
	}

	private static String cut(String text) {
		if (text.length() <= MAX_TEXT) {
			return text;
		}
		int cut = text.lastIndexOf(' ', MAX_TEXT);
		return text.substring(0, cut > MAX_TEXT / 2 ? cut : MAX_TEXT) + "…";
	}

}
