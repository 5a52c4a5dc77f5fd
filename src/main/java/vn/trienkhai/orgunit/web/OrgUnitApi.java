package vn.trienkhai.orgunit.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.trienkhai.orgunit.OrgUnit;
import vn.trienkhai.orgunit.OrgUnitType;
import vn.trienkhai.orgunit.OrgUnits;
import vn.trienkhai.orgunit.SuccessionLink;
import vn.trienkhai.platform.OutOfScopeException;

/**
 * JSON for the administrative units, scoped like the pages: only units within the caller's scope are
 * returned or shown; another unit is a 403 and an unknown one a 404 (problem+json, handled centrally).
 * <ul>
 * <li>{@code GET /api/org-units?q=nhu khe&version=2025&limit=20}: search (version empty for both; limit ≤ 50)</li>
 * <li>{@code GET /api/org-units/{id}}: one unit with ancestors, child counts, successors and predecessors</li>
 * <li>{@code GET /api/org-units/{id}/children?version=2025}: the units directly below</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/org-units")
class OrgUnitApi {

	private final OrgUnits orgUnits;

	OrgUnitApi(OrgUnits orgUnits) {
		this.orgUnits = orgUnits;
	}

	/** A unit as JSON; {@code qualifiedName} tells repeated names apart ("Phường An Khê, Tỉnh Gia Lai"). */
	record UnitJson(long id, String code, String version, String name, String shortName, OrgUnitType type, int level,
			Long parentId, LocalDate validFrom, LocalDate validTo, boolean current, String qualifiedName) {

		static UnitJson of(OrgUnit u, String qualifiedName) {
			return new UnitJson(u.id(), u.code(), u.version(), u.name(), u.shortName(), u.type(), u.level(),
					u.parentId(), u.validFrom(), u.validTo(), u.isCurrent(), qualifiedName);
		}

	}

	/** A search hit: the unit, and whether it was found by similarity (a typo) rather than by the words. */
	record MatchJson(UnitJson unit, boolean fuzzy) {
	}

	/** A succession link: the unit on the other side, "full" or "partial". */
	record LinkJson(UnitJson unit, String coverage, String note, boolean viaCommunes) {
	}

	record DetailJson(UnitJson unit, List<UnitJson> ancestors, Map<String, Integer> childCounts,
			List<LinkJson> successors, List<LinkJson> predecessors) {
	}

	@GetMapping
	List<MatchJson> search(@RequestParam String q, @RequestParam(required = false) String version,
			@RequestParam(defaultValue = "20") int limit) {
		String v = version == null || version.isBlank() ? null : OrgUnitPages.version(version);
		return orgUnits.search(q, OrgUnitPages.scopeId(), v, limit)
			.stream()
			.map(m -> new MatchJson(UnitJson.of(m.unit(), m.qualifiedName()), m.fuzzy()))
			.toList();
	}

	@GetMapping("/{id}")
	DetailJson get(@PathVariable long id) {
		OrgUnit unit = inScope(id);
		List<OrgUnit> ancestors = orgUnits.ancestors(id);
		List<SuccessionLink> successors = unit.isCurrent() ? List.of() : orgUnits.successorLinks(id);
		List<SuccessionLink> predecessors = unit.isCurrent() && !unit.isNation() ? orgUnits.predecessorLinks(id)
				: List.of();
		List<Long> ids = new ArrayList<>();
		ids.add(id);
		ancestors.forEach(a -> ids.add(a.id()));
		successors.forEach(s -> ids.add(s.unit().id()));
		predecessors.forEach(p -> ids.add(p.unit().id()));
		Map<Long, String> names = orgUnits.qualifiedNames(ids);
		Map<String, Integer> childCounts = new LinkedHashMap<>();
		for (String v : unit.isNation() ? List.of(OrgUnit.CURRENT_VERSION, OrgUnit.PREVIOUS_VERSION)
				: List.of(unit.version())) {
			childCounts.put(v, orgUnits.childCount(id, v));
		}
		return new DetailJson(UnitJson.of(unit, names.get(id)),
				ancestors.stream().map(a -> UnitJson.of(a, names.get(a.id()))).toList(), childCounts,
				links(successors, names), links(predecessors, names));
	}

	@GetMapping("/{id}/children")
	List<UnitJson> children(@PathVariable long id, @RequestParam(required = false) String version) {
		inScope(id);
		String v = version == null || version.isBlank() ? null : OrgUnitPages.version(version);
		var nodes = orgUnits.childNodes(id, v);
		Map<Long, String> names = orgUnits.qualifiedNames(nodes.stream().map(n -> n.unit().id()).toList());
		return nodes.stream().map(n -> UnitJson.of(n.unit(), names.get(n.unit().id()))).toList();
	}

	private static List<LinkJson> links(List<SuccessionLink> links, Map<Long, String> names) {
		return links.stream()
			.map(l -> new LinkJson(UnitJson.of(l.unit(), names.get(l.unit().id())),
					l.coverage().name().toLowerCase(java.util.Locale.ROOT), l.note(), l.viaCommunes()))
			.toList();
	}

	private OrgUnit inScope(long id) {
		OrgUnit unit = orgUnits.get(id);
		if (!orgUnits.isWithin(id, OrgUnitPages.scopeId())) {
			throw new OutOfScopeException("org unit " + id);
		}
		return unit;
	}

}
