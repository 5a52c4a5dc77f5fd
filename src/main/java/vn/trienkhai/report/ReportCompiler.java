package vn.trienkhai.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.trienkhai.monitoring.ProgressReport;
import vn.trienkhai.monitoring.ProgressReports;
import vn.trienkhai.monitoring.ReportingRounds;
import vn.trienkhai.monitoring.Round;
import vn.trienkhai.monitoring.TargetProgress;
import vn.trienkhai.monitoring.TaskStatistics;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.Plans;
import vn.trienkhai.plan.Target;
import vn.trienkhai.plan.Task;
import vn.trienkhai.plan.TaskStatus;
import vn.trienkhai.report.ImplementationReport.Appendix;
import vn.trienkhai.report.ImplementationReport.Block;
import vn.trienkhai.report.ImplementationReport.Heading;
import vn.trienkhai.report.ImplementationReport.Paragraph;
import vn.trienkhai.report.ImplementationReport.Table;

/**
 * Compiles a span's data and the coordinator's texts into the report: the opening, I. leadership (the
 * coordinator's text), II. results by task group (each task's lead, deadline, status and what the approved
 * reports say of it), III. indicators against targets with their trajectory status, IV. shortcomings and
 * V. proposals (the coordinator's texts); Appendix I task status per lead agency, Appendix II reporting
 * completeness per unit. Also prefills the coordinator's texts from the approved reports.
 */
@Component
class ReportCompiler {

	private final ReportWords words;

	private final Plans plans;

	ReportCompiler(ReportWords words, Plans plans) {
		this.words = words;
		this.plans = plans;
	}

	/** The texts a coordinator starts from: the reports' own prose, each line naming its agency. */
	ReportTexts prefill(SpanData d, LocalDate today) {
		Plan plan = d.span().plan();
		List<String> leadership = new ArrayList<>();
		List<String> shortcomings = new ArrayList<>();
		List<String> proposals = new ArrayList<>();
		for (SpanData.Approved a : d.latestByAgency().values().stream()
			.sorted(java.util.Comparator.comparing(SpanData.Approved::agencyName)).toList()) {
			ProgressReport r = a.report();
			said(leadership, a.agencyName(), r.summary());
			said(shortcomings, a.agencyName(), r.difficulties());
			said(proposals, a.agencyName(), r.proposals());
			for (ProgressReports.TaskLine line : a.tasks()) {
				if (line.entry() != null) {
					String about = a.agencyName() + " (" + shortTask(line.task().text()) + ")";
					said(shortcomings, about, line.entry().difficulties());
					said(proposals, about, line.entry().proposals());
				}
			}
		}
		String issuer = issuer(d);
		List<String> recipients = new ArrayList<>();
		for (Plan parent : plans.parents(plan.id())) {
			if (parent.issuer() != null && !parent.issuer().isBlank()) {
				recipients.add(words.text("report.doc.recipient.parent", sentenceCase(parent.issuer())));
			}
		}
		recipients.add(words.text("report.doc.recipient.agencies"));
		recipients.add(words.text("report.doc.recipient.archive"));
		String[] signer = signer(issuer);
		return new ReportTexts(defaultNumber(plan), place(d), today, String.join("\n", leadership),
				String.join("\n", shortcomings), String.join("\n", proposals), String.join("\n", recipients), signer[0],
				signer[1], "", -1);
	}

	private static void said(List<String> out, String who, String text) {
		List<String> lines = ReportTexts.lines(text);
		for (int i = 0; i < lines.size(); i++) {
			out.add(i == 0 ? "- " + who + ": " + lines.get(i) : lines.get(i));
		}
	}

	private static String shortTask(String text) {
		String t = text == null ? "" : text.strip();
		return t.length() <= 80 ? t : t.substring(0, t.lastIndexOf(' ', 80) > 40 ? t.lastIndexOf(' ', 80) : 80) + "…";
	}

