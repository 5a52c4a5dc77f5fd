package vn.trienkhai.registry.project;

import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.trienkhai.audit.AuditLog;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.RegistryKind;
import vn.trienkhai.registry.Visibility;
import vn.trienkhai.registry.shared.RegistryAccess;
import vn.trienkhai.registry.shared.SearchIndex;

/** Experts; an expert's e-mail and phone reach the search index only with the expert's consent. */
@Service
class Experts {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 .-]{8,15}$");

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final SearchIndex index;
	private final RegistryAccess access;

	Experts(JdbcClient jdbc, AuditLog audit, SearchIndex index, RegistryAccess access) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.index = index;
		this.access = access;
	}

	@Transactional
	long create(long orgUnitId, Long ownerAgencyId, String name, BiotechField field, String organisation,
			String degree, String email, String phone, boolean consent, Visibility visibility) {
		access.requireWritable(orgUnitId, ownerAgencyId, "expert");
		if (email != null && !email.isBlank() && !EMAIL.matcher(email).matches()) {
			throw new InvalidInputException("registry.expert.error.email");
		}
		if (phone != null && !phone.isBlank() && !PHONE.matcher(phone).matches()) {
			throw new InvalidInputException("registry.expert.error.phone");
		}
		long id = jdbc.sql("""
				insert into expert (org_unit_id, owner_agency_id, name, fields, organisation, degree, email, phone,
				    contact_consent, visibility) values (:u, :a, :n, :f, :o, :d, :e, :p, :c, :v) returning id""")
			.param("u", orgUnitId).param("a", ownerAgencyId).param("n", name).param("f", field.name())
			.param("o", organisation).param("d", degree).param("e", email).param("p", phone).param("c", consent)
			.param("v", visibility.name())
			.query(Long.class).single();
		String summary = organisation == null ? "" : organisation;
		if (consent) {
			summary = summary + " " + (email == null ? "" : email) + " " + (phone == null ? "" : phone);
		}
		index.put(RegistryKind.EXPERT, id, orgUnitId, field, name, summary.trim(), visibility);
		audit.record("CREATE", "EXPERT", id, orgUnitId, null, Map.of("name", name, "consent", consent));
		return id;
	}

}
