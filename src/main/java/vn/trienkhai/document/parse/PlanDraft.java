package vn.trienkhai.document.parse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@link PlanParser} read from the text of one plan document: a draft for a person to check, never
 * the truth. Every span is a pair of char offsets into {@link #text()}, the normalised text (NFC, one tone
 * placement, PDF line wraps rejoined), so a UI can highlight what each item was read from.
 *
 * @param text the normalised text every span points into
 * @param document the document's own identity, from its header
 * @param references other documents cited by number, each once, the document's own number left out
 * @param sections the heading tree of the body (header and the recipients' block excluded)
 * @param targets quantitative goals (chỉ tiêu)
 * @param agencies bodies given a responsibility in the implementation part, each once
 * @param tasks duties with their lead and coordinating bodies
 * @param deadlines explicit time limits with a normalised date
 * @param reporting the reporting regime: focal agency, periodic reports, reviews
 * @param warnings what could not be resolved; empty when all went well
 */
public record PlanDraft(String text, DocumentInfo document, List<Reference> references, List<Section> sections,
		List<Target> targets, List<AgencyMention> agencies, List<Task> tasks, List<Deadline> deadlines,
		Reporting reporting, List<Warning> warnings) {

	public PlanDraft {
		references = List.copyOf(references);
		sections = List.copyOf(sections);
		targets = List.copyOf(targets);
		agencies = List.copyOf(agencies);
		tasks = List.copyOf(tasks);
		deadlines = List.copyOf(deadlines);
		warnings = List.copyOf(warnings);
	}

	/**
	 * This draft with {@code earlier} in front of its warnings: notes from a step before parsing (reading
	 * the file), so a reviewer sees them in the order things happened.
	 */
	public PlanDraft withWarningsBefore(List<Warning> earlier) {
		if (earlier.isEmpty()) {
			return this;
		}
		List<Warning> all = new java.util.ArrayList<>(earlier);
		all.addAll(warnings);
		return new PlanDraft(text, document, references, sections, targets, agencies, tasks, deadlines, reporting, all);
	}

	/** The kind of a document, from its kind line ("KẾ HOẠCH") or its number ("…/KH-UBND"). */
	public enum Kind {
		KE_HOACH, CHUONG_TRINH, NGHI_QUYET, QUYET_DINH, CONG_VAN, BAO_CAO, OTHER
	}

	/** Char offsets [start, end) into {@link PlanDraft#text()}. */
	public record Span(int start, int end) {
	}

	/**
	 * The document's identity. {@code number} is null when left blank ("Số: …/KH-UBND"), {@code issuedOn}
	 * when the date is incomplete ("ngày    tháng 4 năm 2024") or missing.
	 */
	public record DocumentInfo(String number, Kind kind, String issuer, LocalDate issuedOn, String place,
			String title) {
	}

	/**
	 * A document cited by number. {@code relation}: "implements" (thực hiện, triển khai), "basis" (căn cứ)
	 * or "other".
	 */
	public record Reference(String number, LocalDate issuedOn, String relation, Span span) {
	}

	/**
	 * A heading and what it covers. {@code number} is the marker without punctuation ("II", "2.1", "a"),
	 * null for bullets and unnumbered headings; {@code level} is 1 for the top; {@code role} says what a
	 * standard part is about ("purpose", "goals", "tasks", "implementation", "funding"), else null.
	 */
	public record Section(String number, String title, int level, String role, Span span, List<Section> children) {

		public Section {
			children = List.copyOf(children);
		}

	}

	/**
	 * A quantitative goal. {@code year} is the horizon in force (null when none was found), {@code valueMax}
	 * is set for ranges only; {@code comparator} is one of "=", "approx", "&gt;=", "&gt;", "&lt;=", "&lt;",
	 * "range".
	 */
	public record Target(Integer year, BigDecimal value, BigDecimal valueMax, String unit, String comparator,
			String subject, String quote, Span span) {
	}

	/**
	 * A body given a responsibility, as written. {@code collective} for a definite group ("Ủy ban nhân dân
	 * các xã, phường"), which the caller may expand into its members.
	 */
	public record AgencyMention(String name, boolean collective, Span span) {
	}

	/**
	 * One duty. {@code deadline} is a normalised date as in {@link Deadline#date()}; {@code section} the
	 * number path of the section it stands in ("III.2"); {@code source} where it was found:
	 * "implementation", "tasks" (NHIỆM VỤ, GIẢI PHÁP) or "table".
	 */
	public record Task(String text, String lead, List<String> coordinators, String deadline, String product,
			String section, String source, Span span) {

		public Task {
			coordinators = List.copyOf(coordinators);
		}

	}

	/**
	 * An explicit time limit. {@code date}: "2024-04-30" (a day), "--11-15" (every year on that day),
	 * "--12" (every year in that month); {@code recurring} for the last two.
	 */
	public record Deadline(String date, boolean recurring, String quote, Span span) {
	}

	/** The reporting regime. {@code focalAgency} is the body that tracks, urges and consolidates. */
	public record Reporting(String focalAgency, List<ReportingDuty> duties, List<Review> reviews) {

		public Reporting {
			duties = List.copyOf(duties);
			reviews = List.copyOf(reviews);
		}

	}

	/**
	 * A periodic report: who sends it, to whom, through whom, how often ("annual", "semiannual",
	 * "quarterly", "monthly", "periodic", "ad_hoc") and by when (a normalised date).
	 */
	public record ReportingDuty(String reporter, String recipient, String via, List<String> frequency, String due,
			String quote, Span span) {

		public ReportingDuty {
			frequency = List.copyOf(frequency);
		}

	}

	/**
	 * An interim ("interim", sơ kết) or final ("final", tổng kết) review, after some years or in a given
	 * year when the text says so.
	 */
	public record Review(String kind, List<Integer> afterYears, Integer year, String quote, Span span) {

		public Review {
			afterYears = List.copyOf(afterYears);
		}

	}

	/** Something that could not be resolved; {@code message} is in Vietnamese, for the person checking. */
	public record Warning(String code, String message) {
	}

}
