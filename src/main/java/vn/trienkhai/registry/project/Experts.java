package vn.trienkhai.registry.project;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.trienkhai.audit.AuditLog;
import vn.trienkhai.platform.NotFoundException;
import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.RegistryKind;
import vn.trienkhai.registry.Visibility;
import vn.trienkhai.registry.shared.FieldInputException;
import vn.trienkhai.registry.shared.ListFilter;
import vn.trienkhai.registry.shared.SearchIndex;

/**
 * Experts: writes audited and indexed; the e-mail and phone reach the search index only with the expert's
 * consent. Access is checked by the callers (pages, import), which know the user.
 */
@Service
class Experts {

	static final String ENTITY_TYPE = "EXPERT";

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 .-]{8,15}$");

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final SearchIndex index;

	Experts(JdbcClient jdbc, AuditLog audit, SearchIndex index) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.index = index;
	}

	Expert get(long id) {
		return jdbc.sql("select * from expert where id = :id").param("id", id).query(Experts::map).optional()
			.orElseThrow(() -> new NotFoundException("expert " + id));
	}

	List<Expert> list(ListFilter filter) {
		return jdbc.sql("select e.* from expert e join org_unit u on u.id = e.org_unit_id" + where(filter)
				+ " order by e.name, e.id limit :limit offset :offset")
			.params(filter.params()).query(Experts::map).list();
	}

	long count(ListFilter filter) {
		return jdbc.sql("select count(*) from expert e join org_unit u on u.id = e.org_unit_id" + where(filter))
			.params(filter.params()).query(Long.class).single();
	}

	private static String where(ListFilter filter) {
		return filter.where("e", "(:field = '' or (',' || e.fields || ',') like '%,' || :field || ',%')",
				"e.name || ' ' || coalesce(e.organisation, '') || ' ' || coalesce(e.specialisation, '')");
	}

	/** @throws FieldInputException naming the form field whose value breaks a rule */
	@Transactional
	Expert create(Expert e) {
		Expert clean = validate(e);
		long id = jdbc.sql("""
				insert into expert (org_unit_id, owner_agency_id, name, fields, organisation, degree, specialisation, email,
				    phone, contact_consent, visibility)
				values (:unit, :agency, :name, :fields, :organisation, :degree, :specialisation, :email, :phone, :consent,
				    :visibility) returning id""")
			.params(params(clean)).query(Long.class).single();
		Expert created = get(id);
		audit.record("CREATE", ENTITY_TYPE, id, created.orgUnitId(), null, created.auditState());
		indexIt(created);
		return created;
	}

	@Transactional
	Expert update(Expert e) {
		Expert before = get(e.id());
		Expert clean = validate(e);
		if (jdbc.sql("""
				update expert set org_unit_id = :unit, owner_agency_id = :agency, name = :name, fields = :fields,
				    organisation = :organisation, degree = :degree, specialisation = :specialisation, email = :email,
				    phone = :phone, contact_consent = :consent, visibility = :visibility, row_version = row_version + 1
				 where id = :id and row_version = :version""")
			.params(params(clean)).param("id", e.id()).param("version", e.rowVersion()).update() != 1) {
			throw new OptimisticLockingFailureException("expert " + e.id() + " was changed by someone else");
		}
		Expert after = get(e.id());
		audit.record("UPDATE", ENTITY_TYPE, e.id(), after.orgUnitId(), before.auditState(), after.auditState());
		indexIt(after);
		return after;
	}

	@Transactional
	void delete(long id, int rowVersion) {
		Expert before = get(id);
		if (jdbc.sql("delete from expert where id = :id and row_version = :v").param("id", id).param("v", rowVersion)
			.update() != 1) {
			throw new OptimisticLockingFailureException("expert " + id + " was changed by someone else");
		}
		audit.record("DELETE", ENTITY_TYPE, id, before.orgUnitId(), before.auditState(), null);
		index.remove(RegistryKind.EXPERT, id);
	}

	static Expert validate(Expert e) {
		String name = trim(e.name());
		if (name == null) {
			throw new FieldInputException("name", "registry.error.name.blank");
		}
		if (name.length() > 200) {
			throw new FieldInputException("name", "registry.project.error.titleLong", 200);
		}
		if (e.fields() == null || e.fields().isEmpty()) {
			throw new FieldInputException("fields", "registry.expert.error.fields");
		}
		String email = trim(e.email());
		if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
			throw new FieldInputException("email", "registry.expert.error.email");
		}
		String phone = trim(e.phone());
		if (phone != null && !PHONE.matcher(phone).matches()) {
			throw new FieldInputException("phone", "registry.expert.error.phone");
		}
		return new Expert(e.id(), e.orgUnitId(), e.ownerAgencyId(), name, List.copyOf(e.fields()),
				cut(e.organisation(), 300), e.degree(), cut(e.specialisation(), 300), email, phone, e.contactConsent(),
				e.visibility() == null ? Visibility.INTERNAL : e.visibility(), e.rowVersion());
	}

	private void indexIt(Expert e) {
		StringBuilder summary = new StringBuilder(nz(e.organisation())).append(' ').append(nz(e.specialisation()));
		if (e.contactConsent()) {
			summary.append(' ').append(nz(e.email())).append(' ').append(nz(e.phone()));
		}
		index.put(RegistryKind.EXPERT, e.id(), e.orgUnitId(), e.mainField(), e.name(), summary.toString().trim(),
				e.visibility());
	}

	private static Map<String, Object> params(Expert e) {
		Map<String, Object> m = new HashMap<>();
		m.put("unit", e.orgUnitId());
		m.put("agency", e.ownerAgencyId());
		m.put("name", e.name());
		m.put("fields", e.fields().stream().map(Enum::name).collect(Collectors.joining(",")));
		m.put("organisation", e.organisation());
		m.put("degree", e.degree() == null ? null : e.degree().name());
		m.put("specialisation", e.specialisation());
		m.put("email", e.email());
		m.put("phone", e.phone());
		m.put("consent", e.contactConsent());
		m.put("visibility", e.visibility().name());
		return m;
	}

	private static Expert map(ResultSet rs, int n) throws SQLException {
		String degree = rs.getString("degree");
		List<BiotechField> fields = Arrays.stream(rs.getString("fields").split(",")).filter(s -> !s.isBlank())
			.map(BiotechField::valueOf).toList();
		return new Expert(rs.getLong("id"), rs.getLong("org_unit_id"), rs.getObject("owner_agency_id", Long.class),
				rs.getString("name"), fields, rs.getString("organisation"),
				degree == null ? null : Expert.Degree.valueOf(degree), rs.getString("specialisation"), rs.getString("email"),
				rs.getString("phone"), rs.getBoolean("contact_consent"), Visibility.valueOf(rs.getString("visibility")),
				rs.getInt("row_version"));
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static String cut(String s, int max) {
		String t = trim(s);
		return t == null || t.length() <= max ? t : t.substring(0, max);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
