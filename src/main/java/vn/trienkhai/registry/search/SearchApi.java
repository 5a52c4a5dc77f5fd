package vn.trienkhai.registry.search;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.RegistryKind;

/** The registry search for programs: the same query, scope and facets as the page, as JSON. */
@RestController
class SearchApi {

	private final RegistrySearch search;

	private final SearchScope scope;

	SearchApi(RegistrySearch search, SearchScope scope) {
		this.search = search;
		this.scope = scope;
	}

	/** One hit; the highlights are the pieces of title and snippet, marked where a word matched. */
	record Hit(String kind, long id, String url, String title, List<Highlighter.Piece> titleHighlights,
			List<Highlighter.Piece> snippet, long orgUnitId, String orgUnit, String field, String visibility) {
	}

	/** capped: more than {@code cap} records match; total and facets count the newest {@code cap} of them. */
	record Result(String q, long total, boolean capped, Integer cap, boolean fuzzy, int page, int pages, List<Hit> hits,
			Map<RegistryKind, Long> kinds, Map<BiotechField, Long> fields, List<SearchResult.UnitFacet> units) {
	}

	@GetMapping("/api/registry/search")
	Result search(@RequestParam(name = "q", required = false) String text,
			@RequestParam(required = false) RegistryKind kind, @RequestParam(required = false) BiotechField field,
			@RequestParam(required = false) Long unit, @RequestParam(defaultValue = "0") int page) {
		SearchQuery query = new SearchQuery(text, kind, field, unit, page);
		SearchResult result = search.search(query, scope.base(unit));
		List<Hit> hits = result.hits()
			.stream()
			.map(h -> new Hit(h.kind().name(), h.recordId(), h.url(),
					String.join("", h.title().stream().map(Highlighter.Piece::text).toList()), h.title(), h.snippet(),
					h.orgUnitId(), h.unitName(), h.field() == null ? null : h.field().name(), h.visibility().name()))
			.toList();
		return new Result(query.text(), result.total(), result.capped(), result.capped() ? result.cap() : null,
				result.fuzzy(), query.page(), result.pages(), hits,
				result.kinds(), result.fields(), result.units());
	}

}
