package vn.trienkhai.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.trienkhai.agency.Agency;
import vn.trienkhai.audit.AuditLog;
import vn.trienkhai.document.DocumentConfirmed;
import vn.trienkhai.document.DocumentImports;
import vn.trienkhai.document.ImportedDocument;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.VietnameseText;

/**
 * Builds a plan from a confirmed import, in the transaction that confirms it (so a confirmation without its
 * plan never exists): the plan, its heading tree, its tasks with their agencies (the unit's recorded ones,
 * or new ones; a group such as "Ủy ban nhân dân các xã, phường" becomes one assignment per People's
 * Committee of the units below), its targets on indicators, and its parents — the plans it implements, or
 * placeholders for cited documents not in the system yet. A placeholder with the document's number is filled
 * in rather than duplicated, so the plans that cited it hang under the real one.
 */
@Component
class PlanBuilder {

	private final JdbcClient jdbc;

	private final DocumentImports documents;

	private final Cascade cascade;

	private final AuditLog audit;

	private final TaskLinks links;

	private final Assignments assignments;

	private final Indicators indicators;

	private final org.springframework.context.ApplicationEventPublisher events;

	PlanBuilder(JdbcClient jdbc, DocumentImports documents, Cascade cascade, AuditLog audit, TaskLinks links,
			Assignments assignments, Indicators indicators, org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.indicators = indicators;
		this.links = links;
		this.assignments = assignments;
		this.jdbc = jdbc;
		this.documents = documents;
		this.cascade = cascade;
		this.audit = audit;
	}

	@EventListener
	void on(DocumentConfirmed event) {
		build(event.documentId());
	}

	/** The plan of a confirmed import; its id. */
	long build(long documentId) {
		ImportedDocument doc = documents.get(documentId);
		Map<String, Object> draft = documents.currentDraft(documentId);
		Map<String, Object> d = map(draft.get("document"));
		long unit = doc.orgUnitId();
		String number = str(d.get("number"));
		String key = PlanNumbers.key(number);
		LocalDate issuedOn = date(d.get("issuedOn"));
		String issuer = str(d.get("issuer"));
		Long issuingAgency = null;
		if (issuer != null) {
			List<vn.trienkhai.agency.Agency> found = assignments.agenciesFor(unit, issuer);
			// an issuer no agency can be named after ("–") keeps its text, without an agency
			issuingAgency = found.size() == 1 ? found.get(0).id() : null;
		}
		TreeSet<Integer> years = new TreeSet<>();
		for (Map<String, Object> t : maps(draft.get("targets"))) {
			if (t.get("year") instanceof Number n) {
				years.add(n.intValue());
			}
		}
		String status = number == null ? PlanStatus.DRAFT.name() : PlanStatus.ACTIVE.name();
		Long placeholder = key == null ? null : cascade.placeholderToFill(key, issuedOn, unit);
		long planId;
		if (placeholder != null) {
			// locked by placeholderToFill: nobody fills it in between
			jdbc.sql("""
					update plan set org_unit_id = :unit, issuing_agency_id = :agency, imported_document_id = :doc,
					       number = :number, kind = :kind, issuer = :issuer, title = :title, issued_on = :on, place = :place,
					       status = :status, horizon_years = :years, scope_unit_id = null, updated_at = now(),
				       row_version = row_version + 1
					 where id = :id and status = 'PLACEHOLDER'
					""")
				.param("unit", unit).param("agency", issuingAgency).param("doc", documentId).param("number", number)
				.param("kind", str(d.get("kind"))).param("issuer", issuer).param("title", str(d.get("title")))
				.param("on", issuedOn).param("place", str(d.get("place"))).param("status", status)
				.param("years", years.toArray(new Integer[0])).param("id", placeholder)
				.update();
			planId = placeholder;
		}
		else {
			planId = jdbc.sql("""
					insert into plan (org_unit_id, issuing_agency_id, imported_document_id, number, number_key, kind, issuer,
					                  title, issued_on, place, status, horizon_years, created_by)
					values (:unit, :agency, :doc, :number, :key, :kind, :issuer, :title, :on, :place, :status, :years, :by)
					returning id
					""")
				.param("unit", unit).param("agency", issuingAgency).param("doc", documentId).param("number", number)
				.param("key", key).param("kind", str(d.get("kind"))).param("issuer", issuer)
				.param("title", str(d.get("title"))).param("on", issuedOn).param("place", str(d.get("place")))
				.param("status", status).param("years", years.toArray(new Integer[0])).param("by", CurrentUser.actorName())
				.query(Long.class)
				.single();
		}
		Sections sections = new Sections();
		int[] position = { 0 };
		for (Map<String, Object> s : maps(draft.get("sections"))) {
			insertSection(planId, null, s, new ArrayList<>(), sections, position);
		}
		List<String> bodies = new ArrayList<>();
		for (Map<String, Object> a : maps(draft.get("agencies"))) {
			if (str(a.get("name")) != null) {
				bodies.add(str(a.get("name")));
			}
		}
		Map<String, List<Agency>> assigned = new HashMap<>();
		int n = 0;
		for (Map<String, Object> t : maps(draft.get("tasks"))) {
			insertTask(planId, unit, t, n++, sections, bodies, assigned);
		}
		int p = 0;
		for (Map<String, Object> t : maps(draft.get("targets"))) {
			insertTarget(planId, unit, t, p++);
		}
		List<Long> parents = new ArrayList<>();
		for (Map<String, Object> r : maps(draft.get("references"))) {
			if (!"implements".equals(r.get("relation"))) {
				continue;
			}
			String refKey = PlanNumbers.key(str(r.get("number")));
			if (refKey == null || refKey.equals(key)) {
				continue;
			}
			long parent = cascade.resolve(refKey, str(r.get("number")), date(r.get("issuedOn")), unit);
			if (!parents.contains(parent) && cascade.link(planId, parent)) {
				parents.add(parent);
			}
		}
		// against each parent with tasks; and, for a placeholder just filled in, the plans that cited it
		int suggested = links.suggestAround(planId);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("number", number);
		after.put("title", str(d.get("title")));
		after.put("importedDocumentId", documentId);
		after.put("filledPlaceholder", placeholder != null);
		after.put("tasks", n);
		after.put("targets", p);
		after.put("parents", parents);
		after.put("suggestedLinks", suggested);
		audit.record("CREATE", Plans.ENTITY_TYPE, planId, unit, null, after);
		events.publishEvent(new PlanCreated(planId, unit, documentId));
		return planId;
	}