	ImplementationReport compile(SpanData d, ReportTexts t) {
		Plan plan = d.span().plan();
		String issuer = issuer(d);
		String period = period(d.span());
		String periodPlain = d.span().isSingle() ? words.round(d.span().last())
				: words.text("report.doc.period.plainSpan", words.round(d.span().first()), words.round(d.span().last()));
		List<Block> body = new ArrayList<>();
		int approved = d.approved().size();
		int agencies = d.latestByAgency().size();
		// both counts over the same rounds: the agencies responsible in any of them
		int responsible = (int) d.standings().values().stream().flatMap(List::stream)
			.mapToLong(ReportingRounds.Standing::agencyId).distinct().count();
		body.add(Paragraph.of(words.text("report.doc.opening", planReference(plan, d), sentenceCase(issuer), periodPlain,
				ReportWords.date(d.span().periodStart()), ReportWords.date(d.span().periodEnd()))));
		if (approved == 0) {
			body.add(new Paragraph(words.text("report.doc.noApproved", ReportWords.date(t.date()), responsible), true));
		}
		else {
			body.add(Paragraph.of(words.text("report.doc.basis", agencies, responsible)));
		}
		part(body, "report.doc.part1", ReportTexts.lines(t.leadership()), "report.doc.part1.empty");
		body.add(new Heading(1, words.text("report.doc.part2")));
		tasks(body, d);
		body.add(new Heading(1, words.text("report.doc.part3")));
		indicators(body, d);
		part(body, "report.doc.part4", ReportTexts.lines(t.shortcomings()), "report.doc.part4.empty");
		part(body, "report.doc.part5", ReportTexts.lines(t.proposals()), "report.doc.part5.empty");
		body.add(Paragraph.of(words.text("report.doc.closing", planName(plan), sentenceCase(issuer))));
		String reference = words.text("report.doc.appendix.reference", t.number().isBlank() ? "…" : t.number(),
				ReportWords.date(t.date()), sentenceCase(issuer));
		List<Appendix> appendices = List.of(
				new Appendix(words.text("report.doc.appendix1.label"), words.text("report.doc.appendix1.title"),
						List.of(new Paragraph(reference, true), byAgency(d))),
				new Appendix(words.text("report.doc.appendix2.label"), words.text("report.doc.appendix2.title"),
						completeness(d, reference)));
		return new ImplementationReport("", ReportWords.upper(issuer),
				words.text("report.doc.number", t.number().isBlank() ? "…" : t.number()),
				t.place() + ", " + words.longDate(t.date()), words.text("report.doc.title"),
				List.of(words.text("report.doc.subject", planName(plan)), period), body, appendices,
				ReportTexts.lines(t.recipients()), ReportWords.upper(t.signerAuthority()), ReportWords.upper(t.signerTitle()),
				t.signerName(), approved, List.of());
	}

	private void part(List<Block> body, String heading, List<String> lines, String empty) {
		body.add(new Heading(1, words.text(heading)));
		if (lines.isEmpty()) {
			body.add(new Paragraph(words.text(empty), true));
		}
		for (String line : lines) {
			body.add(Paragraph.of(line));
		}
	}

	/** Part II: the count of tasks by status, then each group of tasks with what the reports say. */
	private void tasks(List<Block> body, SpanData d) {
		Map<TaskStatus, Integer> count = TaskStatistics.count(d.tasks(), d.today());
		body.add(Paragraph.of(words.text("report.doc.tasks.count", d.tasks().size(),
				count.get(TaskStatus.DONE_ON_TIME) + count.get(TaskStatus.DONE_LATE), count.get(TaskStatus.DONE_ON_TIME),
				count.get(TaskStatus.DONE_LATE), count.get(TaskStatus.OPEN_WITHIN_DEADLINE) + count.get(TaskStatus.IN_PROGRESS),
				count.get(TaskStatus.OVERDUE), count.get(TaskStatus.NOT_STARTED), count.get(TaskStatus.CANCELLED))));
		Map<String, String> titles = new LinkedHashMap<>();
		for (Plans.Section s : d.sections()) {
			titles.put(s.number(), s.title());
		}
		Map<String, List<Task>> groups = new LinkedHashMap<>();
		for (Task task : d.tasks()) {
			groups.computeIfAbsent(task.section() == null ? "" : task.section(), k -> new ArrayList<>()).add(task);
		}
		int g = 0;
		for (Map.Entry<String, List<Task>> group : groups.entrySet()) {
			g++;
			String title = titles.get(group.getKey());
			Task first = group.getValue().get(0);
			// an item of the plan ("1. Sở … chủ trì …") is often both a heading and its one task: say it once
			boolean itemIsTask = title != null && isStartOf(title, first.text());
			String heading = itemIsTask ? first.text().strip()
					: title == null || title.isBlank() ? words.text("report.doc.tasks.otherGroup") : title.strip();
			body.add(new Heading(2, g + ". " + heading));
			int n = 0;
			for (Task task : group.getValue()) {
				n++;
				if (!(itemIsTask && n == 1)) {
					body.add(new Heading(3, g + "." + n + ". " + task.text().strip()));
				}
				task(body, d, task);
			}
		}
		if (groups.isEmpty()) {
			body.add(new Paragraph(words.text("report.doc.tasks.none"), true));
		}
	}

