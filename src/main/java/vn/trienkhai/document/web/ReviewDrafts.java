package vn.trienkhai.document.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

import vn.trienkhai.document.parse.PlanDraft;
import vn.trienkhai.platform.VietnameseInput;

/**
 * Between the stored draft (the JSON tree of {@code PlanDraftJson}) and the review form. Going back, every
 * field is checked; an error is recorded on the field it is about (a message key of
 * {@code messages/document.properties}), so the page shows it beside the input and nothing is saved. Values
 * are accepted the way officers type them: "7,5" and "1.000" (Vietnamese decimals and thousands), dates as
 * 30/4/2024 as well as 2024-04-30, yearly deadlines as 15/11 or --11-15.
 */
final class ReviewDrafts {

	private ReviewDrafts() {
	}

	static final Set<String> COMPARATORS = Set.of("=", "approx", ">=", ">", "<=", "<", "range");

	static final List<String> RELATIONS = List.of("implements", "basis", "other");

	static final List<String> FREQUENCIES = List.of("annual", "semiannual", "quarterly", "monthly", "periodic", "ad_hoc");

	/** Where a task was read from; an added one is "manual". */
	static final Set<String> SOURCES = Set.of("implementation", "tasks", "table", "manual");

	static final int MAX_TEXT = 10_000;

	static final int MAX_SHORT = 500;