	/** Section ids by their number path ("III.2") and by span, to place tasks. */
	private static final class Sections {

		final Map<String, Long> byPath = new HashMap<>();

		final List<long[]> spans = new ArrayList<>();

		Long at(String path, Integer start) {
			if (path != null && byPath.containsKey(path)) {
				return byPath.get(path);
			}
			Long best = null;
			long bestWidth = Long.MAX_VALUE;
			if (start != null) {
				for (long[] s : spans) {
					if (s[1] <= start && start < s[2] && s[2] - s[1] < bestWidth) {
						best = s[0];
						bestWidth = s[2] - s[1];
					}
				}
			}
			return best;
		}

	}

	private void insertSection(long planId, Long parentId, Map<String, Object> s, List<String> path, Sections sections,
			int[] position) {
		String number = str(s.get("number"));
		String title = str(s.get("title"));
		int level = s.get("level") instanceof Number l ? l.intValue() : path.size() + 1;
		long id = jdbc.sql("""
				insert into plan_section (plan_id, parent_id, number, title, level, role, position)
				values (:plan, :parent, :number, :title, :level, :role, :position) returning id
				""")
			.param("plan", planId).param("parent", parentId).param("number", number)
			.param("title", title == null ? "" : title).param("level", level).param("role", str(s.get("role")))
			.param("position", position[0]++)
			.query(Long.class)
			.single();
		List<String> here = new ArrayList<>(path);
		if (number != null) {
			// "2.1" under "2" already says "2" (the parser's section paths are built the same way)
			if (!here.isEmpty() && number.startsWith(here.get(here.size() - 1) + ".")) {
				here.set(here.size() - 1, number);
			}
			else {
				here.add(number);
			}
			sections.byPath.putIfAbsent(String.join(".", here), id);
		}
		Map<String, Object> span = map(s.get("span"));
		if (span.get("start") instanceof Number a && span.get("end") instanceof Number b) {
			sections.spans.add(new long[] { id, a.longValue(), b.longValue() });
		}
		for (Map<String, Object> c : maps(s.get("children"))) {
			insertSection(planId, id, c, here, sections, position);
		}
	}

