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
		if (before.map(ReportTexts::rowVersion).orElse(-1) != rowVersion) {
			throw new OptimisticLockingFailureException("report draft of plan " + span.plan().id());
		}
		jdbc.sql("""
				insert into report_draft (plan_id, from_round_id, to_round_id, number, place, report_date, leadership,
				       shortcomings, proposals, recipients, signer_authority, signer_title, signer_name, updated_by)
				values (:p, :f, :t, :number, :place, :date, :leadership, :shortcomings, :proposals, :recipients,
				        :authority, :title, :name, :by)
				on conflict (plan_id, from_round_id, to_round_id) do update
				   set number = excluded.number, place = excluded.place, report_date = excluded.report_date,
				       leadership = excluded.leadership, shortcomings = excluded.shortcomings,
				       proposals = excluded.proposals, recipients = excluded.recipients,
				       signer_authority = excluded.signer_authority, signer_title = excluded.signer_title,
				       signer_name = excluded.signer_name, updated_by = excluded.updated_by, updated_at = now(),
				       row_version = report_draft.row_version + 1
				""").param("p", span.plan().id()).param("f", span.first().id()).param("t", span.last().id())
			.param("number", nz(t.number())).param("place", t.place().strip()).param("date", t.date())
			.param("leadership", nz(t.leadership())).param("shortcomings", nz(t.shortcomings()))
			.param("proposals", nz(t.proposals())).param("recipients", nz(t.recipients()))
			.param("authority", nz(t.signerAuthority())).param("title", t.signerTitle().strip())
			.param("name", nz(t.signerName())).param("by", CurrentUser.actorName())
			.update();
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

	private static String nz(String s) {
		return s == null ? "" : s.strip();
	}

}
