package vn.trienkhai.registry.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.trienkhai.orgunit.OrgUnit;
import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.RegistryKind;

/**
 * The biotechnology database's front page: one search box over every registry, facets by registry, field
 * and unit, and the way into each registry. Typing refreshes the results through htmx.
 */
@Controller
class SearchPages {

	private final RegistrySearch search;

	private final SearchScope scope;

	SearchPages(RegistrySearch search, SearchScope scope) {
		this.search = search;
		this.scope = scope;
	}

	@GetMapping("/registry")
	String search(@RequestParam(name = "q", required = false) String text,
			@RequestParam(required = false) RegistryKind kind, @RequestParam(required = false) BiotechField field,
			@RequestParam(required = false) Long unit, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		OrgUnit base = scope.base(unit);
		SearchQuery query = new SearchQuery(text, kind, field, unit, page);
		model.addAttribute("query", query);
		model.addAttribute("result", search.search(query, base));
		model.addAttribute("base", base);
		model.addAttribute("baseLabel", scope.label(base));
		model.addAttribute("kinds", RegistryKind.values());
		// the box refreshes only the results; the address bar keeps the whole query (hx-push-url)
		return htmx != null ? "registry/search :: results" : "registry/search";
	}

}
