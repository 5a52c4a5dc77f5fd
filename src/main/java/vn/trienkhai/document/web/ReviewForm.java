package vn.trienkhai.document.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The review page's form: the draft's items as rows a person corrects, removes ({@code removed}) or adds.
 * Spans ({@code start}, {@code end}) travel with each row so the page can still highlight it after a failed
 * validation; an added row has none. Converted from and to the draft tree by {@link ReviewDrafts}.
 */
public class ReviewForm {

	private Integer rowVersion;

	private String number;

	private String kind;

	private String issuer;

	private String issuedOn;

	private String place;

	private String title;

	private String focalAgency;

	private List<ReferenceRow> references = new ArrayList<>();

	private List<TargetRow> targets = new ArrayList<>();

	private List<AgencyRow> agencies = new ArrayList<>();

	private List<TaskRow> tasks = new ArrayList<>();

	private List<DeadlineRow> deadlines = new ArrayList<>();

	private List<DutyRow> duties = new ArrayList<>();

	/** What every row has: where it was read from, and whether the person removed it. */
	public abstract static class Row {

		private Integer start;

		private Integer end;

		private boolean removed;

		public Integer getStart() {
			return start;
		}

		public void setStart(Integer start) {
			this.start = start;
		}

		public Integer getEnd() {
			return end;
		}

		public void setEnd(Integer end) {
			this.end = end;
		}

		public boolean isRemoved() {
			return removed;
		}

		public void setRemoved(boolean removed) {
			this.removed = removed;
		}

		/** Whether the person left every field of the row empty (an added row never filled in). */
		abstract boolean isBlank();

		static boolean blank(String... values) {
			for (String v : values) {
				if (v != null && !v.isBlank()) {
					return false;
				}
			}
			return true;
		}

	}

	public static class ReferenceRow extends Row {

		private String number;

		private String issuedOn;

		private String relation;

		public String getNumber() {
			return number;
		}

		public void setNumber(String number) {
			this.number = number;
		}

		public String getIssuedOn() {
			return issuedOn;
		}

		public void setIssuedOn(String issuedOn) {
			this.issuedOn = issuedOn;
		}

		public String getRelation() {
			return relation;
		}

		public void setRelation(String relation) {
			this.relation = relation;
		}

		@Override
		boolean isBlank() {
			return blank(number, issuedOn);
		}

	}

	public static class TargetRow extends Row {

		private String year;

		private String value;

		private String valueMax;

		private String unit;

		private String comparator;

		private String subject;

		private String quote;

		public String getYear() {
			return year;
		}

		public void setYear(String year) {
			this.year = year;
		}

		public String getValue() {
			return value;
		}

		public void setValue(String value) {
			this.value = value;
		}

		public String getValueMax() {
			return valueMax;
		}

		public void setValueMax(String valueMax) {
			this.valueMax = valueMax;
		}

		public String getUnit() {
			return unit;
		}

		public void setUnit(String unit) {
			this.unit = unit;
		}

		public String getComparator() {
			return comparator;
		}

		public void setComparator(String comparator) {
			this.comparator = comparator;
		}

		public String getSubject() {
			return subject;
		}

		public void setSubject(String subject) {
			this.subject = subject;
		}

		public String getQuote() {
			return quote;
		}

		public void setQuote(String quote) {
			this.quote = quote;
		}

		@Override
		boolean isBlank() {
			return blank(year, value, valueMax, unit, subject);
		}

	}

	public static class AgencyRow extends Row {

		private String name;

		private boolean collective;

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public boolean isCollective() {
			return collective;
		}

		public void setCollective(boolean collective) {
			this.collective = collective;
		}

		@Override
		boolean isBlank() {
			return blank(name);
		}

	}

	public static class TaskRow extends Row {

		private String text;

		private String lead;

		/** Separated by ";" or new lines: agency names contain commas ("Sở Văn hóa, Thể thao và Du lịch"). */
		private String coordinators;

