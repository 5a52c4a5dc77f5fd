package vn.trienkhai.document.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link PlanDraft} as JSON, with the field names and value forms of the annotated samples: dates as
 * ISO strings ("2023-06-07"), numbers as numbers (6, 7.5), enums by name, spans as {"start", "end"}. The
 * tree is built by hand rather than by reflection so the format is fixed here, whatever the records
 * become.
 */
public final class PlanDraftJson {

	private PlanDraftJson() {
	}

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	/** The draft with its normalised text (the text the spans point into) as the last field. */
	public static String write(PlanDraft draft) {
		return write(draft, true);
	}

	/** The draft, with or without the normalised text. */
	public static String write(PlanDraft draft, boolean withText) {
		return JSON.writeValueAsString(tree(draft, withText));
	}

	/** The draft as a tree of maps and lists, for callers that add to it before writing (the API adds matches). */
	public static Map<String, Object> tree(PlanDraft draft, boolean withText) {
		Map<String, Object> root = new LinkedHashMap<>();
		PlanDraft.DocumentInfo d = draft.document();
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("number", d.number());
		document.put("kind", d.kind() == null ? null : d.kind().name());
		document.put("issuer", d.issuer());
		document.put("issuedOn", d.issuedOn() == null ? null : d.issuedOn().toString());
		document.put("place", d.place());
		document.put("title", d.title());
		root.put("document", document);

		List<Object> references = new ArrayList<>();
		for (PlanDraft.Reference r : draft.references()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("number", r.number());
			m.put("issuedOn", r.issuedOn() == null ? null : r.issuedOn().toString());
			m.put("relation", r.relation());
			m.put("span", span(r.span()));
			references.add(m);
		}
		root.put("references", references);

		List<Object> sections = new ArrayList<>();
		for (PlanDraft.Section s : draft.sections()) {
			sections.add(section(s));
		}
		root.put("sections", sections);

		List<Object> targets = new ArrayList<>();
		for (PlanDraft.Target t : draft.targets()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("year", t.year());
			m.put("value", t.value());
			m.put("valueMax", t.valueMax());
			m.put("unit", t.unit());
			m.put("comparator", t.comparator());
			m.put("subject", t.subject());
			m.put("quote", t.quote());
			m.put("span", span(t.span()));
			targets.add(m);
		}
		root.put("targets", targets);

		List<Object> agencies = new ArrayList<>();
		for (PlanDraft.AgencyMention a : draft.agencies()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("name", a.name());
			m.put("collective", a.collective());
			m.put("span", span(a.span()));
			agencies.add(m);
		}
		root.put("agencies", agencies);

		List<Object> tasks = new ArrayList<>();
		for (PlanDraft.Task t : draft.tasks()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("text", t.text());
			m.put("lead", t.lead());
			m.put("coordinators", t.coordinators());
			m.put("deadline", t.deadline());
			m.put("product", t.product());
			m.put("section", t.section());
			m.put("source", t.source());
			m.put("span", span(t.span()));
			tasks.add(m);
		}
		root.put("tasks", tasks);

		List<Object> deadlines = new ArrayList<>();
		for (PlanDraft.Deadline dl : draft.deadlines()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("quote", dl.quote());
			m.put("date", dl.date());
			m.put("recurring", dl.recurring());
			m.put("span", span(dl.span()));
			deadlines.add(m);
		}
		root.put("deadlines", deadlines);

		PlanDraft.Reporting r = draft.reporting();
		Map<String, Object> reporting = new LinkedHashMap<>();
		reporting.put("focalAgency", r == null ? null : r.focalAgency());
		List<Object> duties = new ArrayList<>();
		List<Object> reviews = new ArrayList<>();
		if (r != null) {
			for (PlanDraft.ReportingDuty duty : r.duties()) {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("reporter", duty.reporter());
				m.put("recipient", duty.recipient());
				m.put("via", duty.via());
				m.put("frequency", duty.frequency());
				m.put("due", duty.due());
				m.put("quote", duty.quote());
				m.put("span", span(duty.span()));
				duties.add(m);
			}
			for (PlanDraft.Review review : r.reviews()) {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("kind", review.kind());
				m.put("afterYears", review.afterYears());
				m.put("year", review.year());
				m.put("quote", review.quote());
				m.put("span", span(review.span()));
				reviews.add(m);
			}
		}
		reporting.put("duties", duties);
		reporting.put("reviews", reviews);
		root.put("reporting", reporting);

		List<Object> warnings = new ArrayList<>();
		for (PlanDraft.Warning w : draft.warnings()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("code", w.code());
			m.put("message", w.message());
			warnings.add(m);
		}
		root.put("warnings", warnings);
		if (withText) {
			root.put("text", draft.text());
		}
		return root;
	}

	private static Map<String, Object> section(PlanDraft.Section s) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("number", s.number());
		m.put("title", s.title());
		m.put("level", s.level());
		m.put("role", s.role());
		m.put("span", span(s.span()));
		List<Object> children = new ArrayList<>();
		for (PlanDraft.Section c : s.children()) {
			children.add(section(c));
		}
		m.put("children", children);
		return m;
	}

	private static Map<String, Object> span(PlanDraft.Span span) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("start", span == null ? null : span.start());
		m.put("end", span == null ? null : span.end());
		return m;
	}

}
