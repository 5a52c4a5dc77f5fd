package vn.trienkhai.orgunit.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.trienkhai.orgunit.OrgUnit;
import vn.trienkhai.orgunit.OrgUnitMatch;
import vn.trienkhai.orgunit.OrgUnitNode;
import vn.trienkhai.orgunit.OrgUnits;
import vn.trienkhai.orgunit.SuccessionLink;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.OutOfScopeException;

/**
 * The pages of the administrative units: the tree (2025 or 2024 structure, rooted at the user's unit),
 * its htmx fragments (children, search), the detail page, and the look-up behind the picker fragment.
 * Every unit shown or expanded must be within the user's scope.
 */
@Controller
@RequestMapping("/org-units")
class OrgUnitPages {

	static final String TREE = "orgunit/tree";

	static final String DETAIL = "orgunit/detail";

	static final int SEARCH_RESULTS = 20;

	static final int LOOKUP_RESULTS = 10;

	private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\[\\]]{0,99}");

	private final OrgUnits orgUnits;

	OrgUnitPages(OrgUnits orgUnits) {
		this.orgUnits = orgUnits;
	}

	/** A top node of the tree, shown open with its children. */
	record Top(OrgUnitNode node, List<OrgUnitNode> children) {
	}

	@GetMapping
	String tree(@RequestParam(required = false) String version, @RequestParam(required = false) Long root,
			@RequestParam(required = false) String q, Model model) {
		String v = version(version);
		long scopeId = scopeId();
		OrgUnit start = root != null ? inScope(root, scopeId) : orgUnits.get(scopeId);
		List<OrgUnit> tops;
		if (start.isNation() || start.version().equals(v)) {
			tops = List.of(start);
		}
		else if (start.isCurrent()) {
			tops = orgUnits.predecessors(start.id());
		}
		else {
			List<OrgUnit> successors = orgUnits.successors(start.id());
			Set<Long> visible = orgUnits.within(successors.stream().map(OrgUnit::id).toList(), scopeId);
			tops = successors.stream().filter(u -> visible.contains(u.id())).toList();
		}
		List<Top> tree = new ArrayList<>();
		for (OrgUnit top : tops) {
			List<OrgUnitNode> children = orgUnits.childNodes(top.id(), v);
			tree.add(new Top(new OrgUnitNode(top, children.size()), children));
		}
		model.addAttribute("version", v);
		model.addAttribute("versions", List.of(OrgUnit.CURRENT_VERSION, OrgUnit.PREVIOUS_VERSION));
		model.addAttribute("start", start);
		model.addAttribute("startName", orgUnits.qualifiedName(start.id()));
		model.addAttribute("rootParam", root);
		model.addAttribute("mapped", !tops.isEmpty() && !tops.contains(start));
		model.addAttribute("tops", tree);
		addSearch(model, q, v, scopeId);
		return TREE;
	}

	@GetMapping("/{id}/children")
	String children(@PathVariable long id, @RequestParam(required = false) String version, Model model) {
		String v = version(version);
		inScope(id, scopeId());
		model.addAttribute("version", v);
		model.addAttribute("nodes", orgUnits.childNodes(id, v));
		return TREE + " :: nodes";
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String version,
			Model model) {
		String v = version(version);
		model.addAttribute("version", v);
		addSearch(model, q, v, scopeId());
		return TREE + " :: results";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		long scopeId = scopeId();
		OrgUnit unit = inScope(id, scopeId);
		List<OrgUnit> ancestors = orgUnits.ancestors(id);
		List<SuccessionLink> successors = unit.isCurrent() ? List.of() : orgUnits.successorLinks(id);
		List<SuccessionLink> predecessors = unit.isCurrent() && !unit.isNation() ? orgUnits.predecessorLinks(id)
				: List.of();
		List<Long> shown = new ArrayList<>(ancestors.stream().map(OrgUnit::id).toList());
		successors.forEach(s -> shown.add(s.unit().id()));
		predecessors.forEach(p -> shown.add(p.unit().id()));
		Map<String, Integer> childCounts = new LinkedHashMap<>();
		if (unit.isNation()) {
			childCounts.put(OrgUnit.CURRENT_VERSION, orgUnits.childCount(id, OrgUnit.CURRENT_VERSION));
			childCounts.put(OrgUnit.PREVIOUS_VERSION, orgUnits.childCount(id, OrgUnit.PREVIOUS_VERSION));
		}
		else {
			childCounts.put(unit.version(), orgUnits.childCount(id, unit.version()));
		}
		model.addAttribute("unit", unit);
		model.addAttribute("qualifiedName", orgUnits.qualifiedName(id));
		model.addAttribute("ancestors", ancestors);
		model.addAttribute("childCounts", childCounts);
		model.addAttribute("successors", successors);
		model.addAttribute("predecessors", predecessors);
		model.addAttribute("names", orgUnits.qualifiedNames(shown));
		model.addAttribute("linkable", orgUnits.within(shown, scopeId));
		return DETAIL;
	}

	/** Matches for the picker: current structure (and the nation), within the user's scope. */
	@GetMapping("/lookup")
	String lookup(@RequestParam(required = false) String q, @RequestParam String field, Model model) {
		model.addAttribute("field", field(field));
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("matches",
				q == null ? List.of() : orgUnits.search(q, scopeId(), OrgUnit.CURRENT_VERSION, LOOKUP_RESULTS));
		return "orgunit/picker :: results";
	}

	/** The picker again, with the chosen unit filled in (or emptied when no id is given). */
	@GetMapping("/lookup/select")
	String select(@RequestParam String field, @RequestParam(required = false) Long id, Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		// forms that depend on the unit (e.g. an agency list) refresh on this event: hx-trigger="orgunit-picked from:body";
		// after settling, so the hidden input they include already holds the new id
		response.setHeader("HX-Trigger-After-Settle", "orgunit-picked");
		model.addAttribute("field", field(field));
		model.addAttribute("selectedId", id);
		model.addAttribute("selectedLabel", id == null ? null : orgUnits.qualifiedName(inScope(id, scopeId()).id()));
		return "orgunit/picker :: selected";
	}

	private void addSearch(Model model, String q, String version, long scopeId) {
		String query = q == null ? "" : q.strip();
		List<OrgUnitMatch> matches = query.isEmpty() ? List.of()
				: orgUnits.search(query, scopeId, version, SEARCH_RESULTS);
		model.addAttribute("q", query);
		model.addAttribute("matches", matches);
	}

	/** The unit when it exists (else 404) and the user may see it (else 403). */
	private OrgUnit inScope(long id, long scopeId) {
		OrgUnit unit = orgUnits.get(id);
		if (!orgUnits.isWithin(id, scopeId)) {
			throw new OutOfScopeException("org unit " + id);
		}
		return unit;
	}

	static long scopeId() {
		return CurrentUser.get().orgUnitId();
	}

	/** The version asked for: "2025" when none, 400 when unknown. */
	static String version(String version) {
		if (version == null || version.isBlank()) {
			return OrgUnit.CURRENT_VERSION;
		}
		if (!OrgUnit.isKnownVersion(version)) {
			throw new InvalidInputException("orgunit.error.version", version);
		}
		return version;
	}

	private static String field(String field) {
		if (!FIELD_NAME.matcher(field).matches()) {
			throw new InvalidInputException("orgunit.error.field");
		}
		return field;
	}

}
