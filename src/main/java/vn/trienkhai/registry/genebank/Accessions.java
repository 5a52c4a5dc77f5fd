package vn.trienkhai.registry.genebank;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.trienkhai.audit.AuditLog;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.NotFoundException;
import vn.trienkhai.registry.RegistryKind;
import vn.trienkhai.registry.Visibility;
import vn.trienkhai.registry.shared.RegistryAccess;
import vn.trienkhai.registry.shared.RegistryTable.Problem;
import vn.trienkhai.registry.shared.SearchIndex;

/**
 * The gene-fund accessions: reads within the user's access, validated and audited writes that keep the
 * search index in step, the MCPD export. ACCENUMB is unique per INSTCODE (the database says so too).
 */
@Service
public class Accessions {

	static final String ENTITY_TYPE = "genebank_accession";

	public static final int PAGE_SIZE = 20;

	private static final String NUMERIC = "DECLATITUDE,DECLONGITUDE,ELEVATION";

	private static final String COLUMNS = "a.id, a.org_unit_id, a.owner_agency_id, a.visibility, a.name_vi, "
			+ "a.programme, a.withdrawn_on, a.row_version, "
			+ Mcpd.FIELDS.stream().map(f -> "a." + f.toLowerCase() + "::text as " + f.toLowerCase())
				.collect(Collectors.joining(", "));

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final SearchIndex index;

	private final RegistryAccess access;

