package vn.trienkhai.registry.enterprise;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

/** The application-model registry: audit, optimistic locking and the search index in the save's transaction. */
@Service
class ApplicationModels {

	static final String ENTITY_TYPE = "application_model";

	private static final String COLUMNS = """
			m.id, m.name, m.field, m.place, m.org_unit_id, m.owner_agency_id, m.scale, m.scale_quantity, m.year,
			m.results, m.exemplary, m.visibility, m.row_version""";

	private static final String TEXT = "(m.name || ' ' || coalesce(m.place, '') || ' ' || coalesce(m.results, ''))";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final SearchIndex index;

	ApplicationModels(JdbcClient jdbc, AuditLog audit, SearchIndex index) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.index = index;
	}

	Optional<ApplicationModel> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from application_model m where m.id = :id").param("id", id)
			.query(ApplicationModels::map).optional();
	}

	ApplicationModel get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("application model " + id));
	}

	List<ApplicationModel> list(ListFilter filter) {
		return jdbc.sql("select " + COLUMNS + " from application_model m join org_unit u on u.id = m.org_unit_id"
				+ filter.where("m", "(:field = '' or m.field = :field)", TEXT) + " order by m.name, m.id limit :limit offset :offset")
			.params(filter.params()).query(ApplicationModels::map).list();
	}

	long count(ListFilter filter) {
		return jdbc.sql("select count(*) from application_model m join org_unit u on u.id = m.org_unit_id"
				+ filter.where("m", "(:field = '' or m.field = :field)", TEXT))
			.params(filter.params()).query(Long.class).single();
	}

	@Transactional
	ApplicationModel create(ApplicationModel model) {
		ApplicationModel clean = validate(model);
		long id = jdbc.sql("""
				insert into application_model (name, field, place, org_unit_id, owner_agency_id, scale, scale_quantity,
				    year, results, exemplary, visibility)
				values (:name, :field, :place, :unit, :agency, :scale, :quantity, :year, :results, :exemplary, :visibility)
				returning id""")
			.params(params(clean)).query(Long.class).single();
		ApplicationModel created = get(id);
		audit.record("CREATE", ENTITY_TYPE, id, created.orgUnitId(), null, created.auditState());
		indexIt(created);
		return created;
	}

	@Transactional
	ApplicationModel update(ApplicationModel model) {
		ApplicationModel before = get(model.id());
		ApplicationModel clean = validate(model);
		int rows = jdbc.sql("""
				update application_model set name = :name, field = :field, place = :place, org_unit_id = :unit,
				    owner_agency_id = :agency, scale = :scale, scale_quantity = :quantity, year = :year,
				    results = :results, exemplary = :exemplary, visibility = :visibility, row_version = row_version + 1
				 where id = :id and row_version = :version""")
			.params(params(clean)).param("id", model.id()).param("version", model.rowVersion()).update();
		if (rows != 1) {
			throw new OptimisticLockingFailureException("application model " + model.id() + " was changed by someone else");
		}
		ApplicationModel after = get(model.id());
		audit.record("UPDATE", ENTITY_TYPE, after.id(), after.orgUnitId(), before.auditState(), after.auditState());
		indexIt(after);
		return after;
	}

	@Transactional
	void delete(long id, int rowVersion) {
		ApplicationModel before = get(id);
		if (jdbc.sql("delete from application_model where id = :id and row_version = :version").param("id", id)
			.param("version", rowVersion).update() != 1) {
			throw new OptimisticLockingFailureException("application model " + id + " was changed by someone else");
		}
		audit.record("DELETE", ENTITY_TYPE, id, before.orgUnitId(), before.auditState(), null);
		index.remove(RegistryKind.APPLICATION_MODEL, id);
	}

	static ApplicationModel validate(ApplicationModel m) {
		String name = trim(m.name());
		if (name == null) {
			throw new FieldInputException("name", "registry.error.name.blank");
		}
		int thisYear = Year.now().getValue();
		if (m.year() != null && (m.year() < 1900 || m.year() > thisYear)) {
			throw new FieldInputException("year", "registry.model.error.year", thisYear);
		}
		if (m.scaleQuantity() != null && m.scaleQuantity().signum() < 0) {
			throw new FieldInputException("scaleQuantity", "registry.model.error.quantity");
		}
		return new ApplicationModel(m.id(), name, m.field(), trim(m.place()), m.orgUnitId(), m.ownerAgencyId(),
				trim(m.scale()), m.scaleQuantity(), m.year(), trim(m.results()), m.exemplary(),
				m.visibility() == null ? Visibility.PUBLIC : m.visibility(), m.rowVersion());
	}

	private void indexIt(ApplicationModel m) {
		String summary = String.join(" ", m.place() == null ? "" : m.place(), m.scale() == null ? "" : m.scale(),
				m.results() == null ? "" : m.results()).trim();
		index.put(RegistryKind.APPLICATION_MODEL, m.id(), m.orgUnitId(), m.field(), m.name(), summary, m.visibility());
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static Map<String, Object> params(ApplicationModel m) {
		Map<String, Object> p = new HashMap<>();
		p.put("name", m.name());
		p.put("field", m.field() == null ? null : m.field().name());
		p.put("place", m.place());
		p.put("unit", m.orgUnitId());
		p.put("agency", m.ownerAgencyId());
		p.put("scale", m.scale());
		p.put("quantity", m.scaleQuantity());
		p.put("year", m.year());
		p.put("results", m.results());
		p.put("exemplary", m.exemplary());
		p.put("visibility", m.visibility().name());
		return p;
	}

	private static ApplicationModel map(ResultSet rs, int n) throws SQLException {
		String field = rs.getString("field");
		return new ApplicationModel(rs.getLong("id"), rs.getString("name"), field == null ? null : BiotechField.valueOf(field),
				rs.getString("place"), rs.getLong("org_unit_id"), (Long) rs.getObject("owner_agency_id"), rs.getString("scale"),
				rs.getBigDecimal("scale_quantity"), (Integer) rs.getObject("year"), rs.getString("results"),
				rs.getBoolean("exemplary"), Visibility.valueOf(rs.getString("visibility")), rs.getInt("row_version"));
	}

}