		private String deadline;

		private String product;

		private String section;

		private String source;

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public String getLead() {
			return lead;
		}

		public void setLead(String lead) {
			this.lead = lead;
		}

		public String getCoordinators() {
			return coordinators;
		}

		public void setCoordinators(String coordinators) {
			this.coordinators = coordinators;
		}

		public String getDeadline() {
			return deadline;
		}

		public void setDeadline(String deadline) {
			this.deadline = deadline;
		}

		public String getProduct() {
			return product;
		}

		public void setProduct(String product) {
			this.product = product;
		}

		public String getSection() {
			return section;
		}

		public void setSection(String section) {
			this.section = section;
		}

		public String getSource() {
			return source;
		}

		public void setSource(String source) {
			this.source = source;
		}

		@Override
		boolean isBlank() {
			return blank(text, lead, coordinators, deadline, product);
		}

	}

	public static class DeadlineRow extends Row {

		private String quote;

		private String date;

		public String getQuote() {
			return quote;
		}

		public void setQuote(String quote) {
			this.quote = quote;
		}

		public String getDate() {
			return date;
		}

		public void setDate(String date) {
			this.date = date;
		}

		@Override
		boolean isBlank() {
			return blank(quote, date);
		}

	}

	public static class DutyRow extends Row {

		private String reporter;

		private String recipient;

		private String via;

		private List<String> frequency = new ArrayList<>();

		private String due;

		private String quote;

		public String getReporter() {
			return reporter;
		}

		public void setReporter(String reporter) {
			this.reporter = reporter;
		}

		public String getRecipient() {
			return recipient;
		}

		public void setRecipient(String recipient) {
			this.recipient = recipient;
		}

		public String getVia() {
			return via;
		}

		public void setVia(String via) {
			this.via = via;
		}

		public List<String> getFrequency() {
			return frequency;
		}

		public void setFrequency(List<String> frequency) {
			this.frequency = frequency == null ? new ArrayList<>() : frequency;
		}

		public String getDue() {
			return due;
		}

		public void setDue(String due) {
			this.due = due;
		}

		public String getQuote() {
			return quote;
		}

		public void setQuote(String quote) {
			this.quote = quote;
		}

		@Override
		boolean isBlank() {
			return blank(reporter, recipient, via, due) && frequency.isEmpty();
		}

	}

	public Integer getRowVersion() {
		return rowVersion;
	}

	public void setRowVersion(Integer rowVersion) {
		this.rowVersion = rowVersion;
	}

	public String getNumber() {
		return number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getIssuer() {
		return issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer;
	}

	public String getIssuedOn() {
		return issuedOn;
	}

	public void setIssuedOn(String issuedOn) {
		this.issuedOn = issuedOn;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getFocalAgency() {
		return focalAgency;
	}

	public void setFocalAgency(String focalAgency) {
		this.focalAgency = focalAgency;
	}

	public List<ReferenceRow> getReferences() {
		return references;
	}

	public void setReferences(List<ReferenceRow> references) {
		this.references = references;
	}

	public List<TargetRow> getTargets() {
		return targets;
	}

	public void setTargets(List<TargetRow> targets) {
		this.targets = targets;
	}

	public List<AgencyRow> getAgencies() {
		return agencies;
	}

	public void setAgencies(List<AgencyRow> agencies) {
		this.agencies = agencies;
	}

	public List<TaskRow> getTasks() {
		return tasks;
	}

	public void setTasks(List<TaskRow> tasks) {
		this.tasks = tasks;
	}

	public List<DeadlineRow> getDeadlines() {
		return deadlines;
	}

	public void setDeadlines(List<DeadlineRow> deadlines) {
		this.deadlines = deadlines;
	}

	public List<DutyRow> getDuties() {
		return duties;
	}

	public void setDuties(List<DutyRow> duties) {
		this.duties = duties;
	}

}