	private void insertTask(long planId, long unit, Map<String, Object> t, int position, Sections sections,
			List<String> bodies, Map<String, List<Agency>> assigned) {
		Deadline deadline = Deadline.parse(str(t.get("deadline")));
		Map<String, Object> span = map(t.get("span"));
		Integer start = span.get("start") instanceof Number s ? s.intValue() : null;
		long taskId = jdbc.sql("""
				insert into task (plan_id, section_id, position, text, product, deadline_kind, deadline_date,
				                  deadline_month, deadline_day, source)
				values (:plan, :section, :position, :text, :product, :kind, :date, :month, :day, :source) returning id
				""")
			.param("plan", planId).param("section", sections.at(str(t.get("section")), start)).param("position", position)
			.param("text", str(t.get("text"))).param("product", str(t.get("product"))).param("kind", deadline.kind())
			.param("date", deadline.date()).param("month", deadline.month()).param("day", deadline.day())
			.param("source", str(t.get("source")))
			.query(Long.class)
			.single();
		List<String> leads = AssigneeNames.resolve(str(t.get("lead")), bodies);
		for (String lead : leads) {
			assign(taskId, unit, lead, "LEAD", assigned);
		}
		for (Object c : list(t.get("coordinators"))) {
			for (String name : AssigneeNames.resolve(c == null ? null : c.toString(), bodies)) {
				if (!leads.contains(name)) {
					assign(taskId, unit, name, "COORDINATOR", assigned);
				}
			}
		}
	}

	private void assign(long taskId, long unit, String name, String role, Map<String, List<Agency>> assigned) {
		List<Agency> targets = assigned.computeIfAbsent(name, n -> assignments.agenciesFor(unit, n));
		assignments.insert(taskId, role, name, targets);
	}

	private void insertTarget(long planId, long unit, Map<String, Object> t, int position) {
		String goal = str(t.get("subject"));
		if (goal == null) {
			goal = str(t.get("quote"));
		}
		if (goal == null || !(t.get("value") instanceof Number)) {
			return;
		}
		String measure = str(t.get("unit"));
		String comparator = str(t.get("comparator"));
		long indicator = indicators.find(unit, goal, measure, "<=".equals(comparator) || "<".equals(comparator));
		BigDecimal value = new BigDecimal(t.get("value").toString());
		BigDecimal max = t.get("valueMax") instanceof Number m ? new BigDecimal(m.toString()) : null;
		if ("range".equals(comparator) && max == null) {
			comparator = "=";
		}
		if (!"range".equals(comparator)) {
			max = null;
		}
		jdbc.sql("""
				insert into plan_target (plan_id, indicator_id, goal, year, comparator, value, value_max, quote, position)
				values (:plan, :indicator, :goal, :year, :comparator, :value, :max, :quote, :position)
				""")
			.param("plan", planId).param("indicator", indicator).param("goal", goal)
			.param("year", t.get("year") instanceof Number y ? y.intValue() : null)
			.param("comparator", comparator == null ? "=" : comparator).param("value", value).param("max", max)
			.param("quote", str(t.get("quote"))).param("position", position)
			.update();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object o) {
		return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
	}

	static List<?> list(Object o) {
		return o instanceof List<?> l ? l : List.of();
	}

	static List<Map<String, Object>> maps(Object o) {
		List<Map<String, Object>> out = new ArrayList<>();
		for (Object item : list(o)) {
			if (item instanceof Map<?, ?>) {
				out.add(map(item));
			}
		}
		return out;
	}

	static String str(Object o) {
		return o == null || o.toString().isBlank() ? null : o.toString();
	}

	static LocalDate date(Object o) {
		String s = str(o);
		try {
			return s == null ? null : LocalDate.parse(s);
		}
		catch (java.time.format.DateTimeParseException e) {
			return null;
		}
	}

}