	/** Whether a section's title is the text's start (titles are often the item's text cut with "…"). */
	static boolean isStartOf(String title, String text) {
		String t = title.strip().replaceAll("[….]+$", "").strip();
		return !t.isEmpty() && text != null && text.strip().startsWith(t);
	}

	/** A task's lead, deadline and status, then what each agency's approved report says of it. */
	private void task(List<Block> body, SpanData d, Task task) {
		TaskStatus status = task.status(d.today());
		Integer percent = d.percentDone(task.id());
		String done = percent == null ? "" : words.text("report.doc.task.percent", percent);
		String coordinators = task.coordinatorNames().isBlank() ? ""
				: words.text("report.doc.task.coordinators", task.coordinatorNames());
		body.add(Paragraph.of(words.text("report.doc.task.line", task.leadNames().isBlank() ? "…" : task.leadNames(),
				coordinators, words.deadline(task.deadline()), words.status(status), done)));
		List<SpanData.Said> said = d.said(task.id());
		if (said.isEmpty()) {
			body.add(new Paragraph(words.text("report.doc.task.noResults"), true));
		}
		for (SpanData.Said s : said) {
			List<String> lines = ReportTexts.lines(s.entry().results());
			String first = lines.isEmpty() ? words.text("report.doc.task.noText") : lines.get(0);
			body.add(Paragraph.of("- " + s.from().agencyName() + ": " + first));
			for (int i = 1; i < lines.size(); i++) {
				body.add(Paragraph.of(lines.get(i)));
			}
		}
	}

