package vn.trienkhai.registry.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;

import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.Visibility;

/** The project form as bound from the page; the budget by source name ({@code budget[STATE_LOCAL]}). */
class ProjectForm {

	private Long unit;
	private Long ownerAgency;
	private String code;
	private String title;
	private Project.Kind kind = Project.Kind.TOPIC;
	private Project.Level level = Project.Level.PROVINCIAL;
	private BiotechField field;
	private String hostOrganisation;
	private String principalInvestigator;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodStart;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodEnd;
	private String outputs;
	private Map<String, BigDecimal> budget = new LinkedHashMap<>();
	private Visibility visibility = Visibility.INTERNAL;
	private int rowVersion;

	static ProjectForm of(Project p) {
		ProjectForm f = new ProjectForm();
		f.unit = p.orgUnitId();
		f.ownerAgency = p.ownerAgencyId();
		f.code = p.code();
		f.title = p.title();
		f.kind = p.kind();
		f.level = p.level();
		f.field = p.field();
		f.hostOrganisation = p.hostOrganisation();
		f.principalInvestigator = p.principalInvestigator();
		f.periodStart = p.periodStart();
		f.periodEnd = p.periodEnd();
		f.outputs = p.outputs();
		p.budget().forEach((s, a) -> f.budget.put(s.name(), a));
		f.visibility = p.visibility();
		f.rowVersion = p.rowVersion();
		return f;
	}

	/** The project as entered; the status stays what it is (null for a new one). */
	Project toProject(Long id, Project current) {
		Map<Project.Source, BigDecimal> money = Project.noBudget();
		for (Project.Source s : Project.Source.values()) {
			BigDecimal amount = budget == null ? null : budget.get(s.name());
			if (amount != null) {
				money.put(s, amount);
			}
		}
		return new Project(id, unit, ownerAgency, code, title, kind, level, field, hostOrganisation, principalInvestigator,
				periodStart, periodEnd, outputs, money, current == null ? null : current.status(),
				current == null ? null : current.acceptanceDate(), current == null ? null : current.acceptanceRating(),
				current == null ? null : current.appliedWhere(), visibility, rowVersion);
	}

	public Long getUnit() { return unit; }
	public void setUnit(Long unit) { this.unit = unit; }
	public Long getOwnerAgency() { return ownerAgency; }
	public void setOwnerAgency(Long ownerAgency) { this.ownerAgency = ownerAgency; }
	public String getCode() { return code; }
	public void setCode(String code) { this.code = code; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public Project.Kind getKind() { return kind; }
	public void setKind(Project.Kind kind) { this.kind = kind; }
	public Project.Level getLevel() { return level; }
	public void setLevel(Project.Level level) { this.level = level; }
	public BiotechField getField() { return field; }
	public void setField(BiotechField field) { this.field = field; }
	public String getHostOrganisation() { return hostOrganisation; }
	public void setHostOrganisation(String hostOrganisation) { this.hostOrganisation = hostOrganisation; }
	public String getPrincipalInvestigator() { return principalInvestigator; }
	public void setPrincipalInvestigator(String principalInvestigator) { this.principalInvestigator = principalInvestigator; }
	public LocalDate getPeriodStart() { return periodStart; }
	public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }
	public LocalDate getPeriodEnd() { return periodEnd; }
	public void setPeriodEnd(LocalDate periodEnd) { this.periodEnd = periodEnd; }
	public String getOutputs() { return outputs; }
	public void setOutputs(String outputs) { this.outputs = outputs; }
	public Map<String, BigDecimal> getBudget() { return budget; }
	public void setBudget(Map<String, BigDecimal> budget) { this.budget = budget; }
	public Visibility getVisibility() { return visibility; }
	public void setVisibility(Visibility visibility) { this.visibility = visibility; }
	public int getRowVersion() { return rowVersion; }
	public void setRowVersion(int rowVersion) { this.rowVersion = rowVersion; }

}
