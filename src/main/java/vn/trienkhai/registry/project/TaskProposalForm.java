package vn.trienkhai.registry.project;

import java.math.BigDecimal;

import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.Visibility;

/** The proposal form as bound from the page. */
class TaskProposalForm {

	private Long taskList;
	private Long unit;
	private Long ownerAgency;
	private String title;
	private String necessity;
	private String objectives;
	private String expectedOutputs;
	private String expectedHost;
	private Integer durationMonths;
	private BigDecimal estimatedBudget;
	private BiotechField field;
	private Visibility visibility = Visibility.INTERNAL;
	private int rowVersion;

	static TaskProposalForm of(TaskProposal p) {
		TaskProposalForm f = new TaskProposalForm();
		f.taskList = p.taskListId();
		f.unit = p.orgUnitId();
		f.ownerAgency = p.ownerAgencyId();
		f.title = p.title();
		f.necessity = p.necessity();
		f.objectives = p.objectives();
		f.expectedOutputs = p.expectedOutputs();
		f.expectedHost = p.expectedHost();
		f.durationMonths = p.durationMonths();
		f.estimatedBudget = p.estimatedBudget();
		f.field = p.field();
		f.visibility = p.visibility();
		f.rowVersion = p.rowVersion();
		return f;
	}

	TaskProposal toProposal(Long id, long listId) {
		return new TaskProposal(id, listId, unit, ownerAgency, title, necessity, objectives, expectedOutputs, expectedHost,
				durationMonths, estimatedBudget, field, null, null, visibility, rowVersion);
	}

	public Long getTaskList() { return taskList; }
	public void setTaskList(Long taskList) { this.taskList = taskList; }
	public Long getUnit() { return unit; }
	public void setUnit(Long unit) { this.unit = unit; }
	public Long getOwnerAgency() { return ownerAgency; }
	public void setOwnerAgency(Long ownerAgency) { this.ownerAgency = ownerAgency; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getNecessity() { return necessity; }
	public void setNecessity(String necessity) { this.necessity = necessity; }
	public String getObjectives() { return objectives; }
	public void setObjectives(String objectives) { this.objectives = objectives; }
	public String getExpectedOutputs() { return expectedOutputs; }
	public void setExpectedOutputs(String expectedOutputs) { this.expectedOutputs = expectedOutputs; }
	public String getExpectedHost() { return expectedHost; }
	public void setExpectedHost(String expectedHost) { this.expectedHost = expectedHost; }
	public Integer getDurationMonths() { return durationMonths; }
	public void setDurationMonths(Integer durationMonths) { this.durationMonths = durationMonths; }
	public BigDecimal getEstimatedBudget() { return estimatedBudget; }
	public void setEstimatedBudget(BigDecimal estimatedBudget) { this.estimatedBudget = estimatedBudget; }
	public BiotechField getField() { return field; }
	public void setField(BiotechField field) { this.field = field; }
	public Visibility getVisibility() { return visibility; }
	public void setVisibility(Visibility visibility) { this.visibility = visibility; }
	public int getRowVersion() { return rowVersion; }
	public void setRowVersion(int rowVersion) { this.rowVersion = rowVersion; }

}
