package vn.trienkhai.registry.enterprise;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.trienkhai.audit.AuditLog;
import vn.trienkhai.platform.NotFoundException;
import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.RegistryKind;
import vn.trienkhai.registry.Visibility;
import vn.trienkhai.registry.shared.SearchIndex;
import vn.trienkhai.registry.shared.ListFilter;
import vn.trienkhai.registry.shared.FieldInputException;

/**
 * The enterprise registry: validation (tax code check digit and uniqueness, founding year, yearly figures),
 * optimistic locking, audit and the search index, all in one transaction. Callers check access
 * ({@code RegistryAccess}) first.
 */
@Service
class Enterprises {

	static final String ENTITY_TYPE = "enterprise";

	private static final String COLUMNS = """
			e.id, e.tax_code, e.name, e.address, e.org_unit_id, e.owner_agency_id, e.fields, e.size,
			e.founding_year, e.status, e.visibility, e.row_version""";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final SearchIndex index;

	Enterprises(JdbcClient jdbc, AuditLog audit, SearchIndex index) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.index = index;
	}

	Optional<Enterprise> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from enterprise e where e.id = :id").param("id", id)
			.query(Enterprises::map).optional();
	}

	Enterprise get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("enterprise " + id));
	}

	Optional<Enterprise> findByTaxCode(String taxCode) {
		return jdbc.sql("select " + COLUMNS + " from enterprise e where e.tax_code = :code").param("code", taxCode)
			.query(Enterprises::map).optional();
	}

	/**
	 * One page of the enterprises of the unit's subtree the reader may see: public ones, and internal ones of
	 * units within the reader's scope.
	 */
	List<Enterprise> list(ListFilter filter) {
		return jdbc.sql("select " + COLUMNS + " from enterprise e join org_unit u on u.id = e.org_unit_id"
				+ filter.where("e", "(:field = '' or :field = any(e.fields))",
						"(e.name || ' ' || e.tax_code || ' ' || coalesce(e.address, ''))")
				+ " order by e.name, e.id limit :limit offset :offset")
			.params(filter.params())
			.query(Enterprises::map).list();
	}

	long count(ListFilter filter) {
		return jdbc.sql("select count(*) from enterprise e join org_unit u on u.id = e.org_unit_id"
				+ filter.where("e", "(:field = '' or :field = any(e.fields))",
						"(e.name || ' ' || e.tax_code || ' ' || coalesce(e.address, ''))"))
			.params(filter.params()).query(Long.class).single();
	}

	/**
	 * Records a new enterprise.
	 *
	 * @throws FieldInputException {@code registry.enterprise.error.taxCode.invalid} / {@code .duplicate}
	 * (argument: the existing enterprise's name), {@code registry.enterprise.error.name.blank},
	 * {@code registry.enterprise.error.foundingYear}
	 */
	@Transactional
	Enterprise create(Enterprise e) {
		Enterprise clean = validate(e);
		requireUniqueTaxCode(clean.taxCode(), null);
		long id;
		try {
			id = jdbc.sql("""
					insert into enterprise (tax_code, name, address, org_unit_id, owner_agency_id, fields, size,
					    founding_year, status, visibility)
					values (:taxCode, :name, :address, :unit, :agency, string_to_array(:fields, ','), :size, :year,
					    :status, :visibility) returning id""")
				.params(params(clean)).query(Long.class).single();
		}
		catch (DuplicateKeyException ex) {
			// a concurrent save of the same tax code won the unique index
			throw duplicate(clean.taxCode());
		}
		Enterprise created = get(id);
		audit.record("CREATE", ENTITY_TYPE, id, created.orgUnitId(), null, created.auditState());
		indexIt(created);
		return created;
	}

	/** Saves the changes of a record read at {@code e.rowVersion()}; 409 when someone saved it since. */
	@Transactional
	Enterprise update(Enterprise e) {
		Enterprise before = get(e.id());
		Enterprise clean = validate(e);
		requireUniqueTaxCode(clean.taxCode(), e.id());
		int rows;
		try {
			rows = jdbc.sql("""
					update enterprise set tax_code = :taxCode, name = :name, address = :address, org_unit_id = :unit,
					    owner_agency_id = :agency, fields = string_to_array(:fields, ','), size = :size,
					    founding_year = :year, status = :status, visibility = :visibility, row_version = row_version + 1
					 where id = :id and row_version = :version""")
				.params(params(clean)).param("id", e.id()).param("version", e.rowVersion()).update();
		}
		catch (DuplicateKeyException ex) {
			throw duplicate(clean.taxCode());
		}
		if (rows != 1) {
			throw new OptimisticLockingFailureException("enterprise " + e.id() + " was changed by someone else");
		}
		Enterprise after = get(e.id());
		audit.record("UPDATE", ENTITY_TYPE, e.id(), after.orgUnitId(), before.auditState(), after.auditState());
		indexIt(after);
		return after;
	}

	@Transactional
	void delete(long id, int rowVersion) {
		Enterprise before = get(id);
		jdbc.sql("update product set producer_enterprise_id = null where producer_enterprise_id = :id").param("id", id).update();
		if (jdbc.sql("delete from enterprise where id = :id and row_version = :version").param("id", id)
			.param("version", rowVersion).update() != 1) {
			throw new OptimisticLockingFailureException("enterprise " + id + " was changed by someone else");
		}
		audit.record("DELETE", ENTITY_TYPE, id, before.orgUnitId(), before.auditState(), null);
		index.remove(RegistryKind.ENTERPRISE, id);
	}

	List<Enterprise.Year> years(long enterpriseId) {
		return jdbc.sql("select year, revenue, biotech_revenue, employees from enterprise_year where enterprise_id = :id order by year")
			.param("id", enterpriseId)
			.query((rs, n) -> new Enterprise.Year(rs.getInt(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
					(Integer) rs.getObject(4)))
			.list();
	}

	/**
	 * Records or replaces the figures of a year.
	 *
	 * @throws FieldInputException {@code registry.enterprise.error.year.*} for a year outside 1900..this
	 * year, a negative figure or biotech revenue above revenue
	 */
	@Transactional
	void putYear(long enterpriseId, Enterprise.Year y) {
		Enterprise e = get(enterpriseId);
		if (y.year() < 1900 || y.year() > Year.now().getValue()) {
			throw new FieldInputException("year", "registry.enterprise.error.year.range", Year.now().getValue());
		}
		if (negative(y.revenue()) || negative(y.biotechRevenue()) || (y.employees() != null && y.employees() < 0)) {
			throw new FieldInputException("revenue", "registry.enterprise.error.year.negative");
		}
		if (y.revenue() != null && y.biotechRevenue() != null && y.biotechRevenue().compareTo(y.revenue()) > 0) {
			throw new FieldInputException("biotechRevenue", "registry.enterprise.error.year.biotechAboveRevenue");
		}
		jdbc.sql("""
				insert into enterprise_year (enterprise_id, year, revenue, biotech_revenue, employees)
				values (:id, :year, :revenue, :biotech, :employees)
				on conflict (enterprise_id, year) do update set revenue = excluded.revenue,
				    biotech_revenue = excluded.biotech_revenue, employees = excluded.employees""")
			.param("id", enterpriseId).param("year", y.year()).param("revenue", y.revenue())
			.param("biotech", y.biotechRevenue()).param("employees", y.employees()).update();
		audit.record("UPDATE", ENTITY_TYPE, enterpriseId, e.orgUnitId(), null,
				Map.of("year", y.year(), "revenue", String.valueOf(y.revenue()),
						"biotechRevenue", String.valueOf(y.biotechRevenue()), "employees", String.valueOf(y.employees())));
	}

	@Transactional
	void removeYear(long enterpriseId, int year) {
		Enterprise e = get(enterpriseId);
		if (jdbc.sql("delete from enterprise_year where enterprise_id = :id and year = :year").param("id", enterpriseId)
			.param("year", year).update() == 1) {
			audit.record("UPDATE", ENTITY_TYPE, enterpriseId, e.orgUnitId(), Map.of("year", year), null);
		}
	}

	/** The record trimmed and checked, or the first broken rule. */
	static Enterprise validate(Enterprise e) {
		TaxCode taxCode = TaxCode.parse(e.taxCode());
		if (taxCode == null) {
			throw new FieldInputException("taxCode", "registry.enterprise.error.taxCode.invalid");
		}
		String name = e.name() == null ? "" : e.name().trim();
		if (name.isEmpty()) {
			throw new FieldInputException("name", "registry.error.name.blank");
		}
		int thisYear = Year.now().getValue();
		if (e.foundingYear() != null && (e.foundingYear() < 1900 || e.foundingYear() > thisYear)) {
			throw new FieldInputException("foundingYear", "registry.enterprise.error.foundingYear", thisYear);
		}
		String address = e.address() == null || e.address().isBlank() ? null : e.address().trim();
		List<BiotechField> fields = e.fields() == null ? List.of() : e.fields().stream().distinct().toList();
		return new Enterprise(e.id(), taxCode.value(), name, address, e.orgUnitId(), e.ownerAgencyId(), fields,
				e.size(), e.foundingYear(), e.status() == null ? Enterprise.Status.ACTIVE : e.status(),
				e.visibility() == null ? Visibility.PUBLIC : e.visibility(), e.rowVersion());
	}

	private void requireUniqueTaxCode(String taxCode, Long exceptId) {
		Optional<Enterprise> existing = findByTaxCode(taxCode);
		if (existing.isPresent() && !existing.get().id().equals(exceptId)) {
			throw new FieldInputException("taxCode", "registry.enterprise.error.taxCode.duplicate", existing.get().name());
		}
	}

	private FieldInputException duplicate(String taxCode) {
		return new FieldInputException("taxCode", "registry.enterprise.error.taxCode.duplicate",
				findByTaxCode(taxCode).map(Enterprise::name).orElse(taxCode));
	}

	private void indexIt(Enterprise e) {
		String summary = String.join(" ", e.taxCode(), e.address() == null ? "" : e.address());
		index.put(RegistryKind.ENTERPRISE, e.id(), e.orgUnitId(), e.fields().isEmpty() ? null : e.fields().get(0),
				e.name(), summary.trim(), e.visibility());
	}

	private static boolean negative(java.math.BigDecimal value) {
		return value != null && value.signum() < 0;
	}

	private static Map<String, Object> params(Enterprise e) {
		Map<String, Object> p = new java.util.HashMap<>();
		p.put("taxCode", e.taxCode());
		p.put("name", e.name());
		p.put("address", e.address());
		p.put("unit", e.orgUnitId());
		p.put("agency", e.ownerAgencyId());
		p.put("fields", String.join(",", e.fields().stream().map(Enum::name).toList()));
		p.put("size", e.size() == null ? null : e.size().name());
		p.put("year", e.foundingYear());
		p.put("status", e.status().name());
		p.put("visibility", e.visibility().name());
		return p;
	}

	private static Enterprise map(ResultSet rs, int n) throws SQLException {
		Array array = rs.getArray("fields");
		List<BiotechField> fields = new ArrayList<>();
		if (array != null) {
			Arrays.stream((String[]) array.getArray()).map(BiotechField::valueOf).forEach(fields::add);
		}
		String size = rs.getString("size");
		return new Enterprise(rs.getLong("id"), rs.getString("tax_code"), rs.getString("name"), rs.getString("address"),
				rs.getLong("org_unit_id"), (Long) rs.getObject("owner_agency_id"), List.copyOf(fields),
				size == null ? null : Enterprise.Size.valueOf(size), (Integer) rs.getObject("founding_year"),
				Enterprise.Status.valueOf(rs.getString("status")), Visibility.valueOf(rs.getString("visibility")),
				rs.getInt("row_version"));
	}

}
