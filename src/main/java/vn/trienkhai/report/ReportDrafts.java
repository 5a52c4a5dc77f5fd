package vn.trienkhai.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.trienkhai.audit.AuditLog;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.InvalidInputException;

/** The coordinator's saved texts of a report, one per plan and span; audited. */
@Component
class ReportDrafts {

	static final String ENTITY_TYPE = "report_draft";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	ReportDrafts(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	Optional<ReportTexts> find(ReportSpan span) {
		return jdbc.sql("""
				select number, place, report_date, leadership, shortcomings, proposals, recipients,
				       signer_authority, signer_title, signer_name, row_version
				  from report_draft where plan_id = :p and from_round_id = :f and to_round_id = :t
				""").param("p", span.plan().id()).param("f", span.first().id()).param("t", span.last().id())
			.query((rs, n) -> new ReportTexts(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
					rs.getString(10), rs.getInt(11)))
			.optional();
	}

	static List<ReportTexts.Problem> check(ReportTexts t) {
		List<ReportTexts.Problem> out = new ArrayList<>();
		limit(out, "number", t.number(), 100, false);
		limit(out, "place", t.place(), ReportTexts.MAX_LINE, true);
		if (t.date() == null) {
			out.add(new ReportTexts.Problem("date", "report.error.date"));
		}
		limit(out, "leadership", t.leadership(), ReportTexts.MAX_PART, false);
		limit(out, "shortcomings", t.shortcomings(), ReportTexts.MAX_PART, false);
		limit(out, "proposals", t.proposals(), ReportTexts.MAX_PART, false);
		limit(out, "recipients", t.recipients(), ReportTexts.MAX_RECIPIENTS, false);
		limit(out, "signerAuthority", t.signerAuthority(), ReportTexts.MAX_LINE, false);
		limit(out, "signerTitle", t.signerTitle(), ReportTexts.MAX_LINE, true);
		limit(out, "signerName", t.signerName(), ReportTexts.MAX_LINE, false);
		return out;
	}

	private static void limit(List<ReportTexts.Problem> out, String field, String value, int max, boolean required) {
		if (required && (value == null || value.isBlank())) {
			out.add(new ReportTexts.Problem(field, "report.error.required"));
		}
		else if (value != null && value.length() > max) {
			out.add(new ReportTexts.Problem(field, "report.error.tooLong", max));
		}
	}

	/**
	 * Saves the texts (all of them, checked first: nothing is saved when one breaks a rule).
	 *
	 * @param rowVersion the version the person edited, -1 for the first save
	 * @throws OptimisticLockingFailureException when someone saved in between
	 */
	@Transactional
	ReportTexts save(ReportSpan span, ReportTexts t, int rowVersion) {
		if (!check(t).isEmpty()) {
			throw new InvalidInputException("report.error.invalid");
		}
		Optional<ReportTexts> before = find(span);
		// the first save inserts (a concurrent first save loses on the unique key), later ones update only the
		// version the person edited; versions come from a sequence, so one never repeats after a reset
		String sql = rowVersion < 0 ? """
				insert into report_draft (plan_id, from_round_id, to_round_id, number, place, report_date, leadership,
				       shortcomings, proposals, recipients, signer_authority, signer_title, signer_name, updated_by)
				values (:p, :f, :t, :number, :place, :date, :leadership, :shortcomings, :proposals, :recipients,
				        :authority, :title, :name, :by)
				on conflict (plan_id, from_round_id, to_round_id) do nothing
				""" : """
				update report_draft
				   set number = :number, place = :place, report_date = :date, leadership = :leadership,
				       shortcomings = :shortcomings, proposals = :proposals, recipients = :recipients,
				       signer_authority = :authority, signer_title = :title, signer_name = :name, updated_by = :by,
				       updated_at = now(), row_version = nextval('report_draft_version')
				 where plan_id = :p and from_round_id = :f and to_round_id = :t and row_version = :version
				""";
		int changed = jdbc.sql(sql).param("p", span.plan().id()).param("f", span.first().id()).param("t", span.last().id())
			.param("version", rowVersion)
			.param("number", keepGap(t.number())).param("place", nz(t.place())).param("date", t.date())
			.param("leadership", nz(t.leadership())).param("shortcomings", nz(t.shortcomings()))
			.param("proposals", nz(t.proposals())).param("recipients", nz(t.recipients()))
			.param("authority", nz(t.signerAuthority())).param("title", nz(t.signerTitle()))
			.param("name", nz(t.signerName())).param("by", CurrentUser.actorName())
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("report draft of plan " + span.plan().id());
		}
		ReportTexts after = find(span).orElseThrow();
		audit.record(before.isPresent() ? "report.draft.update" : "report.draft.create", ENTITY_TYPE,
				span.plan().id() + ":" + span.first().id() + "-" + span.last().id(), span.plan().orgUnitId(),
				before.map(ReportDrafts::summary).orElse(null), summary(after));
		return after;
	}

	/** Forgets the saved texts, so the report is prefilled from the progress reports again. */
	@Transactional
	void reset(ReportSpan span) {
		Optional<ReportTexts> before = find(span);
		if (before.isEmpty()) {
			return;
		}
		jdbc.sql("delete from report_draft where plan_id = :p and from_round_id = :f and to_round_id = :t")
			.param("p", span.plan().id()).param("f", span.first().id()).param("t", span.last().id()).update();
		audit.record("report.draft.reset", ENTITY_TYPE, span.plan().id() + ":" + span.first().id() + "-" + span.last().id(),
				span.plan().orgUnitId(), summary(before.get()), null);
	}

	private static Map<String, Object> summary(ReportTexts t) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("number", t.number());
		m.put("place", t.place());
		m.put("date", String.valueOf(t.date()));
		m.put("leadership", t.leadership().length());
		m.put("shortcomings", t.shortcomings().length());
		m.put("proposals", t.proposals().length());
		m.put("signer", t.signerTitle() + " " + t.signerName());
		return m;
	}

	/** Trimmed, without the control characters a text column cannot hold or a document should not carry. */
	private static String nz(String s) {
		return s == null ? "" : CONTROL.matcher(s).replaceAll("").strip();
	}

	private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");

	/** The number keeps its leading spaces: "      /BC-UBND" leaves the office room to write the number in. */
	private static String keepGap(String s) {
		return s == null ? "" : CONTROL.matcher(s).replaceAll("").stripTrailing();
	}

}
