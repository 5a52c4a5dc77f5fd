package vn.trienkhai.registry.project;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
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
import vn.trienkhai.registry.shared.FieldInputException;
import vn.trienkhai.registry.shared.ListFilter;
import vn.trienkhai.registry.shared.SearchIndex;

/**
 * S&amp;T projects: writes audited and indexed for search in the same transaction, one code per unit, the
 * lifecycle one step at a time with its history. Access is checked by the callers (pages, import), which know
 * the user; the service keeps the data right.
 */
@Service
class Projects {

	static final String ENTITY_TYPE = "PROJECT";

	/** Codes as the departments write them: "ĐTCS.2025.03", "KC-12/21-30", "DA 01". */
	private static final Pattern CODE = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} ./_-]{0,59}$");

	private static final String SELECT = """
			select p.*, (select coalesce(json_object_agg(b.source, b.amount), '{}') from project_budget b
			              where b.project_id = p.id)::text as budget_json
			  from project p""";

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final SearchIndex index;

	Projects(JdbcClient jdbc, AuditLog audit, SearchIndex index) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.index = index;
	}

	Project get(long id) {
		return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(Projects::map).optional()
			.orElseThrow(() -> new NotFoundException("project " + id));
	}

	List<Project> list(ListFilter filter, ProjectStatus status) {
		return jdbc.sql(SELECT + " join org_unit u on u.id = p.org_unit_id" + where(filter)
				+ " and (:status = '' or p.status = :status)"
				+ " order by coalesce(p.period_start, '9999-01-01') desc, p.code limit :limit offset :offset")
			.params(filter.params()).param("status", status == null ? "" : status.name())
			.query(Projects::map).list();
	}

	long count(ListFilter filter, ProjectStatus status) {
		return jdbc.sql("select count(*) from project p join org_unit u on u.id = p.org_unit_id" + where(filter)
				+ " and (:status = '' or p.status = :status)")
			.params(filter.params()).param("status", status == null ? "" : status.name())
			.query(Long.class).single();
	}

	private static String where(ListFilter filter) {
		return filter.where("p", "(:field = '' or p.field = :field)",
				"p.code || ' ' || p.title || ' ' || coalesce(p.host_organisation, '') || ' ' || coalesce(p.principal_investigator, '')");
	}

	/**
	 * Records a project: proposed when entered through the form; a past one from an import as it stands.
	 *
	 * @throws FieldInputException naming the form field whose value breaks a rule
	 */
	@Transactional
	Project create(Project p) {
		Project clean = validate(p);
		requireFreeCode(clean.orgUnitId(), clean.code(), null);
		long id;
		try {
			id = jdbc.sql("""
					insert into project (org_unit_id, owner_agency_id, code, title, kind, level, field, host_organisation,
					    principal_investigator, period_start, period_end, outputs, visibility, status, acceptance_date,
					    applied_where)
					values (:unit, :agency, :code, :title, :kind, :level, :field, :host, :pi, :start, :end, :outputs, :visibility,
					    :status, :accepted, :applied)
					returning id""")
				.params(params(clean)).param("status", clean.status().name()).param("accepted", clean.acceptanceDate())
				.param("applied", clean.appliedWhere()).query(Long.class).single();
		}
		catch (DuplicateKeyException e) {
			throw codeTaken(clean.code());
		}
		saveBudget(id, clean.budget());
		Project created = get(id);
		audit.record("CREATE", ENTITY_TYPE, id, created.orgUnitId(), null, created.auditState());
		indexIt(created);
		return created;
	}

	/** Saves the changes of a project read at {@code p.rowVersion()}; its status moves only by {@link #transition}. */
	@Transactional
	Project update(Project p) {
		Project before = get(p.id());
		Project clean = validate(p);
		requireFreeCode(clean.orgUnitId(), clean.code(), p.id());
		int rows;
		try {
			rows = jdbc.sql("""
					update project set org_unit_id = :unit, owner_agency_id = :agency, code = :code, title = :title,
					    kind = :kind, level = :level, field = :field, host_organisation = :host, principal_investigator = :pi,
					    period_start = :start, period_end = :end, outputs = :outputs, visibility = :visibility,
					    row_version = row_version + 1
					 where id = :id and row_version = :version""")
				.params(params(clean)).param("id", p.id()).param("version", p.rowVersion()).update();
		}
		catch (DuplicateKeyException e) {
			throw codeTaken(clean.code());
		}
		if (rows != 1) {
			throw new OptimisticLockingFailureException("project " + p.id() + " was changed by someone else");
		}
		saveBudget(p.id(), clean.budget());
		Project after = get(p.id());
		audit.record("UPDATE", ENTITY_TYPE, p.id(), after.orgUnitId(), before.auditState(), after.auditState());
		indexIt(after);
		return after;
	}

	/**
	 * Deletes a project entered by mistake: only while it is still a proposal (or was rejected); from selection
	 * on it is part of the unit's record of decisions.
	 */
	@Transactional
	void delete(long id, int rowVersion) {
		Project before = get(id);
		if (!before.status().deletable()) {
			throw new InvalidInputException("registry.project.error.deleteDecided");
		}
		if (jdbc.sql("delete from project where id = :id and row_version = :version").param("id", id)
			.param("version", rowVersion).update() != 1) {
			throw new OptimisticLockingFailureException("project " + id + " was changed by someone else");
		}
		audit.record("DELETE", ENTITY_TYPE, id, before.orgUnitId(), before.auditState(), null);
		index.remove(RegistryKind.PROJECT, id);
	}

	/**
	 * Moves the project one step (or rejects it while it is being selected); acceptance (nghiệm thu) needs its
	 * date, not in the future, and applying needs where it is applied or transferred.
	 */
	@Transactional
	Project transition(long id, ProjectStatus target, int rowVersion, LocalDate acceptanceDate, String rating,
			String appliedWhere) {
		Project before = get(id);
		ProjectStatus from = before.status();
		if (!from.canMoveTo(target)) {
			// the names resolve in the reader's language when the message is rendered
			throw new InvalidInputException("registry.project.error.transition",
					new DefaultMessageSourceResolvable(from.messageKey()), new DefaultMessageSourceResolvable(target.messageKey()));
		}
		if (target == ProjectStatus.ACCEPTED) {
			if (acceptanceDate == null) {
				throw new FieldInputException("acceptanceDate", "registry.project.error.acceptanceDate");
			}
			if (acceptanceDate.isAfter(vn.trienkhai.registry.shared.Today.date())
					|| (before.periodStart() != null && acceptanceDate.isBefore(before.periodStart()))) {
				throw new FieldInputException("acceptanceDate", "registry.project.error.acceptanceDateRange");
			}
		}
		if (target == ProjectStatus.APPLIED && blank(appliedWhere)) {
			throw new FieldInputException("appliedWhere", "registry.project.error.appliedWhere");
		}
		if (jdbc.sql("""
				update project set status = :to, row_version = row_version + 1,
				    acceptance_date = coalesce(:d, acceptance_date), acceptance_rating = coalesce(:r, acceptance_rating),
				    applied_where = coalesce(:w, applied_where)
				 where id = :id and status = :from and row_version = :version""")
			.param("to", target.name()).param("d", target == ProjectStatus.ACCEPTED ? acceptanceDate : null)
			.param("r", target == ProjectStatus.ACCEPTED ? trim(rating) : null)
			.param("w", target == ProjectStatus.APPLIED ? trim(appliedWhere) : null)
			.param("id", id).param("from", from.name()).param("version", rowVersion).update() != 1) {
			throw new OptimisticLockingFailureException("project " + id + " was changed by someone else");
		}
		jdbc.sql("insert into project_transition (project_id, from_status, to_status, actor) values (:id, :f, :t, :a)")
			.param("id", id).param("f", from.name()).param("t", target.name()).param("a", CurrentUser.actorName())
			.update();
		audit.record("TRANSITION", ENTITY_TYPE, id, before.orgUnitId(), Map.of("status", from.name()),
				Map.of("status", target.name()));
		return get(id);
	}

	/** One step of a project's history. */
	public record Step(ProjectStatus from, ProjectStatus to, String actor, OffsetDateTime at) {
	}

	List<Step> history(long id) {
		return jdbc.sql("select from_status, to_status, actor, at from project_transition where project_id = :id order by at, id")
			.param("id", id)
			.query((rs, n) -> new Step(ProjectStatus.valueOf(rs.getString(1)), ProjectStatus.valueOf(rs.getString(2)),
					rs.getString(3), vn.trienkhai.registry.shared.Today.local(rs.getObject(4, OffsetDateTime.class))))
			.list();
	}

	static Project validate(Project p) {
		String code = trim(p.code());
		if (code == null || !CODE.matcher(code).matches()) {
			throw new FieldInputException("code", "registry.project.error.code");
		}
		String title = trim(p.title());
		if (title == null) {
			throw new FieldInputException("title", "registry.error.name.blank");
		}
		if (title.length() > 500) {
			throw new FieldInputException("title", "registry.project.error.titleLong", 500);
		}
		if (p.kind() == null) {
			throw new FieldInputException("kind", "registry.project.error.required");
		}
		if (p.level() == null) {
			throw new FieldInputException("level", "registry.project.error.required");
		}
		if (p.field() == null) {
			throw new FieldInputException("field", "registry.project.error.required");
		}
		if (p.periodStart() != null && p.periodEnd() != null && p.periodStart().isAfter(p.periodEnd())) {
			throw new FieldInputException("periodEnd", "registry.project.error.period");
		}
		for (Map.Entry<Project.Source, BigDecimal> b : p.budget().entrySet()) {
			if (b.getValue().signum() < 0 || b.getValue().precision() - b.getValue().scale() > 15) {
				throw new FieldInputException("budget[" + b.getKey().name() + "]", "registry.project.error.budget");
			}
		}
		return new Project(p.id(), p.orgUnitId(), p.ownerAgencyId(), code, title, p.kind(), p.level(), p.field(),
				cut(p.hostOrganisation(), 300), cut(p.principalInvestigator(), 200), p.periodStart(), p.periodEnd(),
				trim(p.outputs()), p.budget(), p.status() == null ? ProjectStatus.PROPOSED : p.status(),
				p.acceptanceDate(), p.acceptanceRating(), p.appliedWhere(),
				p.visibility() == null ? Visibility.INTERNAL : p.visibility(), p.rowVersion());
	}

	private void requireFreeCode(long unit, String code, Long self) {
		if (jdbc.sql("select count(*) from project where org_unit_id = :u and lower(code) = lower(:c) and id <> :self")
			.param("u", unit).param("c", code).param("self", self == null ? -1 : self).query(Long.class).single() > 0) {
			throw codeTaken(code);
		}
	}

	private static FieldInputException codeTaken(String code) {
		return new FieldInputException("code", "registry.project.error.codeTaken", code);
	}

	private void saveBudget(long id, Map<Project.Source, BigDecimal> budget) {
		jdbc.sql("delete from project_budget where project_id = :id").param("id", id).update();
		budget.forEach((source, amount) -> jdbc
			.sql("insert into project_budget (project_id, source, amount) values (:id, :s, :a)")
			.param("id", id).param("s", source.name()).param("a", amount).update());
	}

	private void indexIt(Project p) {
		String summary = String.join(" ", p.code(), nz(p.hostOrganisation()), nz(p.principalInvestigator()),
				nz(p.outputs())).trim();
		index.put(RegistryKind.PROJECT, p.id(), p.orgUnitId(), p.field(), p.title(), summary, p.visibility());
	}

	private static Map<String, Object> params(Project p) {
		Map<String, Object> m = new java.util.HashMap<>();
		m.put("unit", p.orgUnitId());
		m.put("agency", p.ownerAgencyId());
		m.put("code", p.code());
		m.put("title", p.title());
		m.put("kind", p.kind().name());
		m.put("level", p.level().name());
		m.put("field", p.field().name());
		m.put("host", p.hostOrganisation());
		m.put("pi", p.principalInvestigator());
		m.put("start", p.periodStart());
		m.put("end", p.periodEnd());
		m.put("outputs", p.outputs());
		m.put("visibility", p.visibility().name());
		return m;
	}

	private static Project map(ResultSet rs, int n) throws SQLException {
		Map<Project.Source, BigDecimal> budget = Project.noBudget();
		String json = rs.getString("budget_json");
		// {"STATE_LOCAL" : 450.000, ...}: a flat object of numbers, read without a JSON library
		java.util.regex.Matcher m = Pattern.compile("\"(\\w+)\"\\s*:\\s*([0-9.]+)").matcher(json);
		while (m.find()) {
			budget.put(Project.Source.valueOf(m.group(1)), new BigDecimal(m.group(2)));
		}
		return new Project(rs.getLong("id"), rs.getLong("org_unit_id"), (Long) rs.getObject("owner_agency_id", Long.class),
				rs.getString("code"), rs.getString("title"), Project.Kind.valueOf(rs.getString("kind")),
				Project.Level.valueOf(rs.getString("level")), BiotechField.valueOf(rs.getString("field")),
				rs.getString("host_organisation"), rs.getString("principal_investigator"),
				rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
				rs.getString("outputs"), budget, ProjectStatus.valueOf(rs.getString("status")),
				rs.getObject("acceptance_date", LocalDate.class), rs.getString("acceptance_rating"),
				rs.getString("applied_where"), Visibility.valueOf(rs.getString("visibility")), rs.getInt("row_version"));
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String trim(String s) {
		return blank(s) ? null : s.strip();
	}

	private static String cut(String s, int max) {
		String t = trim(s);
		return t == null || t.length() <= max ? t : t.substring(0, max);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
