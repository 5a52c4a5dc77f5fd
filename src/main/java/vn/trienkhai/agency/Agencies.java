package vn.trienkhai.agency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.trienkhai.audit.AuditLog;
import vn.trienkhai.orgunit.OrgUnits;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.NotFoundException;
import vn.trienkhai.platform.VietnameseText;

/**
 * The agencies of each org unit. Names are matched with {@link AgencyNames#matchKey(String)}, so one body
 * is never recorded twice in a unit whatever the spelling ("Sở KH&amp;CN" / "Sở Khoa học và Công nghệ");
 * the database enforces it too ({@code unique (org_unit_id, match_key)}).
 *
 * <p>This service does not check who asks: the pages and the API check role and scope, and the plan
 * import runs as the system. Every write is audited (entity type {@value #ENTITY_TYPE}).
 */
@Service
public class Agencies {

	/** Entity type of this module's audit entries. */
	public static final String ENTITY_TYPE = "agency";

	public static final int MIN_NAME_LENGTH = 2;

	public static final int MAX_NAME_LENGTH = 300;

	private static final String COLUMNS = "a.id, a.org_unit_id, a.type, a.name, a.active, a.row_version";

	private static final RowMapper<Agency> AGENCY = Agencies::map;

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final OrgUnits orgUnits;

