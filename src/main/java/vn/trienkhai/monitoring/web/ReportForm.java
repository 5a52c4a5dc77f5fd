package vn.trienkhai.monitoring.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import vn.trienkhai.monitoring.ProgressReport;
import vn.trienkhai.monitoring.ProgressReports;

/**
 * The report form as typed: prose, one row per task, one row per indicator owed. Numbers and days stay
 * text until {@link ReportPages} reads them, so a wrong entry is shown back as the person typed it.
 */
public class ReportForm {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private Integer rowVersion;

	private String summary;

	private String difficulties;

	private String proposals;

	private List<TaskRow> tasks = new ArrayList<>();

	private List<ValueRow> values = new ArrayList<>();

	public static class TaskRow {

		private Long taskId;

		private String progress;

		private String percentDone;

		private String completedOn;

		private String results;

		private String difficulties;

		private String proposals;

		public Long getTaskId() { return taskId; }
		public void setTaskId(Long v) { taskId = v; }
		public String getProgress() { return progress; }
		public void setProgress(String v) { progress = v; }
		public String getPercentDone() { return percentDone; }
		public void setPercentDone(String v) { percentDone = v; }
		public String getCompletedOn() { return completedOn; }
		public void setCompletedOn(String v) { completedOn = v; }
		public String getResults() { return results; }
		public void setResults(String v) { results = v; }
		public String getDifficulties() { return difficulties; }
		public void setDifficulties(String v) { difficulties = v; }
		public String getProposals() { return proposals; }
		public void setProposals(String v) { proposals = v; }

	}

	public static class ValueRow {

		private Long indicatorId;

		private String value;

		private String sourceNote;

		public Long getIndicatorId() { return indicatorId; }
		public void setIndicatorId(Long v) { indicatorId = v; }
		public String getValue() { return value; }
		public void setValue(String v) { value = v; }
		public String getSourceNote() { return sourceNote; }
		public void setSourceNote(String v) { sourceNote = v; }

	}

	/** The form of a saved report: what it says, and empty rows for what it does not say yet. */
	static ReportForm of(ProgressReport report, List<ProgressReports.TaskLine> taskLines,
			List<ProgressReports.ValueLine> valueLines) {
		ReportForm f = new ReportForm();
		f.rowVersion = report.rowVersion();
		f.summary = report.summary();
		f.difficulties = report.difficulties();
		f.proposals = report.proposals();
		for (ProgressReports.TaskLine l : taskLines) {
			TaskRow r = new TaskRow();
			r.taskId = l.task().id();
			ProgressReport.TaskEntry e = l.entry();
			if (e != null) {
				r.progress = e.progress();
				r.percentDone = e.percentDone() == null ? null : e.percentDone().toString();
				r.completedOn = e.completedOn() == null ? null : DAY.format(e.completedOn());
				r.results = e.results();
				r.difficulties = e.difficulties();
				r.proposals = e.proposals();
			}
			f.tasks.add(r);
		}
		for (ProgressReports.ValueLine l : valueLines) {
			ValueRow r = new ValueRow();
			r.indicatorId = l.indicator().id();
			if (l.entry() != null) {
				r.value = format(l.entry().value());
				r.sourceNote = l.entry().sourceNote();
			}
			f.values.add(r);
		}
		return f;
	}

	/** A value as Vietnamese write it: "1.234,5". */
	static String format(java.math.BigDecimal v) {
		java.text.DecimalFormat df = new java.text.DecimalFormat("#,##0.######",
				java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("vi")));
		return df.format(v);
	}

	public Integer getRowVersion() { return rowVersion; }
	public void setRowVersion(Integer v) { rowVersion = v; }
	public String getSummary() { return summary; }
	public void setSummary(String v) { summary = v; }
	public String getDifficulties() { return difficulties; }
	public void setDifficulties(String v) { difficulties = v; }
	public String getProposals() { return proposals; }
	public void setProposals(String v) { proposals = v; }
	public List<TaskRow> getTasks() { return tasks; }
	public void setTasks(List<TaskRow> v) { tasks = v; }
	public List<ValueRow> getValues() { return values; }
	public void setValues(List<ValueRow> v) { values = v; }

}