	/** Part III: each target with its baseline, the latest figure in the span and its trajectory status. */
	private void indicators(List<Block> body, SpanData d) {
		if (d.targets().isEmpty()) {
			body.add(new Paragraph(words.text("report.doc.indicators.none"), true));
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		int n = 0;
		for (TargetProgress.Standing s : d.targets()) {
			n++;
			Target t = s.target();
			String baseline = s.indicator().baselineValue() == null ? ""
					: ReportWords.number(s.indicator().baselineValue())
							+ (s.indicator().baselineYear() == null ? "" : " (" + s.indicator().baselineYear() + ")");
			String actual = s.latest() == null ? words.text("report.doc.indicators.noFigure")
					: ReportWords.number(s.latest().value()) + " (" + ReportWords.date(s.latest().periodEnd()) + ")";
			rows.add(List.of(String.valueOf(n), t.indicatorName(), nz(t.unit()), target(t), baseline, actual,
					words.status(s.status())));
		}
		body.add(new Table(List.of(words.text("report.doc.col.no"), words.text("report.doc.col.indicator"),
				words.text("report.doc.col.unit"), words.text("report.doc.col.target"), words.text("report.doc.col.baseline"),
				words.text("report.doc.col.actual"), words.text("report.doc.col.status")), List.of(6, 30, 10, 16, 12, 14, 12),
				List.of(0, 4, 5), rows));
		body.add(new Paragraph(words.text("report.doc.indicators.note"), true));
	}

	/** "≥ 60 (2030)", "40–50 (2030)". */
	private static String target(Target t) {
		String value = ReportWords.number(t.value());
		String shown = switch (t.comparator() == null ? "=" : t.comparator()) {
			case ">=" -> "≥ " + value;
			case ">" -> "> " + value;
			case "<=" -> "≤ " + value;
			case "<" -> "< " + value;
			case "approx" -> "≈ " + value;
			case "range" -> value + "–" + ReportWords.number(t.valueMax());
			default -> value;
		};
		return shown + (t.year() == null ? "" : " (" + t.year() + ")");
	}

	/** Appendix I: per lead agency, its tasks by status; a task with several leads counts for each. */
	private Table byAgency(SpanData d) {
		// by agency, not by name: two communes' "Phòng Kinh tế" are two rows (named with their unit)
		Map<Long, Map<TaskStatus, Integer>> by = new LinkedHashMap<>();
		Map<Long, Task.Assignee> who = new LinkedHashMap<>();
		for (Task task : d.tasks()) {
			TaskStatus status = task.status(d.today());
			java.util.Set<Long> leads = new java.util.LinkedHashSet<>();
			task.leads().forEach(a -> {
				leads.add(a.agencyId());
				who.putIfAbsent(a.agencyId(), a);
			});
			if (leads.isEmpty()) {
				leads.add(-1L);
			}
			for (long lead : leads) {
				by.computeIfAbsent(lead, k -> new EnumMap<>(TaskStatus.class)).merge(status, 1, Integer::sum);
			}
		}
		Map<String, Long> names = new java.util.HashMap<>();
		who.values().forEach(a -> names.merge(a.name(), 1L, Long::sum));
		java.text.Collator order = java.text.Collator.getInstance(vn.trienkhai.monitoring.RoundNames.VIETNAMESE);
		List<Map.Entry<String, Map<TaskStatus, Integer>>> named = new ArrayList<>();
		for (Map.Entry<Long, Map<TaskStatus, Integer>> e : by.entrySet()) {
			Task.Assignee a = who.get(e.getKey());
			String name = a == null ? words.text("report.doc.appendix1.noLead")
					: names.get(a.name()) > 1 ? a.name() + " (" + nz(d.unitNames().getOrDefault(a.orgUnitId(), "")) + ")" : a.name();
			named.add(Map.entry(name, e.getValue()));
		}
		named.sort((x, y) -> order.compare(x.getKey(), y.getKey()));
		List<List<String>> rows = new ArrayList<>();
		int n = 0;
		for (Map.Entry<String, Map<TaskStatus, Integer>> e : named) {
			rows.add(statusRow(String.valueOf(++n), e.getKey(), e.getValue()));
		}
		Map<TaskStatus, Integer> all = TaskStatistics.count(d.tasks(), d.today());
		rows.add(statusRow("", words.text("report.doc.total"), all));
		return new Table(List.of(words.text("report.doc.col.no"), words.text("report.doc.col.lead"),
				words.text("report.doc.col.total"), words.text("task.status.DONE_ON_TIME"), words.text("task.status.DONE_LATE"),
				words.text("report.doc.col.open"), words.text("task.status.OVERDUE"), words.text("task.status.NOT_STARTED"),
				words.text("task.status.CANCELLED")), List.of(6, 30, 8, 10, 10, 10, 9, 9, 8), List.of(0, 2, 3, 4, 5, 6, 7, 8),
				rows);
	}

	private static List<String> statusRow(String no, String name, Map<TaskStatus, Integer> c) {
		int open = c.getOrDefault(TaskStatus.OPEN_WITHIN_DEADLINE, 0) + c.getOrDefault(TaskStatus.IN_PROGRESS, 0);
		int total = c.values().stream().mapToInt(Integer::intValue).sum();
		return List.of(no, name, String.valueOf(total), String.valueOf(c.getOrDefault(TaskStatus.DONE_ON_TIME, 0)),
				String.valueOf(c.getOrDefault(TaskStatus.DONE_LATE, 0)), String.valueOf(open),
				String.valueOf(c.getOrDefault(TaskStatus.OVERDUE, 0)), String.valueOf(c.getOrDefault(TaskStatus.NOT_STARTED, 0)),
				String.valueOf(c.getOrDefault(TaskStatus.CANCELLED, 0)));
	}

	/** Appendix II: per round, every responsible agency by unit, when it sent and whether in time. */
	private List<Block> completeness(SpanData d, String reference) {
		List<Block> out = new ArrayList<>();
		out.add(new Paragraph(reference, true));
		for (Round round : d.span().rounds()) {
			List<ReportingRounds.Standing> standings = new ArrayList<>(d.standings().get(round.id()));
			standings.sort(java.util.Comparator.comparing((ReportingRounds.Standing s) -> nz(d.unitNames().get(s.orgUnitId())))
				.thenComparing(ReportingRounds.Standing::agencyName));
			ReportingRounds.Completeness c = ReportingRounds.Completeness.of(standings);
			out.add(new Heading(2, words.text("report.doc.appendix2.round", words.round(round), ReportWords.date(round.dueOn()))));
			out.add(Paragraph.of(words.text("report.doc.appendix2.summary", c.responsible(), c.onTime() + c.late(), c.onTime(),
					c.late(), c.missing(), c.notDue(), c.approved())));
			List<List<String>> rows = new ArrayList<>();
			int n = 0;
			for (ReportingRounds.Standing s : standings) {
				String sent = s.firstSubmittedAt() == null ? ""
						: ReportWords.date(s.firstSubmittedAt().atZone(ReportingRounds.ZONE).toLocalDate());
				rows.add(List.of(String.valueOf(++n), nz(d.unitNames().get(s.orgUnitId())), s.agencyName(), sent,
						words.timeliness(s.timeliness()), s.reportId() == null ? words.text("monitoring.report.status.NONE")
								: words.status(s.status())));
			}
			if (!rows.isEmpty()) {
				out.add(new Table(List.of(words.text("report.doc.col.no"), words.text("report.doc.col.orgUnit"),
						words.text("report.doc.col.agency"), words.text("report.doc.col.sent"),
						words.text("report.doc.col.timeliness"), words.text("report.doc.col.reportStatus")),
						List.of(6, 22, 30, 12, 15, 15), List.of(0), rows));
			}
		}
		return out;
	}

	/** The issuer as its block has it: the plan's issuer, else the People's Committee of its unit. */
	private String issuer(SpanData d) {
		Plan plan = d.span().plan();
		return plan.issuer() != null && !plan.issuer().isBlank() ? plan.issuer().strip()
				: words.text("report.doc.defaultIssuer", d.unitName());
	}

	private static String place(SpanData d) {
		Plan plan = d.span().plan();
		if (plan.place() != null && !plan.place().isBlank()) {
			return plan.place().strip();
		}
		String unit = d.unitName();
		// "Tỉnh Gia Lai" → "Gia Lai": the place line names the place, not the unit's kind
		return unit.replaceFirst("^(?iu)(tỉnh|thành phố|xã|phường|đặc khu)\\s+", "");
	}

	/** "      /BC-UBND" from the plan's "12/KH-UBND": the office writes the number in. */
	static String defaultNumber(Plan plan) {
		String suffix = plan.number() != null && plan.number().matches(".*/[^/-]+-.+")
				? plan.number().substring(plan.number().indexOf('-', plan.number().lastIndexOf('/')) + 1) : "";
		return "      /BC" + (suffix.isEmpty() ? "" : "-" + suffix.strip());
	}

	/** "TM. ỦY BAN NHÂN DÂN" and "CHỦ TỊCH" for a People's Committee; a department's director signs for it. */
	private String[] signer(String issuer) {
		String up = ReportWords.upper(issuer);
		if (up.startsWith("ỦY BAN NHÂN DÂN") || up.startsWith("UỶ BAN NHÂN DÂN")) {
			return new String[] { words.text("report.doc.signer.committee.authority"), words.text("report.doc.signer.committee.title") };
		}
		if (up.startsWith("SỞ")) {
			return new String[] { "", words.text("report.doc.signer.department.title") };
		}
		return new String[] { "", words.text("report.doc.signer.head.title") };
	}

	/** The span as the subject line names it: "năm 2026", "từ năm 2024 đến năm 2026". */
	private String period(ReportSpan span) {
		return span.isSingle() ? words.text("report.doc.period.one", words.round(span.last()))
				: words.text("report.doc.period.span", words.round(span.first()), words.round(span.last()));
	}

	/** "Kế hoạch số 12/KH-UBND"; a plan without a number by its title, less a leading "Thực hiện". */
	private String planName(Plan plan) {
		if (plan.number() != null) {
			return words.text("report.doc.plan.numbered", plan.number());
		}
		String title = plan.title() == null ? "" : plan.title().strip();
		String rest = title.replaceFirst("^(?iu)thực hiện\\s+", "");
		// what follows "Thực hiện" names a document ("Kế hoạch số …") and keeps its capital
		return rest.equals(title) ? ReportWords.lowerFirst(title) : rest;
	}

	/** "Kế hoạch số 12/KH-UBND ngày 02/5/2024 của Ủy ban nhân dân tỉnh Gia Lai về phát triển …". */
	private String planReference(Plan plan, SpanData d) {
		if (plan.number() == null) {
			// the title already says what it is ("Kế hoạch số 114-KH/TU … triển khai …"): no second "về …"
			return planName(plan);
		}
		String date = plan.issuedOn() == null ? "" : words.text("report.doc.plan.date", ReportWords.date(plan.issuedOn()));
		return words.text("report.doc.plan.reference", planName(plan), date, sentenceCase(issuer(d)),
				ReportWords.lowerFirst(plan.title() == null ? "" : plan.title().strip()));
	}

	/**
	 * "Ủy ban nhân dân tỉnh Gia Lai" from "ỦY BAN NHÂN DÂN TỈNH GIA LAI": lower case with the first letter up,
	 * and every word after a unit's kind ("tỉnh", "xã", "phường", "thành phố") up again, since that is the name.
	 */
	static String sentenceCase(String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		String s = text.strip();
		if (!s.equals(ReportWords.upper(s))) {
			return s;
		}
		String lower = s.toLowerCase(vn.trienkhai.monitoring.RoundNames.VIETNAMESE);
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(tỉnh|thành phố|xã|phường|đặc khu)\\s+(.+)$")
			.matcher(lower);
		if (m.find()) {
			StringBuilder name = new StringBuilder();
			for (String w : m.group(2).split(" ")) {
				name.append(name.isEmpty() ? "" : " ").append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
			}
			lower = lower.substring(0, m.start(2)) + name;
		}
		return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
