package vn.trienkhai.orgunit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.NotFoundException;
import vn.trienkhai.platform.VietnameseText;

/**
 * The administrative units: look-up, the tree, scope checks, search and the 2024 → 2025 succession.
 * <p>
 * Scope: an account sees its org unit and everything below it. A 2025 scope also covers the 2024 units
 * that became (part of) a unit within it — so a user of the 2025 Tỉnh Tuyên Quang also sees the 2024 Tỉnh
 * Hà Giang and its districts and communes, and plans issued by them before 1/7/2025.
 * <p>
 * Depends on the loader, so the units are in the database before any bean can ask for them.
 */
@Service
@DependsOn("adminUnitLoader")
public class OrgUnits {

	/** Upper bound of {@link #search}'s limit. */
	public static final int MAX_RESULTS = 50;

	static final String COLUMNS = "u.id, u.code, u.version, u.name, u.short_name, u.type, u.level, u.parent_id, "
			+ "u.valid_from, u.valid_to";

	static final RowMapper<OrgUnit> UNIT = (rs, i) -> new OrgUnit(rs.getLong("id"), rs.getString("code"),
			rs.getString("version"), rs.getString("name"), rs.getString("short_name"),
			OrgUnitType.valueOf(rs.getString("type")), rs.getInt("level"), rs.getObject("parent_id", Long.class),
			rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class));

	/**
	 * Is unit u within scope unit s: in its subtree, or (for a 2025 scope) a 2024 unit that became a unit in
	 * its subtree — directly, or for a district through any of its communes.
	 */
	static final String WITHIN_SCOPE = """
			(u.path <@ s.path
			 or (u.version = '2024' and s.version = '2025' and (
			     exists (select 1 from org_unit_succession x join org_unit n on n.id = x.new_unit_id
			             where x.old_unit_id = u.id and n.path <@ s.path)
			     or (u.level = 2 and exists (
			         select 1 from org_unit c
			           join org_unit_succession x on x.old_unit_id = c.id
			           join org_unit n on n.id = x.new_unit_id
			          where c.parent_id = u.id and n.path <@ s.path)))))""";

	/** The qualified name of u ("Xã X, Huyện Y, Tỉnh Z"; the nation alone is "Việt Nam"). */
	private static final String QUALIFIED_NAME = "concat_ws(', ', u.name, p.name, g.name) as qualified_name";

	private static final String QUALIFIED_JOINS = """
			left join org_unit p on p.id = u.parent_id and p.level > 0
			left join org_unit g on g.id = p.parent_id and g.level > 0
			""";

	private final JdbcClient jdbc;

	private volatile OrgUnit root;

	OrgUnits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<OrgUnit> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from org_unit u where u.id = :id").param("id", id).query(UNIT).optional();
	}

	/** The unit, or {@link NotFoundException} (a 404 for the caller). */
	public OrgUnit get(long id) {
		return findById(id).orElseThrow(() -> new NotFoundException("org unit " + id));
	}

	/** The nation, root of both versions of the structure. */
	public OrgUnit root() {
		OrgUnit r = root;
		if (r == null) {
			r = jdbc.sql("select " + COLUMNS + " from org_unit u where u.level = 0 and u.code = 'VN'")
				.query(UNIT)
				.optional()
				.orElseThrow(() -> new IllegalStateException("The nation (org unit VN) is not loaded"));
			root = r;
		}
		return r;
	}

	public Optional<OrgUnit> findByCode(String code, String version) {
		return jdbc.sql("select " + COLUMNS + " from org_unit u where u.code = :code and u.version = :version")
			.param("code", code)
			.param("version", version)
			.query(UNIT)
			.optional();
	}

	/**
	 * Whether the unit is the scope unit or below it; a 2024 unit also counts when any 2025 unit it became
	 * (succession, for districts also through their communes) is within scope. False when either is unknown.
	 * A 2024 scope covers only its own 2024 subtree.
	 */
	public boolean isWithin(long unitId, long scopeUnitId) {
		return jdbc.sql("select exists (select 1 from org_unit u join org_unit s on s.id = :scope where u.id = :unit and "
				+ WITHIN_SCOPE + ")")
			.param("unit", unitId)
			.param("scope", scopeUnitId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Whether the unit lies wholly inside the scope: in its subtree, or a 2024 unit all of whose territory
	 * (the unit and every unit below it) went into 2025 units of the scope. The test for writes. Reading may
	 * follow a 2024 district into a 2025 commune's scope through one of its communes ({@link #isWithin});
	 * changing that district, which other communes share, may not.
	 */
	public boolean isWhollyWithin(long unitId, long scopeUnitId) {
		return jdbc.sql("""
				select exists (select 1 from org_unit u join org_unit s on s.id = :scope where u.id = :unit and (
				    u.path <@ s.path
				    or (u.version = '2024' and s.version = '2025'
				        and exists (select 1 from org_unit d join org_unit_succession x on x.old_unit_id = d.id
				                    where d.path <@ u.path)
				        and not exists (select 1 from org_unit d
				                          join org_unit_succession x on x.old_unit_id = d.id
				                          join org_unit n on n.id = x.new_unit_id
				                        where d.path <@ u.path and not n.path <@ s.path))))
				""")
			.param("unit", unitId)
			.param("scope", scopeUnitId)
			.query(Boolean.class)
			.single();
	}

	/** Those of the given units that are {@link #isWithin within} the scope, in one query. */
	public Set<Long> within(Collection<Long> unitIds, long scopeUnitId) {
		if (unitIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc
			.sql("select u.id from org_unit u join org_unit s on s.id = :scope where u.id in (:ids) and " + WITHIN_SCOPE)
			.param("ids", new ArrayList<>(new HashSet<>(unitIds)))
			.param("scope", scopeUnitId)
			.query(Long.class)
			.list());
	}

	/**
	 * The name with the units above it, nearest first, without the nation: "Xã Nhữ Khê, Tỉnh Tuyên Quang";
	 * for a 2024 commune with its district: "Xã X, Huyện Y, Tỉnh Z"; the nation itself: "Việt Nam".
	 */
	public String qualifiedName(long id) {
		return jdbc.sql("select " + QUALIFIED_NAME + " from org_unit u " + QUALIFIED_JOINS + " where u.id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("org unit " + id));
	}

	/** The qualified names of several units at once (unknown ids are left out). */
	public Map<Long, String> qualifiedNames(Collection<Long> ids) {
		Map<Long, String> names = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		jdbc.sql("select u.id, " + QUALIFIED_NAME + " from org_unit u " + QUALIFIED_JOINS + " where u.id in (:ids)")
			.param("ids", new ArrayList<>(new HashSet<>(ids)))
			.query((rs, i) -> names.put(rs.getLong("id"), rs.getString("qualified_name")))
			.list();
		return names;
	}

	/** The units above this one, the nation first and the parent last; empty for the nation. */
	public List<OrgUnit> ancestors(long id) {
		return jdbc.sql("select " + COLUMNS + " from org_unit x " + """
				 join org_unit u on u.path @> x.path and u.id <> x.id
				 where x.id = :id order by u.level""")
			.param("id", id)
			.query(UNIT)
			.list();
	}

	/** The units directly below, both versions (the nation has 2025 and 2024 provinces), by version then code. */
	public List<OrgUnit> children(long id) {
		return jdbc.sql("select " + COLUMNS + " from org_unit u where u.parent_id = :id order by u.version desc, u.code")
			.param("id", id)
			.query(UNIT)
			.list();
	}

	/**
	 * The units directly below, each with its own number of children, for the tree.
	 * @param version only children of this version; null for both
	 */
	public List<OrgUnitNode> childNodes(long id, String version) {
		checkVersion(version);
		String sql = "select " + COLUMNS
				+ ", (select count(*) from org_unit c where c.parent_id = u.id) as child_count"
				+ " from org_unit u where u.parent_id = :id" + (version != null ? " and u.version = :version" : "")
				+ " order by u.version desc, u.code";
		return jdbc.sql(sql)
			.params(version != null ? Map.of("id", id, "version", version) : Map.of("id", id))
			.query((rs, i) -> new OrgUnitNode(UNIT.mapRow(rs, i), rs.getInt("child_count"))).list();
	}

	/** The unit as a tree node: with the number of its children of the given version (null: both). */
	public OrgUnitNode node(long id, String version) {
		return new OrgUnitNode(get(id), childCount(id, version));
	}

	public int childCount(long id, String version) {
		checkVersion(version);
		return jdbc.sql("select count(*) from org_unit u where u.parent_id = :id"
				+ (version != null ? " and u.version = :version" : ""))
			.params(version != null ? Map.of("id", id, "version", version) : Map.of("id", id))
			.query(Integer.class)
			.single();
	}

	/** The 2025 units a 2024 unit became (for a district: those its communes became); empty for others. */
	public List<OrgUnit> successors(long oldUnitId) {
		return successorLinks(oldUnitId).stream().map(SuccessionLink::unit).toList();
	}

	/**
	 * The 2025 units a 2024 unit became, with coverage. Provinces, communes and the island districts have
	 * their own links; for other districts they are derived from the district's communes
	 * ({@code viaCommunes}), FULL only when the whole district went into one unit.
	 */
	public List<SuccessionLink> successorLinks(long oldUnitId) {
		List<SuccessionLink> links = new ArrayList<>(jdbc.sql("select " + COLUMNS + """
				, x.coverage, x.note from org_unit_succession x join org_unit u on u.id = x.new_unit_id
				 where x.old_unit_id = :id order by u.code""")
			.param("id", oldUnitId)
			.query((rs, i) -> new SuccessionLink(UNIT.mapRow(rs, i), SuccessionLink.Coverage.of(rs.getString("coverage")),
					rs.getString("note"), false))
			.list());
		record Derived(OrgUnit unit, boolean allFull) {
		}
		List<Derived> derived = jdbc.sql("select " + COLUMNS + """
				, bool_and(x.coverage = 'full') as all_full
				  from org_unit d
				  join org_unit c on c.parent_id = d.id
				  join org_unit_succession x on x.old_unit_id = c.id
				  join org_unit u on u.id = x.new_unit_id
				 where d.id = :id and d.version = '2024' and d.level = 2
				 group by u.id order by u.code""")
			.param("id", oldUnitId)
			.query((rs, i) -> new Derived(UNIT.mapRow(rs, i), rs.getBoolean("all_full")))
			.list();
		Set<Long> seen = new HashSet<>();
		links.forEach(l -> seen.add(l.unit().id()));
		for (Derived d : derived) {
			if (seen.add(d.unit().id())) {
				boolean whole = derived.size() == 1 && d.allFull() && links.isEmpty();
				links.add(new SuccessionLink(d.unit(),
						whole ? SuccessionLink.Coverage.FULL : SuccessionLink.Coverage.PARTIAL, null, true));
			}
		}
		return links;
	}

	/** The 2024 units merged (wholly or in part) into a 2025 unit; empty for others. */
	public List<OrgUnit> predecessors(long newUnitId) {
		return predecessorLinks(newUnitId).stream().map(SuccessionLink::unit).toList();
	}

	/** The 2024 units merged into a 2025 unit, with whether all of each or only part of it went in. */
	public List<SuccessionLink> predecessorLinks(long newUnitId) {
		return jdbc.sql("select " + COLUMNS + """
				, x.coverage, x.note from org_unit_succession x join org_unit u on u.id = x.old_unit_id
				 where x.new_unit_id = :id order by u.level, u.code""")
			.param("id", newUnitId)
			.query((rs, i) -> new SuccessionLink(UNIT.mapRow(rs, i), SuccessionLink.Coverage.of(rs.getString("coverage")),
					rs.getString("note"), false))
			.list();
	}

	/**
	 * Search by name, insensitive to case and diacritics, every word a prefix: "nhu khe" finds "Xã Nhữ Khê",
	 * "xa nhu" too. When no unit's own name has all the words, the names of the units above count as well
	 * ("an khe gia lai"); when that finds nothing either, similar names are returned (typos: "nhu khee").
	 * Best first: exact name, name starting with the query, higher level, current version, shorter name.
	 * @param scopeUnitId only units {@link #isWithin within} this unit; null: no restriction
	 * @param version "2024", "2025" or null for both
	 * @param limit at most this many, capped at {@value #MAX_RESULTS}
	 */
	public List<OrgUnitMatch> search(String query, Long scopeUnitId, String version, int limit) {
		checkVersion(version);
		List<String> terms = VietnameseText.terms(query);
		int max = Math.max(1, Math.min(limit, MAX_RESULTS));
		if (terms.isEmpty()) {
			return List.of();
		}
		String tsQuery = VietnameseText.prefixTsQuery(query);
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("tsq", tsQuery);
		params.put("folded", String.join(" ", terms));

		List<OrgUnitMatch> found = search("u.search @@ to_tsquery('simple', :tsq)", null, params, terms, scopeUnitId,
				version, max, false);
		if (found.isEmpty() && terms.size() > 1) {
			params.put("anyTerm", String.join(" | ", terms.stream().map(t -> t + ":*").toList()));
			found = search("""
					u.search @@ to_tsquery('simple', :anyTerm)
					and (u.search || coalesce(p.search, ''::tsvector) || coalesce(g.search, ''::tsvector))
					    @@ to_tsquery('simple', :tsq)""", null, params, terms, scopeUnitId, version, max, false);
		}
		if (found.isEmpty()) {
			// a typo: names similar to the words typed. A leading type word ("phuong an khe") restricts the
			// type instead of taking part in the similarity, where it would make every "Phường An …" similar.
			String fuzzy = String.join(" ", terms);
			String condition = ":fuzzy <% lower(immutable_unaccent(u.name))";
			for (OrgUnitType type : OrgUnitType.values()) {
				String word = VietnameseText.fold(type.prefix()) + " ";
				if (fuzzy.startsWith(word)) {
					fuzzy = fuzzy.substring(word.length());
					condition += " and u.type = :type";
					params.put("type", type.name());
					break;
				}
			}
			params.put("fuzzy", fuzzy);
			found = search(condition, "word_similarity(:fuzzy, lower(immutable_unaccent(u.name))) desc", params, terms,
					scopeUnitId, version, max, true);
		}
		return found;
	}

	private List<OrgUnitMatch> search(String condition, String firstOrder, Map<String, Object> params,
			List<String> terms, Long scopeUnitId, String version, int limit, boolean fuzzy) {
		StringBuilder sql = new StringBuilder("select ").append(COLUMNS)
			.append(", ")
			.append(QUALIFIED_NAME)
			.append(" from org_unit u ")
			.append(QUALIFIED_JOINS);
		Map<String, Object> p = new LinkedHashMap<>(params);
		if (scopeUnitId != null) {
			sql.append(" join org_unit s on s.id = :scope ");
			p.put("scope", scopeUnitId);
		}
		sql.append(" where ").append(condition);
		if (version != null) {
			sql.append(" and u.version = :version");
			p.put("version", version);
		}
		if (scopeUnitId != null) {
			sql.append(" and ").append(WITHIN_SCOPE);
		}
		sql.append(" order by ");
		if (firstOrder != null) {
			sql.append(firstOrder).append(", ");
		}
		sql.append("""
				(lower(immutable_unaccent(u.name)) = :folded or lower(immutable_unaccent(u.short_name)) = :folded) desc,
				(lower(immutable_unaccent(u.short_name)) like :folded || '%') desc,
				u.level, u.version desc, length(u.name), u.name, u.code
				limit :limit""");
		p.put("limit", limit);
		return jdbc.sql(sql.toString()).params(p).query((rs, i) -> {
			String qualified = rs.getString("qualified_name");
			return new OrgUnitMatch(UNIT.mapRow(rs, i), qualified, Highlighter.highlight(qualified, terms, fuzzy), fuzzy);
		}).list();
	}

	private static void checkVersion(String version) {
		if (version != null && !OrgUnit.isKnownVersion(version)) {
			throw new InvalidInputException("orgunit.error.version", version);
		}
	}

}
