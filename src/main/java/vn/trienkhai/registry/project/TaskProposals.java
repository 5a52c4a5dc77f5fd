package vn.trienkhai.registry.project;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.trienkhai.audit.AuditLog;
import vn.trienkhai.orgunit.OrgUnits;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.NotFoundException;
import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.RegistryKind;
import vn.trienkhai.registry.Visibility;
import vn.trienkhai.registry.shared.FieldInputException;
import vn.trienkhai.registry.shared.RegistryAccess;
import vn.trienkhai.registry.shared.SearchIndex;

/**
 * Proposals for the annual task list: sent by a unit within the list's unit (a department, a commune) while the
 * list is open and, for anyone but its managers, before the proposal deadline; corrected or withdrawn by the
 * proposer until accepted; accepted or returned with a reason by the list's managers. A corrected proposal
 * goes back for review.
 */
@Service
class TaskProposals {

	static final String ENTITY_TYPE = "TASK_PROPOSAL";

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final SearchIndex index;
	private final RegistryAccess access;
	private final OrgUnits orgUnits;
	private final TaskLists lists;

	TaskProposals(JdbcClient jdbc, AuditLog audit, SearchIndex index, RegistryAccess access, OrgUnits orgUnits,
			TaskLists lists) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.index = index;
		this.access = access;
		this.orgUnits = orgUnits;
		this.lists = lists;
	}

	TaskProposal get(long id) {
		return jdbc.sql("select * from task_proposal where id = :id").param("id", id).query(TaskProposals::map).optional()
			.orElseThrow(() -> new NotFoundException("task proposal " + id));
	}

	/** The proposals of a list the user may read, grouped by field as the list is printed, then in order sent. */
	List<TaskProposal> ofList(long taskListId) {
		return readable(all(taskListId, false));
	}

	/** Public ones, and internal ones of units within the user's scope — one query for the whole list. */
	private List<TaskProposal> readable(List<TaskProposal> proposals) {
		java.util.Set<Long> inScope = orgUnits.within(proposals.stream()
			.filter(p -> p.visibility() != Visibility.PUBLIC).map(TaskProposal::orgUnitId).toList(),
				vn.trienkhai.platform.CurrentUser.get().orgUnitId());
		return proposals.stream().filter(p -> p.visibility() == Visibility.PUBLIC || inScope.contains(p.orgUnitId()))
			.toList();
	}

	/**
	 * The accepted proposals as the list prints them: once approved, all of them, whoever reads — the list is
	 * then one document of its unit (an annex to the People's Committee's decision), the same for every unit
	 * that may read it; before, a draft shows each reader only the proposals it may read.
	 */
	List<TaskProposal> accepted(TaskList list) {
		List<TaskProposal> accepted = all(list.id(), true);
		return list.isApproved() ? accepted : readable(accepted);
	}

	private List<TaskProposal> all(long taskListId, boolean acceptedOnly) {
		return jdbc.sql("select * from task_proposal where task_list_id = :id"
				+ (acceptedOnly ? " and review = 'ACCEPTED'" : "") + " order by field, submitted_at, id")
			.param("id", taskListId).query(TaskProposals::map).list();
	}

	/** Whether the user may correct or withdraw the proposal: its proposer, while the list is open and it is not accepted. */
	boolean canChange(TaskProposal p, TaskList list) {
		return list.isOpen() && p.review() != TaskProposal.Review.ACCEPTED
				&& access.canWrite(p.orgUnitId(), p.ownerAgencyId());
	}

	@Transactional
	TaskProposal propose(TaskProposal p) {
		TaskList list = lists.lock(p.taskListId());
		TaskLists.requireStatus(list, TaskList.Status.OPEN);
		if (!orgUnits.isWithin(p.orgUnitId(), list.orgUnitId())) {
			throw new FieldInputException("unit", "registry.task.error.unitOutside");
		}
		access.requireWritable(p.orgUnitId(), p.ownerAgencyId(), "proposal of unit " + p.orgUnitId());
		if (list.proposalDeadline() != null && vn.trienkhai.registry.shared.Today.date().isAfter(list.proposalDeadline()) && !lists.canManage(list)) {
			throw new InvalidInputException("registry.task.error.late",
					list.proposalDeadline().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		}
		TaskProposal clean = validate(p);
		long id = jdbc.sql("""
				insert into task_proposal (task_list_id, org_unit_id, owner_agency_id, title, necessity, objectives,
				    expected_outputs, expected_host, duration_months, estimated_budget, field, visibility)
				values (:list, :unit, :agency, :title, :necessity, :objectives, :outputs, :host, :months, :budget, :field,
				    :visibility) returning id""")
			.params(params(clean)).query(Long.class).single();
		TaskProposal created = get(id);
		audit.record("CREATE", ENTITY_TYPE, id, created.orgUnitId(), null, created.auditState());
		indexIt(created);
		return created;
	}

	/** The proposer's correction; a returned proposal goes back for review. */
	@Transactional
	TaskProposal update(TaskProposal p) {
		TaskList list = lists.lock(get(p.id()).taskListId());
		// read after the lock: a review that committed meanwhile is seen
		TaskProposal before = get(p.id());
		TaskLists.requireStatus(list, TaskList.Status.OPEN);
		if (before.review() == TaskProposal.Review.ACCEPTED) {
			throw new InvalidInputException("registry.task.error.accepted");
		}
		access.requireWritable(before.orgUnitId(), before.ownerAgencyId(), "proposal " + p.id());
		if (!orgUnits.isWithin(p.orgUnitId(), list.orgUnitId())) {
			throw new FieldInputException("unit", "registry.task.error.unitOutside");
		}
		access.requireWritable(p.orgUnitId(), p.ownerAgencyId(), "proposal of unit " + p.orgUnitId());
		TaskProposal clean = validate(p);
		if (jdbc.sql("""
				update task_proposal set org_unit_id = :unit, owner_agency_id = :agency, title = :title, necessity = :necessity,
				    objectives = :objectives, expected_outputs = :outputs, expected_host = :host, duration_months = :months,
				    estimated_budget = :budget, field = :field, visibility = :visibility, review = null, review_reason = null,
				    submitted_at = now(), row_version = row_version + 1
				 where id = :id and row_version = :version and coalesce(review, '') <> 'ACCEPTED'""")
			.params(params(clean)).param("id", p.id()).param("version", p.rowVersion()).update() != 1) {
			throw new OptimisticLockingFailureException("task proposal " + p.id() + " was changed by someone else");
		}
		TaskProposal after = get(p.id());
		audit.record("UPDATE", ENTITY_TYPE, p.id(), after.orgUnitId(), before.auditState(), after.auditState());
		indexIt(after);
		return after;
	}

	@Transactional
	void withdraw(long id, int rowVersion) {
		TaskList list = lists.lock(get(id).taskListId());
		TaskProposal before = get(id);
		if (!canChange(before, list)) {
			TaskLists.requireStatus(list, TaskList.Status.OPEN);
			if (before.review() == TaskProposal.Review.ACCEPTED) {
				throw new InvalidInputException("registry.task.error.accepted");
			}
			access.requireWritable(before.orgUnitId(), before.ownerAgencyId(), "proposal " + id);
		}
		if (jdbc.sql("delete from task_proposal where id = :id and row_version = :v").param("id", id).param("v", rowVersion)
			.update() != 1) {
			throw new OptimisticLockingFailureException("task proposal " + id + " was changed by someone else");
		}
		audit.record("DELETE", ENTITY_TYPE, id, before.orgUnitId(), before.auditState(), null);
		index.remove(RegistryKind.ST_TASK, id);
	}

	/** The list managers' review: accepted into the list, or returned with the reason the proposer reads. */
	@Transactional
	TaskProposal review(long id, int rowVersion, TaskProposal.Review decision, String reason) {
		TaskList list = lists.lock(get(id).taskListId());
		TaskProposal before = get(id);
		lists.requireManager(list);
		TaskLists.requireStatus(list, TaskList.Status.OPEN);
		if (decision == null) {
			throw new InvalidInputException("registry.task.error.decision");
		}
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (decision == TaskProposal.Review.RETURNED && why == null) {
			throw new InvalidInputException("registry.task.error.reason");
		}
		if (why != null && why.length() > 1000) {
			throw new InvalidInputException("registry.task.error.reasonLong", 1000);
		}
		if (jdbc.sql("""
				update task_proposal set review = :r, review_reason = :why, row_version = row_version + 1
				 where id = :id and row_version = :v""")
			.param("r", decision.name()).param("why", why).param("id", id).param("v", rowVersion).update() != 1) {
			throw new OptimisticLockingFailureException("task proposal " + id + " was changed by someone else");
		}
		TaskProposal after = get(id);
		audit.record("REVIEW", ENTITY_TYPE, id, after.orgUnitId(), before.auditState(), after.auditState());
		return after;
	}

	private static TaskProposal validate(TaskProposal p) {
		String title = trim(p.title());
		if (title == null) {
			throw new FieldInputException("title", "registry.error.name.blank");
		}
		if (title.length() > 500) {
			throw new FieldInputException("title", "registry.project.error.titleLong", 500);
		}
		if (p.field() == null) {
			throw new FieldInputException("field", "registry.project.error.required");
		}
		if (trim(p.objectives()) == null) {
			throw new FieldInputException("objectives", "registry.task.error.objectives");
		}
		if (p.durationMonths() == null || p.durationMonths() < 1 || p.durationMonths() > 60) {
			throw new FieldInputException("durationMonths", "registry.task.error.duration", 60);
		}
		BigDecimal budget = p.estimatedBudget();
		if (budget != null && (budget.signum() < 0 || budget.precision() - budget.scale() > 15)) {
			throw new FieldInputException("estimatedBudget", "registry.project.error.budget");
		}
		String host = trim(p.expectedHost());
		if (host != null && host.length() > 300) {
			host = host.substring(0, 300);
		}
		return new TaskProposal(p.id(), p.taskListId(), p.orgUnitId(), p.ownerAgencyId(), title, trim(p.necessity()),
				trim(p.objectives()), trim(p.expectedOutputs()), host, p.durationMonths(), budget, p.field(), p.review(),
				p.reviewReason(), p.visibility() == null ? Visibility.INTERNAL : p.visibility(), p.rowVersion());
	}

	private void indexIt(TaskProposal p) {
		String summary = String.join(" ", nz(p.objectives()), nz(p.expectedOutputs()), nz(p.expectedHost())).trim();
		index.put(RegistryKind.ST_TASK, p.id(), p.orgUnitId(), p.field(), p.title(), summary, p.visibility());
	}

	private static Map<String, Object> params(TaskProposal p) {
		Map<String, Object> m = new HashMap<>();
		m.put("list", p.taskListId());
		m.put("unit", p.orgUnitId());
		m.put("agency", p.ownerAgencyId());
		m.put("title", p.title());
		m.put("necessity", p.necessity());
		m.put("objectives", p.objectives());
		m.put("outputs", p.expectedOutputs());
		m.put("host", p.expectedHost());
		m.put("months", p.durationMonths());
		m.put("budget", p.estimatedBudget());
		m.put("field", p.field().name());
		m.put("visibility", p.visibility().name());
		return m;
	}

	private static TaskProposal map(ResultSet rs, int n) throws SQLException {
		String review = rs.getString("review");
		return new TaskProposal(rs.getLong("id"), rs.getLong("task_list_id"), rs.getLong("org_unit_id"),
				rs.getObject("owner_agency_id", Long.class), rs.getString("title"), rs.getString("necessity"),
				rs.getString("objectives"), rs.getString("expected_outputs"), rs.getString("expected_host"),
				rs.getObject("duration_months", Integer.class), rs.getBigDecimal("estimated_budget"),
				BiotechField.valueOf(rs.getString("field")), review == null ? null : TaskProposal.Review.valueOf(review),
				rs.getString("review_reason"), Visibility.valueOf(rs.getString("visibility")), rs.getInt("row_version"));
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
