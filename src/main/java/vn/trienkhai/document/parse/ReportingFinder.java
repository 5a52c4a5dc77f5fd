package vn.trienkhai.document.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reporting regime (Decree 09/2019 sets its shape for state bodies): the focal body that tracks,
 * urges and consolidates ("cơ quan đầu mối theo dõi, đôn đốc, tổng hợp"); the periodic reports — a clause
 * with "báo cáo" and a period or due date ("định kỳ", "hằng năm", "6 tháng", "trước ngày 15/11") — with
 * who sends them (the item's body), to whom ("báo cáo UBND tỉnh", "báo cáo … với Ban Thường vụ"),
 * through whom ("qua Sở …", "gửi Sở … tổng hợp"); and the interim and final reviews (sơ kết, tổng kết),
 * after some years or in a year.
 */
final class ReportingFinder {

	private ReportingFinder() {
	}

	private static final Pattern PERIODIC = Pattern.compile("dinh ky|hang nam|hang quy|hang thang|6 thang|sau thang|"
			+ "truoc ngay|dot xuat|hang nam|thang \\d{1,2} hang nam|cuoi nam|giua nam");

	private static final Pattern RECIPIENT = Pattern.compile("bao cao(?:\\s+(?:ket qua|tinh hinh|tien do)"
			+ "(?:\\s+(?:thuc hien|trien khai))?)?(?:\\s+(?:ve|voi|len|cho|gui ve|gui))?\\s+");

	private static final Pattern VIA = Pattern.compile("(?:thong qua|qua|gui ve|gui)\\s+");

	private static final Pattern REVIEW = Pattern.compile("so ket|tong ket|danh gia giua ky");

	/** "sau 3 năm", "3 năm", "1, 3, 5 năm" — not "năm 2025". */
	private static final Pattern YEARS = Pattern
		.compile("(?<![\\d/])((?:\\d{1,2}\\s?(?:,|va|;)\\s?){0,8}\\d{1,2})\\s+nam(?!\\s+\\d)");

	private static final Pattern IN_YEAR = Pattern.compile("(?:vao |trong )?nam\\s+(\\d{4})");

	static PlanDraft.Reporting find(ParseContext ctx, AgencyExtractor.Result agencies,
			List<PlanDraft.Deadline> deadlines) {
		List<int[]> scopes = new ArrayList<>();
		for (String role : List.of("implementation", "reporting")) {
			for (SectionNode s : ctx.sectionsWithRole(role)) {
				scopes.add(new int[] { s.start, s.end });
			}
		}
		if (scopes.isEmpty()) {
			scopes.add(new int[] { ctx.headerEnd, ctx.bodyEnd });
		}
		String focal = focal(ctx, agencies);
		List<PlanDraft.ReportingDuty> duties = new ArrayList<>();
		List<PlanDraft.Review> reviews = new ArrayList<>();
		java.util.Set<Integer> read = new java.util.HashSet<>();
		for (int[] scope : scopes) {
			for (int[] clause : clauses(ctx, scope[0], scope[1])) {
				// a reporting item inside the implementation part is in both scopes: read it once
				if (read.add(clause[0])) {
					readClause(ctx, clause, agencies, deadlines, duties, reviews);
				}
			}
		}
		return new PlanDraft.Reporting(focal, duties, reviews);
	}

	/** The focal body: the item that calls itself "đầu mối", else the one that tracks and urges. */
	private static String focal(ParseContext ctx, AgencyExtractor.Result agencies) {
		String tracking = null;
		for (AgencyExtractor.Responsibility r : agencies.responsibilities()) {
			String f = ctx.folded.substring(r.start(), r.end());
			String name = named(r);
			if (name == null) {
				continue;
			}
			if (f.contains("dau moi") || f.contains("co quan thuong truc")) {
				return name;
			}
			if (tracking == null && f.contains("theo doi") && f.contains("don doc")) {
				tracking = name;
			}
		}
		return tracking;
	}

	private static String named(AgencyExtractor.Responsibility r) {
		for (AgencyPhrases.Item item : r.bodies()) {
			if (!item.vague()) {
				return item.name();
			}
		}
		return null;
	}

	/** Clauses: cut at line ends, semicolons and sentence ends. */
	private static List<int[]> clauses(ParseContext ctx, int from, int to) {
		List<int[]> out = new ArrayList<>();
		int start = from;
		for (int i = from; i <= to; i++) {
			boolean cut = i == to || ctx.plain.charAt(i) == '\n' || ctx.plain.charAt(i) == ';'
					|| (ctx.plain.charAt(i) == '.' && (i + 1 >= to || ctx.plain.charAt(i + 1) == ' '
							|| ctx.plain.charAt(i + 1) == '\n'));
			if (cut) {
				if (i > start) {
					out.add(new int[] { start, i });
				}
				start = i + 1;
			}
		}
		return out;
	}

	private static void readClause(ParseContext ctx, int[] clause, AgencyExtractor.Result agencies,
			List<PlanDraft.Deadline> deadlines, List<PlanDraft.ReportingDuty> duties, List<PlanDraft.Review> reviews) {
		String f = ctx.folded.substring(clause[0], clause[1]);
		if (f.contains("bao cao") && PERIODIC.matcher(f).find()) {
			duties.add(duty(ctx, clause, f, agencies, deadlines));
		}
		readReviews(ctx, clause, f, reviews);
	}

	/**
	 * Each "sơ kết"/"tổng kết" of a clause, with the years nearest to it: "sau 3 năm sơ kết, sau 5 năm
	 * tổng kết", "sơ kết 3 năm, tổng kết 5 năm"; "sơ kết, tổng kết sau 1, 3, 5 năm" shares the years.
	 */
	private static void readReviews(ParseContext ctx, int[] clause, String f, List<PlanDraft.Review> reviews) {
		List<int[]> words = new ArrayList<>();
		Matcher r = REVIEW.matcher(f);
		while (r.find() && words.size() < 20) {
			words.add(new int[] { r.start(), r.end() });
		}
		if (words.isEmpty()) {
			return;
		}
		List<List<Integer>> after = new ArrayList<>();
		List<Integer> years = new ArrayList<>();
		for (int k = 0; k < words.size(); k++) {
			after.add(new ArrayList<>());
			years.add(null);
		}
		Matcher a = YEARS.matcher(f);
		while (a.find()) {
			int nearest = owner(words, f, a.start(), a.end());
			for (String n : a.group(1).split("\\s*(?:,|va|;)\\s*")) {
				if (!n.isBlank()) {
					after.get(nearest).add(Integer.parseInt(n.strip()));
				}
			}
		}
		Matcher y = IN_YEAR.matcher(f);
		while (y.find()) {
			int nearest = owner(words, f, y.start(), y.end());
			if (years.get(nearest) == null) {
				years.set(nearest, Integer.parseInt(y.group(1)));
			}
		}
		for (int k = words.size() - 2; k >= 0; k--) {
			String between = f.substring(words.get(k)[1], words.get(k + 1)[0]);
			if (after.get(k).isEmpty() && years.get(k) == null && between.replaceAll("[\\s,]|va", "").isEmpty()) {
				after.set(k, after.get(k + 1));
				years.set(k, years.get(k + 1));
			}
		}
		for (int k = 0; k < words.size(); k++) {
			int[] w = words.get(k);
			String kind = f.startsWith("tong ket", w[0]) ? "final" : "interim";
			reviews.add(new PlanDraft.Review(kind, after.get(k), years.get(k),
					VnText.trimPunct(ctx.quote(clause[0], clause[1])),
					new PlanDraft.Span(clause[0] + w[0], clause[0] + w[1])));
		}
	}

	/**
	 * The review a time phrase belongs to. Vietnamese puts "sau N năm" before its review ("sau 3 năm sơ
	 * kết, sau 5 năm tổng kết") and other time phrases after it ("sơ kết 5 năm vào năm 2028, tổng kết vào
	 * năm 2030"); a phrase with no review on its side goes to the nearest.
	 */
	private static int owner(List<int[]> words, String f, int start, int end) {
		boolean forward = f.startsWith("sau ", Math.max(0, start - 4));
		if (forward) {
			for (int k = 0; k < words.size(); k++) {
				if (words.get(k)[0] >= end) {
					return k;
				}
			}
		}
		else {
			for (int k = words.size() - 1; k >= 0; k--) {
				if (words.get(k)[1] <= start) {
					return k;
				}
			}
		}
		return nearest(words, start, end);
	}

	private static int nearest(List<int[]> words, int start, int end) {
		int best = 0;
		int bestDistance = Integer.MAX_VALUE;
		for (int k = 0; k < words.size(); k++) {
			int[] w = words.get(k);
			int distance = w[0] >= end ? w[0] - end : start >= w[1] ? start - w[1] : 0;
			if (distance < bestDistance) {
				best = k;
				bestDistance = distance;
			}
		}
		return best;
	}

	private static final Pattern LEADING_TIME = Pattern.compile("^\\W*(?:dinh ky|hang nam|hang quy|hang thang|truoc ngay)");

	private static int commaOutsideBrackets(String f) {
		int depth = 0;
		for (int i = 0; i < f.length(); i++) {
			char c = f.charAt(i);
			if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth = Math.max(0, depth - 1);
			}
			else if (c == ',' && depth == 0) {
				return i;
			}
		}
		return -1;
	}

	/** A named body, not a bare head word ("gửi về Sở" names none). */
	private static boolean isBody(String text) {
		return OrgNames.startsWithHead(text) && text.indexOf(' ') > 0;
	}

	private static PlanDraft.ReportingDuty duty(ParseContext ctx, int[] clause, String f,
			AgencyExtractor.Result agencies, List<PlanDraft.Deadline> deadlines) {
		String reporter = null;
		for (AgencyExtractor.Responsibility r : agencies.responsibilities()) {
			if (r.start() <= clause[0] && clause[0] < r.end()) {
				String name = named(r);
				reporter = name != null ? name : r.subject().text();
			}
		}
		if (reporter == null) {
			AgencyPhrases.Phrase subject = AgencyPhrases.subject(ctx, clause[0], clause[1]);
			if (subject == null && LEADING_TIME.matcher(f).find()) {
				// "Định kỳ 6 tháng (trước ngày 15/6) và hằng năm, các sở, ngành … báo cáo": the time comes first
				int comma = commaOutsideBrackets(f);
				if (comma > 0) {
					subject = AgencyPhrases.subject(ctx, clause[0] + comma + 1, clause[1]);
				}
			}
			reporter = subject == null ? null : subject.text();
		}
		// "báo cáo về Phòng Kinh tế … để tổng hợp, báo cáo UBND thị xã": the first goes through, the last receives
		List<String> recipients = new ArrayList<>();
		Matcher m = RECIPIENT.matcher(f);
		while (m.find()) {
			AgencyPhrases.Phrase p = AgencyPhrases.coordinators(ctx, clause[0] + m.end(), clause[1]);
			if (p != null && isBody(p.text()) && !recipients.contains(p.text())) {
				recipients.add(p.text());
			}
		}
		String recipient = recipients.isEmpty() ? null : recipients.get(recipients.size() - 1);
		String via = recipients.size() > 1 ? recipients.get(0) : null;
		Matcher v = VIA.matcher(f);
		while (v.find()) {
			if (v.start() > 0 && Character.isLetter(f.charAt(v.start() - 1))) {
				continue;
			}
			AgencyPhrases.Phrase p = AgencyPhrases.coordinators(ctx, clause[0] + v.end(), clause[1]);
			if (via == null && p != null && isBody(p.text()) && !p.text().equals(recipient)) {
				via = p.text();
				break;
			}
		}
		List<String> frequency = new ArrayList<>();
		if (f.contains("6 thang") || f.contains("sau thang")) {
			frequency.add("semiannual");
		}
		if (f.contains("hang quy") || f.contains("dinh ky quy")) {
			frequency.add("quarterly");
		}
		if (f.contains("hang thang")) {
			frequency.add("monthly");
		}
		if (f.contains("hang nam") || f.contains("cuoi nam")) {
			frequency.add("annual");
		}
		if (f.contains("dot xuat")) {
			frequency.add("ad_hoc");
		}
		if (frequency.isEmpty() && f.contains("dinh ky")) {
			frequency.add("periodic");
		}
		String due = null;
		for (PlanDraft.Deadline d : deadlines) {
			if (d.span().end() > clause[0] && d.span().start() < clause[1]) {
				due = d.date();
				break;
			}
		}
		return new PlanDraft.ReportingDuty(reporter, recipient, via, frequency, due,
				VnText.trimPunct(ctx.quote(clause[0], clause[1])),
				new PlanDraft.Span(clause[0], clause[1]));
	}

}
