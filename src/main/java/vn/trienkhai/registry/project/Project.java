package vn.trienkhai.registry.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.Visibility;

/**
 * An S&amp;T project (đề tài or dự án khoa học và công nghệ): its code within the unit, level, host organisation,
 * principal investigator, period, outputs, budget by source and where it stands in its lifecycle.
 */
public record Project(Long id, long orgUnitId, Long ownerAgencyId, String code, String title, Kind kind, Level level,
		BiotechField field, String hostOrganisation, String principalInvestigator, LocalDate periodStart,
		LocalDate periodEnd, String outputs, Map<Source, BigDecimal> budget, ProjectStatus status,
		LocalDate acceptanceDate, String acceptanceRating, String appliedWhere, Visibility visibility, int rowVersion) {

	/** Đề tài (research topic) or dự án (project). */
	public enum Kind {
		TOPIC, PROJECT
	}

	/** The level that manages it (cấp quốc gia, bộ, tỉnh, cơ sở). */
	public enum Level {
		NATIONAL, MINISTRY, PROVINCIAL, GRASSROOTS
	}

	/** Where its money comes from. */
	public enum Source {
		STATE_CENTRAL, STATE_LOCAL, ENTERPRISE, OTHER
	}

	public BigDecimal totalBudget() {
		return budget.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The amount of one source, null when none is recorded (for the form). */
	public BigDecimal budgetOf(Source source) {
		return budget.get(source);
	}

	Map<String, Object> auditState() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("code", code);
		s.put("title", title);
		s.put("kind", kind.name());
		s.put("level", level.name());
		s.put("field", field.name());
		s.put("hostOrganisation", hostOrganisation);
		s.put("principalInvestigator", principalInvestigator);
		s.put("periodStart", periodStart == null ? null : periodStart.toString());
		s.put("periodEnd", periodEnd == null ? null : periodEnd.toString());
		Map<String, Object> money = new LinkedHashMap<>();
		budget.forEach((k, v) -> money.put(k.name(), v.toPlainString()));
		s.put("budget", money);
		s.put("status", status.name());
		s.put("visibility", visibility.name());
		return s;
	}

	static Map<Source, BigDecimal> noBudget() {
		return new EnumMap<>(Source.class);
	}

}