	private static final Pattern DOC_NUMBER = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}./\\-–&()]{0,59}");

	// -------------------------------------------------------------------------------------------------
	// tree → form

	static ReviewForm toForm(Map<String, Object> tree, int rowVersion) {
		ReviewForm f = new ReviewForm();
		f.setRowVersion(rowVersion);
		Map<String, Object> d = map(tree.get("document"));
		f.setNumber(str(d.get("number")));
		f.setKind(str(d.get("kind")));
		f.setIssuer(str(d.get("issuer")));
		f.setIssuedOn(vnDate(str(d.get("issuedOn"))));
		f.setPlace(str(d.get("place")));
		f.setTitle(str(d.get("title")));
		for (Map<String, Object> m : maps(tree.get("references"))) {
			ReviewForm.ReferenceRow r = span(new ReviewForm.ReferenceRow(), m);
			r.setNumber(str(m.get("number")));
			r.setIssuedOn(vnDate(str(m.get("issuedOn"))));
			r.setRelation(str(m.get("relation")));
			f.getReferences().add(r);
		}
		for (Map<String, Object> m : maps(tree.get("targets"))) {
			ReviewForm.TargetRow r = span(new ReviewForm.TargetRow(), m);
			r.setYear(str(m.get("year")));
			r.setValue(decimalText(m.get("value")));
			r.setValueMax(decimalText(m.get("valueMax")));
			r.setUnit(str(m.get("unit")));
			r.setComparator(str(m.get("comparator")));
			r.setSubject(str(m.get("subject")));
			r.setQuote(str(m.get("quote")));
			f.getTargets().add(r);
		}
		for (Map<String, Object> m : maps(tree.get("agencies"))) {
			ReviewForm.AgencyRow r = span(new ReviewForm.AgencyRow(), m);
			r.setName(str(m.get("name")));
			r.setCollective(Boolean.TRUE.equals(m.get("collective")));
			f.getAgencies().add(r);
		}
		for (Map<String, Object> m : maps(tree.get("tasks"))) {
			ReviewForm.TaskRow r = span(new ReviewForm.TaskRow(), m);
			r.setText(str(m.get("text")));
			r.setLead(str(m.get("lead")));
			r.setCoordinators(String.join("; ", strings(m.get("coordinators"))));
			r.setDeadline(vnDeadline(str(m.get("deadline"))));
			r.setProduct(str(m.get("product")));
			r.setSection(str(m.get("section")));
			r.setSource(str(m.get("source")));
			f.getTasks().add(r);
		}
		for (Map<String, Object> m : maps(tree.get("deadlines"))) {
			ReviewForm.DeadlineRow r = span(new ReviewForm.DeadlineRow(), m);
			r.setQuote(str(m.get("quote")));
			r.setDate(vnDeadline(str(m.get("date"))));
			f.getDeadlines().add(r);
		}
		Map<String, Object> reporting = map(tree.get("reporting"));
		f.setFocalAgency(str(reporting.get("focalAgency")));
		for (Map<String, Object> m : maps(reporting.get("duties"))) {
			ReviewForm.DutyRow r = span(new ReviewForm.DutyRow(), m);
			r.setReporter(str(m.get("reporter")));
			r.setRecipient(str(m.get("recipient")));
			r.setVia(str(m.get("via")));
			r.setFrequency(new ArrayList<>(strings(m.get("frequency"))));
			r.setDue(vnDeadline(str(m.get("due"))));
			r.setQuote(str(m.get("quote")));
			f.getDuties().add(r);
		}
		return f;
	}

	/** An ISO day as officers write it: "2023-06-07" → "07/06/2023"; anything else as it is. */
	static String vnDate(String iso) {
		if (iso == null || !iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
			return iso;
		}
		return iso.substring(8, 10) + "/" + iso.substring(5, 7) + "/" + iso.substring(0, 4);
	}

	private static <R extends ReviewForm.Row> R span(R row, Map<String, Object> item) {
		Map<String, Object> span = map(item.get("span"));
		row.setStart(span.get("start") instanceof Number n ? n.intValue() : null);
		row.setEnd(span.get("end") instanceof Number n ? n.intValue() : null);
		return row;
	}

	// -------------------------------------------------------------------------------------------------
	// form → tree, checking every field

	/**
	 * The reviewed draft as a tree, or null when some field is wrong (recorded in {@code errors}). What the
	 * form does not edit (sections, reviews, warnings) is carried over from {@code previous}.
	 *
	 * @param textLength length of the document's text, to drop spans that do not fit it
	 * @param confirm also check what a confirmed draft must have: an issuer, a title, a lead for every task
	 */
	static Map<String, Object> toTree(ReviewForm f, Map<String, Object> previous, int textLength, boolean confirm,
			Errors errors) {
		Map<String, Object> tree = new LinkedHashMap<>();
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("number", docNumber(f.getNumber(), "number", errors));
		String kind = trim(f.getKind());
		if (kind == null || !isKind(kind)) {
			errors.rejectValue("kind", "document.error.kind");
		}
		d.put("kind", kind);
		d.put("issuer", required(text(f.getIssuer(), MAX_SHORT, "issuer", errors), confirm, "issuer", errors));
		LocalDate issuedOn = date(f.getIssuedOn(), "issuedOn", errors);
		d.put("issuedOn", issuedOn == null ? null : issuedOn.toString());
		d.put("place", text(f.getPlace(), MAX_SHORT, "place", errors));
		d.put("title", required(text(f.getTitle(), MAX_TEXT, "title", errors), confirm, "title", errors));
		tree.put("document", d);

		List<Object> references = new ArrayList<>();
		for (int i = 0; i < f.getReferences().size(); i++) {
			ReviewForm.ReferenceRow r = f.getReferences().get(i);
			if (skip(r)) {
				continue;
			}
			String p = "references[" + i + "].";
			Map<String, Object> m = new LinkedHashMap<>();
			String number = docNumber(r.getNumber(), p + "number", errors);
			if (number == null && !errors.hasFieldErrors(p + "number")) {
				errors.rejectValue(p + "number", "document.error.reference.number");
			}
			m.put("number", number);
			LocalDate on = date(r.getIssuedOn(), p + "issuedOn", errors);
			m.put("issuedOn", on == null ? null : on.toString());
			String relation = trim(r.getRelation());
			m.put("relation", relation != null && RELATIONS.contains(relation) ? relation : "other");
			m.put("span", span(r, textLength));
			references.add(m);
		}
		tree.put("references", references);
		tree.put("sections", previous.getOrDefault("sections", List.of()));

		List<Object> targets = new ArrayList<>();
		for (int i = 0; i < f.getTargets().size(); i++) {
			ReviewForm.TargetRow r = f.getTargets().get(i);
			if (skip(r)) {
				continue;
			}
			String p = "targets[" + i + "].";
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("year", year(r.getYear(), p + "year", issuedOn, errors));
			BigDecimal value = decimal(r.getValue(), p + "value", errors);
			if (value == null && !errors.hasFieldErrors(p + "value")) {
				errors.rejectValue(p + "value", "document.error.target.value");
			}
			BigDecimal max = decimal(r.getValueMax(), p + "valueMax", errors);
			String comparator = trim(r.getComparator());
			if (comparator == null || !COMPARATORS.contains(comparator)) {
				comparator = max != null ? "range" : "=";
			}
			if (max != null && value != null && max.compareTo(value) < 0) {
				errors.rejectValue(p + "valueMax", "document.error.target.range");
			}
			if ("range".equals(comparator) && max == null && !errors.hasFieldErrors(p + "valueMax")) {
				errors.rejectValue(p + "valueMax", "document.error.target.rangeMax");
			}
			m.put("value", value);
			m.put("valueMax", "range".equals(comparator) ? max : null);
			m.put("unit", text(r.getUnit(), 100, p + "unit", errors));
			m.put("comparator", comparator);
			String subject = text(r.getSubject(), MAX_SHORT * 2, p + "subject", errors);
			if (subject == null && !errors.hasFieldErrors(p + "subject")) {
				errors.rejectValue(p + "subject", "document.error.target.subject");
			}
			m.put("subject", subject);
			m.put("quote", hidden(r.getQuote(), MAX_SHORT * 4));
			m.put("span", span(r, textLength));
			targets.add(m);
		}
		tree.put("targets", targets);

		List<Object> agencies = new ArrayList<>();
		for (int i = 0; i < f.getAgencies().size(); i++) {
			ReviewForm.AgencyRow r = f.getAgencies().get(i);
			if (skip(r)) {
				continue;
			}
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("name", agencyName(r.getName(), "agencies[" + i + "].name", true, errors));
			m.put("collective", r.isCollective());
			m.put("span", span(r, textLength));
			agencies.add(m);
		}
		tree.put("agencies", agencies);

		List<Object> tasks = new ArrayList<>();
		for (int i = 0; i < f.getTasks().size(); i++) {
			ReviewForm.TaskRow r = f.getTasks().get(i);
			if (skip(r)) {
				continue;
			}
			String p = "tasks[" + i + "].";
			Map<String, Object> m = new LinkedHashMap<>();
			String text = text(r.getText(), MAX_TEXT, p + "text", errors);
			if (text == null && !errors.hasFieldErrors(p + "text")) {
				errors.rejectValue(p + "text", "document.error.task.text");
			}
			m.put("text", text);
			String lead = agencyName(r.getLead(), p + "lead", false, errors);
			if (confirm && lead == null && !errors.hasFieldErrors(p + "lead")) {
				errors.rejectValue(p + "lead", "document.error.task.lead");
			}
			m.put("lead", lead);
			List<String> coordinators = new ArrayList<>();
			if (r.getCoordinators() != null) {
				for (String name : r.getCoordinators().split("[;\\n]")) {
					String clean = agencyName(name, p + "coordinators", false, errors);
					if (clean != null && !coordinators.contains(clean)) {
						coordinators.add(clean);
					}
				}
			}
			m.put("coordinators", coordinators);
			m.put("deadline", deadline(r.getDeadline(), p + "deadline", errors));
			m.put("product", text(r.getProduct(), MAX_SHORT * 2, p + "product", errors));
			String section = hidden(r.getSection(), 40);
			m.put("section", section != null && section.matches("[\\p{L}\\p{N}.]+") ? section : null);
			String source = trim(r.getSource());
			m.put("source", source != null && SOURCES.contains(source) ? source : "manual");
			m.put("span", span(r, textLength));
			tasks.add(m);
		}
		tree.put("tasks", tasks);

		List<Object> deadlines = new ArrayList<>();
		for (int i = 0; i < f.getDeadlines().size(); i++) {
			ReviewForm.DeadlineRow r = f.getDeadlines().get(i);
			if (skip(r)) {
				continue;
			}
			String p = "deadlines[" + i + "].";
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("quote", text(r.getQuote(), MAX_SHORT, p + "quote", errors));
			String date = deadline(r.getDate(), p + "date", errors);
			if (date == null && !errors.hasFieldErrors(p + "date")) {
				errors.rejectValue(p + "date", "document.error.deadline.required");
			}
			m.put("date", date);
			m.put("recurring", date != null && date.startsWith("--"));
			m.put("span", span(r, textLength));
			deadlines.add(m);
		}
		tree.put("deadlines", deadlines);

		Map<String, Object> previousReporting = map(previous.get("reporting"));
		Map<String, Object> reporting = new LinkedHashMap<>();
		reporting.put("focalAgency", agencyName(f.getFocalAgency(), "focalAgency", false, errors));
		List<Object> duties = new ArrayList<>();
		for (int i = 0; i < f.getDuties().size(); i++) {
			ReviewForm.DutyRow r = f.getDuties().get(i);
			if (skip(r)) {
				continue;
			}
			String p = "duties[" + i + "].";
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("reporter", agencyName(r.getReporter(), p + "reporter", false, errors));
			m.put("recipient", agencyName(r.getRecipient(), p + "recipient", false, errors));
			m.put("via", agencyName(r.getVia(), p + "via", false, errors));
			List<String> frequency = new ArrayList<>();
			for (String fr : r.getFrequency()) {
				if (fr != null && FREQUENCIES.contains(fr) && !frequency.contains(fr)) {
					frequency.add(fr);
				}
			}
			m.put("frequency", frequency);
			m.put("due", deadline(r.getDue(), p + "due", errors));
			m.put("quote", hidden(r.getQuote(), MAX_SHORT * 4));
			m.put("span", span(r, textLength));
			duties.add(m);
		}
		reporting.put("duties", duties);
		reporting.put("reviews", previousReporting.getOrDefault("reviews", List.of()));
		tree.put("reporting", reporting);
		tree.put("warnings", previous.getOrDefault("warnings", List.of()));
		return errors.hasErrors() ? null : tree;
	}

	private static boolean skip(ReviewForm.Row row) {
		return row == null || row.isRemoved() || row.isBlank();
	}

	private static Map<String, Object> span(ReviewForm.Row row, int textLength) {
		Map<String, Object> m = new LinkedHashMap<>();
		boolean ok = row.getStart() != null && row.getEnd() != null && row.getStart() >= 0
				&& row.getStart() <= row.getEnd() && row.getEnd() <= textLength;
		m.put("start", ok ? row.getStart() : null);
		m.put("end", ok ? row.getEnd() : null);
		return m;
	}

	// -------------------------------------------------------------------------------------------------
	// one field at a time

	private static boolean isKind(String kind) {
		for (PlanDraft.Kind k : PlanDraft.Kind.values()) {
			if (k.name().equals(kind)) {
				return true;
			}
		}
		return false;
	}

	static String trim(String s) {
		if (s == null) {
			return null;
		}
		String t = s.strip().replaceAll("[\\p{Cntrl}&&[^\\n]]", "");
		return t.isEmpty() ? null : t;
	}

	/** On confirmation, a value the plan cannot do without. */
	private static String required(String value, boolean confirm, String field, Errors errors) {
		if (confirm && value == null && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "document.error.required");
		}
		return value;
	}

	/** A value the page carries without showing it (a quote, a section number): cut, never an error nobody sees. */
	private static String hidden(String value, int max) {
		String t = trim(value);
		return t != null && t.length() > max ? t.substring(0, max) : t;
	}

	private static String text(String value, int max, String field, Errors errors) {
		String t = trim(value);
		if (t != null && t.length() > max) {
			errors.rejectValue(field, "document.error.tooLong", new Object[] { String.valueOf(max) }, null);
		}
		return t;
	}

	private static String docNumber(String value, String field, Errors errors) {
		String t = trim(value);
		if (t == null) {
			return null;
		}
		t = t.replaceAll("\\s+", "");
		if (!DOC_NUMBER.matcher(t).matches() || !t.matches(".*\\d.*")) {
			errors.rejectValue(field, "document.error.number");
		}
		return t;
	}

	private static String agencyName(String value, String field, boolean required, Errors errors) {
		String t = trim(value);
		if (t == null) {
			if (required) {
				errors.rejectValue(field, "document.error.agency.required");
			}
			return null;
		}
		t = t.replaceAll("\\s+", " ");
		if (t.length() < 2 || t.length() > 300 || !t.matches(".*[\\p{L}\\p{N}].*")) {
			errors.rejectValue(field, "document.error.agency.name");
			return t;
		}
		try {
			// the same rule the agency will be recorded by when the plan is built
			vn.trienkhai.agency.Agencies.validName(t);
		}
		catch (vn.trienkhai.platform.InvalidInputException e) {
			errors.rejectValue(field, "document.error.agency.name");
		}
		return t;
	}

	/** A day: 2024-04-30 or 30/4/2024, between 1945 and 2100 ({@link VietnameseInput#day}). */
	static LocalDate date(String value, String field, Errors errors) {
		try {
			return VietnameseInput.day(trim(value));
		}
		catch (IllegalArgumentException e) {
			errors.rejectValue(field, "document.error.date");
			return null;
		}
	}

	/** A deadline in the draft's normal forms ({@link VietnameseInput#deadline}). */
	static String deadline(String value, String field, Errors errors) {
		try {
			return VietnameseInput.deadline(trim(value));
		}
		catch (VietnameseInput.BadDeadline e) {
			errors.rejectValue(field, "document.error.deadline");
			return null;
		}
		catch (IllegalArgumentException e) {
			errors.rejectValue(field, "document.error.date");
			return null;
		}
	}

	/** A normalised deadline as officers write it: "30/04/2024", "15/11" (every year), "12" (every December). */
	static String vnDeadline(String normal) {
		if (normal == null) {
			return null;
		}
		if (normal.matches("--\\d{2}-\\d{2}")) {
			return normal.substring(5, 7) + "/" + normal.substring(2, 4);
		}
		if (normal.matches("--\\d{2}")) {
			return "tháng " + Integer.parseInt(normal.substring(2));
		}
		return vnDate(normal);
	}

	private static Integer year(String value, String field, LocalDate issuedOn, Errors errors) {
		String t = trim(value);
		if (t == null) {
			return null;
		}
		if (!t.matches("\\d{4}")) {
			errors.rejectValue(field, "document.error.year");
			return null;
		}
		int year = Integer.parseInt(t);
		if (year < 1945 || year > 2100) {
			errors.rejectValue(field, "document.error.year");
			return null;
		}
		if (issuedOn != null && year < issuedOn.getYear()) {
			errors.rejectValue(field, "document.error.year.beforeIssue", new Object[] { String.valueOf(issuedOn.getYear()) }, null);
		}
		return year;
	}

	/** A non-negative number as officers write it ({@link VietnameseInput#number}). */
	static BigDecimal decimal(String value, String field, Errors errors) {
		try {
			return VietnameseInput.number(trim(value));
		}
		catch (IllegalArgumentException e) {
			errors.rejectValue(field, "document.error.decimal");
			return null;
		}
	}

	/** A stored number for the input, with the Vietnamese decimal comma. */
	static String decimalText(Object value) {
		if (value == null) {
			return null;
		}
		BigDecimal n = new BigDecimal(value.toString());
		return n.stripTrailingZeros().toPlainString().replace('.', ',');
	}

	// -------------------------------------------------------------------------------------------------
	// reading the tree

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object o) {
		return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
	}

	static List<Map<String, Object>> maps(Object o) {
		List<Map<String, Object>> out = new ArrayList<>();
		if (o instanceof List<?> list) {
			for (Object item : list) {
				if (item instanceof Map<?, ?>) {
					out.add(map(item));
				}
			}
		}
		return out;
	}

	static List<String> strings(Object o) {
		List<String> out = new ArrayList<>();
		if (o instanceof List<?> list) {
			for (Object item : list) {
				if (item != null) {
					out.add(item.toString());
				}
			}
		}
		return out;
	}

	static String str(Object o) {
		return o == null ? null : o.toString();
	}

}
