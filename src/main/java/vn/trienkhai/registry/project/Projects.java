package vn.trienkhai.registry.project;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.trienkhai.audit.AuditLog;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.NotFoundException;
import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.RegistryKind;
import vn.trienkhai.registry.Visibility;
import vn.trienkhai.registry.shared.RegistryAccess;
import vn.trienkhai.registry.shared.SearchIndex;

/** S&T projects: writes audited, indexed for search in the same transaction, lifecycle enforced. */
@Service
class Projects {

	static final String ENTITY_TYPE = "PROJECT";

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final SearchIndex index;
	private final RegistryAccess access;

	Projects(JdbcClient jdbc, AuditLog audit, SearchIndex index, RegistryAccess access) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.index = index;
		this.access = access;
	}

	@Transactional
	long create(long orgUnitId, Long ownerAgencyId, String code, String title, String kind, String level,
			BiotechField field, LocalDate start, LocalDate end, Visibility visibility) {
		access.requireWritable(orgUnitId, ownerAgencyId, "project");
		if (start != null && end != null && start.isAfter(end)) {
			throw new InvalidInputException("registry.project.error.period");
		}
		if (jdbc.sql("select count(*) from project where org_unit_id = :u and code = :c")
			.param("u", orgUnitId).param("c", code).query(Long.class).single() > 0) {
			throw new InvalidInputException("registry.project.error.codeTaken", code);
		}
		long id = jdbc.sql("""
				insert into project (org_unit_id, owner_agency_id, code, title, kind, level, field, period_start,
				    period_end, visibility) values (:u, :a, :code, :title, :kind, :level, :field, :s, :e, :v)
				returning id""")
			.param("u", orgUnitId).param("a", ownerAgencyId).param("code", code).param("title", title)
			.param("kind", kind).param("level", level).param("field", field.name()).param("s", start)
			.param("e", end).param("v", visibility.name())
			.query(Long.class).single();
		index.put(RegistryKind.PROJECT, id, orgUnitId, field, title, code, visibility);
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("code", code);
		state.put("title", title);
		state.put("status", ProjectStatus.PROPOSED.name());
		audit.record("CREATE", ENTITY_TYPE, id, orgUnitId, null, state);
		return id;
	}

	/** Moves the project one step; acceptance needs its date, applying needs where. */
	@Transactional
	void transition(long id, ProjectStatus target, LocalDate acceptanceDate, String rating, String appliedWhere) {
		Map<String, Object> row = jdbc.sql("select org_unit_id, owner_agency_id, status from project where id = :id")
			.param("id", id).query().listOfRows().stream().findFirst()
			.orElseThrow(() -> new NotFoundException("project " + id));
		long unit = ((Number) row.get("org_unit_id")).longValue();
		Long agency = row.get("owner_agency_id") == null ? null : ((Number) row.get("owner_agency_id")).longValue();
		access.requireWritable(unit, agency, "project");
		ProjectStatus from = ProjectStatus.valueOf((String) row.get("status"));
		if (!from.canMoveTo(target)) {
			throw new InvalidInputException("registry.project.error.transition", from.name(), target.name());
		}
		if (target == ProjectStatus.ACCEPTED && acceptanceDate == null) {
			throw new InvalidInputException("registry.project.error.acceptanceDate");
		}
		if (target == ProjectStatus.APPLIED && (appliedWhere == null || appliedWhere.isBlank())) {
			throw new InvalidInputException("registry.project.error.appliedWhere");
		}
		jdbc.sql("""
				update project set status = :to, row_version = row_version + 1,
				    acceptance_date = coalesce(:d, acceptance_date), acceptance_rating = coalesce(:r, acceptance_rating),
				    applied_where = coalesce(:w, applied_where)
				 where id = :id and status = :from""")
			.param("to", target.name()).param("d", acceptanceDate).param("r", rating).param("w", appliedWhere)
			.param("id", id).param("from", from.name()).update();
		jdbc.sql("insert into project_transition (project_id, from_status, to_status, actor) values (:id, :f, :t, :a)")
			.param("id", id).param("f", from.name()).param("t", target.name()).param("a", CurrentUser.actorName())
			.update();
		audit.record("TRANSITION", ENTITY_TYPE, id, unit, Map.of("status", from.name()), Map.of("status", target.name()));
	}

	String status(long id) {
		return jdbc.sql("select status from project where id = :id").param("id", id).query(String.class).single();
	}

}