	Accessions(JdbcClient jdbc, AuditLog audit, SearchIndex index, RegistryAccess access) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.index = index;
		this.access = access;
	}

	/** The problems of an input, each naming its field; empty when it may be saved (uniqueness aside). */
	public List<Problem> check(AccessionInput input) {
		return AccessionRules.check(input);
	}

	/** The accession if the user may read it: 404 unknown, 403 out of scope. */
	public Accession get(long id) {
		Accession a = jdbc.sql("select " + COLUMNS + " from genebank_accession a where a.id = :id")
			.param("id", id)
			.query(Accessions::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("accession " + id));
		access.requireReadable(a.orgUnitId(), a.visibility(), "accession " + id);
		return a;
	}

	public boolean canWrite(Accession a) {
		return access.canWrite(a.orgUnitId(), a.ownerAgencyId());
	}

	/**
	 * The readable accessions of the unit's subtree matching the query (names, taxon, numbers) and the
	 * conservation filter, a page of {@value #PAGE_SIZE}; the total too.
	 *
	 * @param conserved null for all, true for those not withdrawn, false for the withdrawn
	 */
	public Page search(long unitId, String query, Boolean conserved, int page) {
		String where = """
				 from genebank_accession a join org_unit u on u.id = a.org_unit_id
				where u.path <@ (select path from org_unit where id = :unit)
				  and (:q = '' or lower(immutable_unaccent(concat_ws(' ', a.name_vi, a.accename, a.genus, a.species,
				       a.cropname, a.accenumb, a.instcode, a.programme))) like '%' || lower(immutable_unaccent(:q)) || '%')
				  and (cast(:conserved as boolean) is null or (a.withdrawn_on is null) = cast(:conserved as boolean))
				""";
		List<Accession> all = jdbc.sql("select " + COLUMNS + where + " order by a.instcode, a.accenumb")
			.param("unit", unitId)
			.param("q", query == null ? "" : query.trim())
			.param("conserved", conserved)
			.query(Accessions::map)
			.list()
			.stream()
			.filter(a -> access.canRead(a.orgUnitId(), a.visibility()))
			.toList();
		int from = Math.min(Math.max(page, 0) * PAGE_SIZE, all.size());
		return new Page(all.subList(from, Math.min(from + PAGE_SIZE, all.size())), all.size(), Math.max(page, 0));
	}

	/** The readable accessions of the unit's subtree, for export. */
	public List<Accession> readable(long unitId) {
		return jdbc.sql("select " + COLUMNS + """
				 from genebank_accession a join org_unit u on u.id = a.org_unit_id
				where u.path <@ (select path from org_unit where id = :unit) order by a.instcode, a.accenumb
				""").param("unit", unitId).query(Accessions::map).list().stream()
			.filter(a -> access.canRead(a.orgUnitId(), a.visibility()))
			.toList();
	}

	/**
	 * Records a new accession.
	 *
	 * @throws InvalidInputException for the first problem of {@link #check} (argument 0: the field), or
	 * {@code genebank.error.duplicate} when the institute has the number already
	 */
	@Transactional
	public Accession create(AccessionInput input) {
		access.requireCreator();
		access.requireWritable(input.orgUnitId(), input.ownerAgencyId(), "org unit " + input.orgUnitId());
		validate(input);
		Map<String, Object> params = params(input);
		String cols = Mcpd.FIELDS.stream().map(String::toLowerCase).collect(Collectors.joining(", "));
		String values = Mcpd.FIELDS.stream().map(Accessions::placeholder).collect(Collectors.joining(", "));
		long id;
		try {
			id = jdbc.sql("insert into genebank_accession (org_unit_id, owner_agency_id, visibility, name_vi, "
					+ "programme, withdrawn_on, " + cols + ") values (:unit, :owner, :visibility, :nameVi, "
					+ ":programme, :withdrawnOn, " + values + ") returning id")
				.params(params)
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException e) {
			throw duplicate(input);
		}
		Accession created = getUnchecked(id);
		audit.record("CREATE", ENTITY_TYPE, id, created.orgUnitId(), null, created.auditState());
		indexPut(created);
		return created;
	}

	/** Changes an accession at the version the user saw; its unit stays. */
	@Transactional
	public Accession update(long id, int rowVersion, AccessionInput input) {
		Accession before = get(id);
		access.requireWritable(before.orgUnitId(), before.ownerAgencyId(), "accession " + id);
		AccessionInput moved = new AccessionInput(before.orgUnitId(), input.ownerAgencyId(), input.visibility(),
				input.nameVi(), input.programme(), input.withdrawnOn(), input.mcpd());
		if (moved.ownerAgencyId() != null && !moved.ownerAgencyId().equals(before.ownerAgencyId())) {
			access.requireWritable(before.orgUnitId(), moved.ownerAgencyId(), "agency " + moved.ownerAgencyId());
		}
		validate(moved);
		Map<String, Object> params = params(moved);
		params.put("id", id);
		params.put("version", rowVersion);
		String sets = Mcpd.FIELDS.stream().map(f -> f.toLowerCase() + " = " + placeholder(f))
			.collect(Collectors.joining(", "));
		int rows;
		try {
			rows = jdbc.sql("update genebank_accession set owner_agency_id = :owner, visibility = :visibility, "
					+ "name_vi = :nameVi, programme = :programme, withdrawn_on = :withdrawnOn, " + sets
					+ ", row_version = row_version + 1 where id = :id and row_version = :version")
				.params(params)
				.update();
		}
		catch (DuplicateKeyException e) {
			throw duplicate(moved);
		}
		if (rows != 1) {
			throw new OptimisticLockingFailureException("accession " + id + " changed since version " + rowVersion);
		}
		Accession after = getUnchecked(id);
		audit.record("UPDATE", ENTITY_TYPE, id, after.orgUnitId(), before.auditState(), after.auditState());
		indexPut(after);
		return after;
	}

	@Transactional
	public void delete(long id, int rowVersion) {
		Accession before = get(id);
		access.requireWritable(before.orgUnitId(), before.ownerAgencyId(), "accession " + id);
		int rows = jdbc.sql("delete from genebank_accession where id = :id and row_version = :version")
			.param("id", id)
			.param("version", rowVersion)
			.update();
		if (rows != 1) {
			throw new OptimisticLockingFailureException("accession " + id + " changed since version " + rowVersion);
		}
		audit.record("DELETE", ENTITY_TYPE, id, before.orgUnitId(), before.auditState(), null);
		index.remove(RegistryKind.ACCESSION, id);
	}

	/** The MCPD CSV (comma-separated, standard headers, UTF-8) of the readable accessions of the subtree. */
	public String mcpdCsv(long unitId) {
		StringBuilder out = new StringBuilder(String.join(",", Mcpd.FIELDS)).append("\r\n");
		for (Accession a : readable(unitId)) {
			out.append(Mcpd.FIELDS.stream().map(f -> Csv.quote(a.get(f))).collect(Collectors.joining(",")))
				.append("\r\n");
		}
		return out.toString();
	}

	private void validate(AccessionInput input) {
		List<Problem> problems = check(input);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems.get(0).messageKey(), problems.get(0).args());
		}
		if (input.visibility() == null) {
			throw new InvalidInputException("genebank.error.visibility");
		}
	}

	private InvalidInputException duplicate(AccessionInput input) {
		return new InvalidInputException("genebank.error.duplicate", input.get("ACCENUMB"), input.get("INSTCODE"));
	}

	private void indexPut(Accession a) {
		String summary = java.util.stream.Stream.of(a.get("GENUS"), a.get("SPECIES"), a.get("CROPNAME"),
				a.get("ACCENUMB"), a.get("INSTCODE"))
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.joining(" "));
		index.put(RegistryKind.ACCESSION, a.id(), a.orgUnitId(), null, a.title(), summary, a.visibility());
	}

	private Accession getUnchecked(long id) {
		return jdbc.sql("select " + COLUMNS + " from genebank_accession a where a.id = :id")
			.param("id", id)
			.query(Accessions::map)
			.single();
	}

	private static String placeholder(String field) {
		if (field.equals("ELEVATION")) {
			return "cast(:" + field + " as integer)";
		}
		return NUMERIC.contains(field) ? "cast(:" + field + " as numeric)" : ":" + field;
	}

	private static Map<String, Object> params(AccessionInput input) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("unit", input.orgUnitId());
		params.put("owner", input.ownerAgencyId());
		params.put("visibility", input.visibility() == null ? null : input.visibility().name());
		params.put("nameVi", input.nameVi());
		params.put("programme", input.programme());
		params.put("withdrawnOn", input.withdrawnOn());
		for (String f : Mcpd.FIELDS) {
			params.put(f, input.get(f));
		}
		return params;
	}

	private static Accession map(ResultSet rs, int row) throws SQLException {
		Map<String, String> mcpd = new LinkedHashMap<>();
		for (String f : Mcpd.FIELDS) {
			String v = rs.getString(f.toLowerCase());
			if (v != null) {
				mcpd.put(f, v);
			}
		}
		long owner = rs.getLong("owner_agency_id");
		Long ownerId = rs.wasNull() ? null : owner;
		java.sql.Date withdrawn = rs.getDate("withdrawn_on");
		LocalDate withdrawnOn = withdrawn == null ? null : withdrawn.toLocalDate();
		return new Accession(rs.getLong("id"), rs.getLong("org_unit_id"), ownerId,
				Visibility.valueOf(rs.getString("visibility")), rs.getString("name_vi"), rs.getString("programme"),
				withdrawnOn, mcpd, rs.getInt("row_version"));
	}

	/** One page of a search and the number of all matches. */
	public record Page(List<Accession> items, int total, int page) {

		public int pages() {
			return (total + PAGE_SIZE - 1) / PAGE_SIZE;
		}

	}

}