	Agencies(JdbcClient jdbc, AuditLog audit, OrgUnits orgUnits) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.orgUnits = orgUnits;
	}

	public Optional<Agency> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from agency a where a.id = :id").param("id", id).query(AGENCY).optional();
	}

	/** The agency, or {@link NotFoundException} (a 404 for the caller). */
	public Agency get(long id) {
		return findById(id).orElseThrow(() -> new NotFoundException("agency " + id));
	}

	/** The active agencies of the unit, by type (in catalogue order), then by name (Vietnamese collation). */
	public List<Agency> ofOrgUnit(long orgUnitId) {
		return ofOrgUnit(orgUnitId, false);
	}

	/** The agencies of the unit, the deactivated ones too when asked; ordered as {@link #ofOrgUnit(long)}. */
	public List<Agency> ofOrgUnit(long orgUnitId, boolean includeInactive) {
		List<Agency> agencies = jdbc
			.sql("select " + COLUMNS + " from agency a where a.org_unit_id = :unit and (a.active or :inactive)")
			.param("unit", orgUnitId)
			.param("inactive", includeInactive)
			.query(AGENCY)
			.list();
		return sorted(agencies);
	}

	/**
	 * The agencies of the unit whose names contain words starting with those of the query, diacritics
	 * ignored ("so kh" finds "Sở Khoa học và Công nghệ"); all of them for a blank query. Ordered as
	 * {@link #ofOrgUnit(long)}.
	 */
	public List<Agency> search(long orgUnitId, String query, boolean includeInactive) {
		String tsQuery = VietnameseText.prefixTsQuery(query);
		if (tsQuery == null) {
			return ofOrgUnit(orgUnitId, includeInactive);
		}
		List<Agency> agencies = jdbc.sql("select " + COLUMNS + """
				 from agency a
				where a.org_unit_id = :unit and (a.active or :inactive) and a.search @@ to_tsquery('simple', :q)
				""")
			.param("unit", orgUnitId)
			.param("inactive", includeInactive)
			.param("q", tsQuery)
			.query(AGENCY)
			.list();
		return sorted(agencies);
	}

	/** The agency of the unit with this name in any spelling {@link AgencyNames#matchKey matchKey} equates. */
	public Optional<Agency> findByName(long orgUnitId, String name) {
		String key = AgencyNames.matchKey(name);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		return findByKey(orgUnitId, key);
	}

	/**
	 * Records a new agency.
	 *
	 * @param type its kind; null to tell it from the name ({@link AgencyNames#classify(String)})
	 * @throws InvalidInputException {@code agency.error.duplicate} (argument: the existing agency's name)
	 * when the unit has it already in some spelling; {@code agency.error.name.*} for a name that is blank,
	 * shorter than {@value #MIN_NAME_LENGTH} or longer than {@value #MAX_NAME_LENGTH} characters, or without
	 * letters or digits; {@code agency.error.unit.notFound} for an unknown unit
	 */
	@Transactional
	public Agency create(long orgUnitId, AgencyType type, String name) {
		String clean = validName(name);
		requireUnit(orgUnitId);
		AgencyType actualType = type != null ? type : AgencyNames.classify(clean);
		return insert(orgUnitId, actualType, clean).orElseThrow(() -> duplicate(orgUnitId, clean));
	}

	/**
	 * The agency of the unit with this name (in any spelling), recorded first if the unit has none, with
	 * the type {@link AgencyNames#classify(String) classify} tells. For the plan import: safe to call
	 * concurrently for one name, which still gives one agency. A deactivated agency is returned as it is.
	 *
	 * @throws InvalidInputException as {@link #create} for an invalid name or unknown unit
	 */
	@Transactional
	public Agency findOrCreate(long orgUnitId, String name) {
		String clean = validName(name);
		Optional<Agency> existing = findByKey(orgUnitId, AgencyNames.matchKey(clean));
		if (existing.isPresent()) {
			return existing.get();
		}
		requireUnit(orgUnitId);
		// the insert waits for a concurrent one of the same key and does nothing if that commits
		return insert(orgUnitId, AgencyNames.classify(clean), clean)
			.or(() -> findByKey(orgUnitId, AgencyNames.matchKey(clean)))
			.orElseThrow(() -> new IllegalStateException("agency neither inserted nor found: " + clean));
	}

	/**
	 * Changes type and name. Nothing is written (and the version stays) when neither changes.
	 *
	 * @param type the new type; null to tell it from the name
	 * @param expectedRowVersion the {@link Agency#rowVersion()} the caller saw
	 * @throws OptimisticLockingFailureException when the agency was changed since (a 409 for the caller)
	 * @throws NotFoundException for an unknown id
	 * @throws InvalidInputException as {@link #create}, e.g. when another agency of the unit has the name
	 */
	@Transactional
	public Agency update(long id, AgencyType type, String name, int expectedRowVersion) {
		String clean = validName(name);
		Agency before = get(id);
		if (before.rowVersion() != expectedRowVersion) {
			throw stale(id);
		}
		AgencyType actualType = type != null ? type : AgencyNames.classify(clean);
		if (before.name().equals(clean) && before.type() == actualType) {
			return before;
		}
		String key = AgencyNames.matchKey(clean);
		Optional<Agency> other = findByKey(before.orgUnitId(), key).filter(a -> a.id() != id);
		if (other.isPresent()) {
			throw new InvalidInputException("agency.error.duplicate", other.get().name());
		}
		Optional<Agency> after;
		try {
			after = jdbc.sql("""
					update agency a set type = :type, name = :name, match_key = :key, row_version = row_version + 1
					 where a.id = :id and a.row_version = :version
					returning\s""" + COLUMNS)
				.param("type", actualType.name())
				.param("name", clean)
				.param("key", key)
				.param("id", id)
				.param("version", expectedRowVersion)
				.query(AGENCY)
				.optional();
		}
		catch (DuplicateKeyException e) {
			// another transaction gave that name to another agency of the unit just now
			throw new InvalidInputException("agency.error.duplicate", clean);
		}
		Agency updated = after.orElseThrow(() -> stale(id));
		audit.record("UPDATE", ENTITY_TYPE, id, updated.orgUnitId(), before.auditState(), updated.auditState());
		return updated;
	}

	/** {@link #update} keeping the type. */
	@Transactional
	public Agency rename(long id, String name, int expectedRowVersion) {
		return update(id, get(id).type(), name, expectedRowVersion);
	}

	/** Takes the agency out of use (it stays, for history). Does nothing to an inactive agency. */
	@Transactional
	public Agency deactivate(long id) {
		return setActive(id, false, "DEACTIVATE");
	}

	/** Puts a deactivated agency back into use. Does nothing to an active agency. */
	@Transactional
	public Agency reactivate(long id) {
		return setActive(id, true, "REACTIVATE");
	}

	/**
	 * The name as it is stored: NFC, trimmed, inner white space collapsed.
	 *
	 * @throws InvalidInputException {@code agency.error.name.required}, {@code agency.error.name.length}
	 * (arguments: minimum and maximum length) or {@code agency.error.name.invalid} (no letters or digits)
	 */
	public static String validName(String name) {
		String clean = VietnameseText.clean(name);
		if (clean.isEmpty()) {
			throw new InvalidInputException("agency.error.name.required");
		}
		int length = clean.codePointCount(0, clean.length());
		if (length < MIN_NAME_LENGTH || length > MAX_NAME_LENGTH) {
			throw new InvalidInputException("agency.error.name.length", MIN_NAME_LENGTH, MAX_NAME_LENGTH);
		}
		if (AgencyNames.matchKey(clean).isEmpty()) {
			throw new InvalidInputException("agency.error.name.invalid");
		}
		return clean;
	}

	// ---------------------------------------------------------------------------------------------------

	private Agency setActive(long id, boolean active, String action) {
		Agency before = get(id);
		if (before.active() == active) {
			return before;
		}
		Agency after = jdbc.sql("""
				update agency a set active = :active, row_version = row_version + 1
				 where a.id = :id and a.active <> :active
				returning\s""" + COLUMNS)
			.param("active", active)
			.param("id", id)
			.query(AGENCY)
			.optional()
			.orElseThrow(() -> stale(id));
		audit.record(action, ENTITY_TYPE, id, after.orgUnitId(), before.auditState(), after.auditState());
		return after;
	}

	/** Inserts and audits; empty when the unit has an agency of that key already. */
	private Optional<Agency> insert(long orgUnitId, AgencyType type, String name) {
		Optional<Agency> created = jdbc.sql("""
				insert into agency as a (org_unit_id, type, name, match_key)
				values (:unit, :type, :name, :key)
				on conflict (org_unit_id, match_key) do nothing
				returning\s""" + COLUMNS)
			.param("unit", orgUnitId)
			.param("type", type.name())
			.param("name", name)
			.param("key", AgencyNames.matchKey(name))
			.query(AGENCY)
			.optional();
		created.ifPresent(a -> audit.record("CREATE", ENTITY_TYPE, a.id(), orgUnitId, null, a.auditState()));
		return created;
	}

	private Optional<Agency> findByKey(long orgUnitId, String key) {
		return jdbc.sql("select " + COLUMNS + " from agency a where a.org_unit_id = :unit and a.match_key = :key")
			.param("unit", orgUnitId)
			.param("key", key)
			.query(AGENCY)
			.optional();
	}

	private InvalidInputException duplicate(long orgUnitId, String name) {
		String existing = findByKey(orgUnitId, AgencyNames.matchKey(name))
			.map(Agency::name)
			.orElse(name);
		return new InvalidInputException("agency.error.duplicate", existing);
	}

	private void requireUnit(long orgUnitId) {
		if (orgUnits.findById(orgUnitId).isEmpty()) {
			throw new InvalidInputException("agency.error.unit.notFound");
		}
	}

	private static OptimisticLockingFailureException stale(long id) {
		return new OptimisticLockingFailureException("agency " + id + " was changed by someone else");
	}

	private static List<Agency> sorted(List<Agency> agencies) {
		Collator collator = Collator.getInstance(VIETNAMESE);
		collator.setStrength(Collator.SECONDARY);
		List<Agency> list = new ArrayList<>(agencies);
		list.sort(Comparator.comparing(Agency::type).thenComparing(Agency::name, collator));
		return list;
	}

	private static Agency map(ResultSet rs, int row) throws SQLException {
		return new Agency(rs.getLong("id"), rs.getLong("org_unit_id"), AgencyType.valueOf(rs.getString("type")),
				rs.getString("name"), rs.getBoolean("active"), rs.getInt("row_version"));
	}

}
