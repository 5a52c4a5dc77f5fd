package vn.trienkhai.registry.project;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.trienkhai.audit.AuditLog;
import vn.trienkhai.orgunit.OrgUnits;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.NotFoundException;
import vn.trienkhai.platform.OutOfScopeException;
import vn.trienkhai.registry.shared.FieldInputException;
import vn.trienkhai.registry.shared.RegistryAccess;

/**
 * The annual S&amp;T task lists and their workflow: a manager of the unit (the Department of Science and
 * Technology's coordinator) opens the year's list, compiles it once every proposal has been reviewed and at
 * least one accepted, may reopen a compiled list, and records the People's Committee's approving decision,
 * which locks the list and its proposals for good.
 */
@Service
class TaskLists {

	static final String ENTITY_TYPE = "TASK_LIST";

	/** A decision number as written: "1234/QĐ-UBND", "15/QĐ-UBND". */
	private static final Pattern DECISION = Pattern.compile("^\\d{1,6}/[\\p{L}\\p{N}.-]{2,30}$");

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final RegistryAccess access;
	private final OrgUnits orgUnits;

	TaskLists(JdbcClient jdbc, AuditLog audit, RegistryAccess access, OrgUnits orgUnits) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.access = access;
		this.orgUnits = orgUnits;
	}

	TaskList get(long id) {
		return jdbc.sql("select * from task_list where id = :id").param("id", id).query(TaskLists::map).optional()
			.orElseThrow(() -> new NotFoundException("task list " + id));
	}

	/**
	 * The list, locked until the transaction ends: every change of a list or of its proposals takes this
	 * lock first, so a compile never counts around a proposal being sent or corrected at the same moment, and
	 * a review never lands after the compile.
	 */
	TaskList lock(long id) {
		return jdbc.sql("select * from task_list where id = :id for update").param("id", id).query(TaskLists::map)
			.optional().orElseThrow(() -> new NotFoundException("task list " + id));
	}

	/**
	 * A list is read by the units it collects proposals from (its unit and everything below) and by those
	 * above it; 403 for anyone else.
	 */
	TaskList readable(long id) {
		TaskList list = get(id);
		long mine = CurrentUser.get().orgUnitId();
		if (!orgUnits.isWithin(list.orgUnitId(), mine) && !orgUnits.isWithin(mine, list.orgUnitId())) {
			throw new OutOfScopeException("task list " + id);
		}
		return list;
	}

	/** Whether the user runs this list: opens, reviews, compiles, approves (a manager of its unit). */
	boolean canManage(TaskList list) {
		return access.isManager() && access.canWrite(list.orgUnitId(), null);
	}

	void requireManager(TaskList list) {
		if (!canManage(list)) {
			throw new OutOfScopeException("task list " + list.id() + " is managed by its unit's coordinators");
		}
	}

	/** One line of the lists page: the list and how its proposals stand. */
	record Summary(TaskList list, String unitName, long proposals, long accepted, long pending) {
	}

	/** The lists the user proposes into (those of its unit and the units above it) and those of units below. */
	List<Summary> visible() {
		long mine = CurrentUser.get().orgUnitId();
		return jdbc.sql("""
				select l.*, u.name as unit_name,
				       (select count(*) from task_proposal p where p.task_list_id = l.id) as proposals,
				       (select count(*) from task_proposal p where p.task_list_id = l.id and p.review = 'ACCEPTED') as accepted,
				       (select count(*) from task_proposal p where p.task_list_id = l.id and p.review is null) as pending
				  from task_list l join org_unit u on u.id = l.org_unit_id
				 where u.path <@ (select path from org_unit where id = :mine)
				    or (select path from org_unit where id = :mine) <@ u.path
				 order by l.year desc, u.path""")
			.param("mine", mine)
			.query((rs, n) -> new Summary(map(rs, n), rs.getString("unit_name"), rs.getLong("proposals"),
					rs.getLong("accepted"), rs.getLong("pending")))
			.list();
	}

	/** Whether the user may open a list for the unit: a manager of it. */
	boolean canOpen(long orgUnitId) {
		return access.isManager() && access.canWrite(orgUnitId, null);
	}

	@Transactional
	TaskList open(long orgUnitId, Integer year, LocalDate proposalDeadline) {
		if (!canOpen(orgUnitId)) {
			throw new OutOfScopeException("only the unit's coordinators open its task list");
		}
		int thisYear = Year.now(vn.trienkhai.registry.shared.Today.VIETNAM).getValue();
		if (year == null || year < thisYear - 1 || year > thisYear + 2) {
			throw new FieldInputException("year", "registry.tasklist.error.year", thisYear - 1, thisYear + 2);
		}
		if (proposalDeadline != null && proposalDeadline.getYear() > year) {
			throw new FieldInputException("proposalDeadline", "registry.tasklist.error.deadline", year);
		}
		long id;
		try {
			id = jdbc.sql("""
					insert into task_list (org_unit_id, year, proposal_deadline) values (:u, :y, :d) returning id""")
				.param("u", orgUnitId).param("y", year).param("d", proposalDeadline).query(Long.class).single();
		}
		catch (DuplicateKeyException e) {
			throw new FieldInputException("year", "registry.tasklist.error.exists", year);
		}
		audit.record("CREATE", ENTITY_TYPE, id, orgUnitId, null, Map.of("year", year));
		return get(id);
	}

	/** OPEN → COMPILED: every proposal reviewed, at least one accepted. */
	@Transactional
	TaskList compile(long id, int rowVersion) {
		TaskList list = lock(id);
		requireManager(list);
		requireStatus(list, TaskList.Status.OPEN);
		Map<String, Object> counts = jdbc.sql("""
				select count(*) filter (where review is null) as pending, count(*) filter (where review = 'ACCEPTED') as accepted
				  from task_proposal where task_list_id = :id""").param("id", id).query().singleRow();
		long pending = ((Number) counts.get("pending")).longValue();
		if (pending > 0) {
			throw new InvalidInputException("registry.tasklist.error.pending", pending);
		}
		if (((Number) counts.get("accepted")).longValue() == 0) {
			throw new InvalidInputException("registry.tasklist.error.empty");
		}
		return move(list, TaskList.Status.COMPILED, rowVersion, null, null);
	}

	/** COMPILED → OPEN, to take in a correction before the list goes to the People's Committee. */
	@Transactional
	TaskList reopen(long id, int rowVersion) {
		TaskList list = lock(id);
		requireManager(list);
		requireStatus(list, TaskList.Status.COMPILED);
		return move(list, TaskList.Status.OPEN, rowVersion, null, null);
	}

	/** COMPILED → APPROVED by the People's Committee's decision: its number and date, after which nothing changes. */
	@Transactional
	TaskList approve(long id, int rowVersion, String decisionNumber, LocalDate decisionDate) {
		TaskList list = lock(id);
		requireManager(list);
		requireStatus(list, TaskList.Status.COMPILED);
		String number = decisionNumber == null ? "" : decisionNumber.strip();
		if (!DECISION.matcher(number).matches()) {
			throw new FieldInputException("decisionNumber", "registry.tasklist.error.decisionNumber");
		}
		if (decisionDate == null || decisionDate.isAfter(vn.trienkhai.registry.shared.Today.date()) || decisionDate.getYear() < list.year() - 1) {
			throw new FieldInputException("decisionDate", "registry.tasklist.error.decisionDate");
		}
		return move(list, TaskList.Status.APPROVED, rowVersion, number, decisionDate);
	}

	private TaskList move(TaskList list, TaskList.Status to, int rowVersion, String number, LocalDate date) {
		if (jdbc.sql("""
				update task_list set status = :to, decision_number = :n, decision_date = :d, row_version = row_version + 1
				 where id = :id and row_version = :v and status = :from""")
			.param("to", to.name()).param("n", number).param("d", date).param("id", list.id()).param("v", rowVersion)
			.param("from", list.status().name()).update() != 1) {
			throw new OptimisticLockingFailureException("task list " + list.id() + " was changed by someone else");
		}
		audit.record("TRANSITION", ENTITY_TYPE, list.id(), list.orgUnitId(), Map.of("status", list.status().name()),
				number == null ? Map.of("status", to.name())
						: Map.of("status", to.name(), "decisionNumber", number, "decisionDate", date.toString()));
		return get(list.id());
	}

	static void requireStatus(TaskList list, TaskList.Status status) {
		if (list.status() != status) {
			throw new InvalidInputException("registry.tasklist.error.status." + list.status().name());
		}
	}

	private static TaskList map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new TaskList(rs.getLong("id"), rs.getLong("org_unit_id"), rs.getInt("year"),
				TaskList.Status.valueOf(rs.getString("status")), rs.getObject("proposal_deadline", LocalDate.class),
				rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class), rs.getInt("row_version"));
	}

}
