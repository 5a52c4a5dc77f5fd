package vn.trienkhai.audit;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.trienkhai.platform.CurrentUser;

/**
 * Records writes. Call it in the same transaction as the write it describes (it joins the caller's
 * transaction), with the record's state before and after as plain maps of column → value.
 */
@Service
public class AuditLog {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditLog(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * @param action what happened, upper case: CREATE, UPDATE, DISABLE, RESET_PASSWORD …
	 * @param entityType the kind of record: "account", "agency" …
	 * @param entityId its id
	 * @param orgUnitId the org unit the record belongs to, for scoping the log; may be null
	 * @param before the state before (null for a creation)
	 * @param after the state after (null for a deletion)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String entityType, Object entityId, Long orgUnitId,
			Map<String, ?> before, Map<String, ?> after) {
		recordAs(CurrentUser.actorName(), action, entityType, entityId, orgUnitId, before, after);
	}

	/** The same, for events with no signed-in user (a failed login, a start-up job). */
	@Transactional
	public void recordAs(String actor, String action, String entityType, Object entityId, Long orgUnitId,
			Map<String, ?> before, Map<String, ?> after) {
		jdbc.sql("""
				insert into audit_event (actor, action, entity_type, entity_id, org_unit_id, before, after, remote_addr)
				values (:actor, :action, :type, :id, :unit, cast(:before as jsonb), cast(:after as jsonb), :addr)
				""")
			.param("actor", actor)
			.param("action", action)
			.param("type", entityType)
			.param("id", entityId == null ? null : entityId.toString())
			.param("unit", orgUnitId)
			.param("before", before == null ? null : json.writeValueAsString(before))
			.param("after", after == null ? null : json.writeValueAsString(after))
			.param("addr", remoteAddress())
			.update();
	}

	/** One entry of a record's history, for the record's own page. */
	public record Entry(java.time.Instant at, String actor, String action, String entityType, String entityId,
			String before, String after) {
	}

	/**
	 * The history of some records, newest first, at most {@code limit} entries: every entry of the given
	 * entity type and ids. The caller has checked that the user may read those records.
	 */
	public java.util.List<Entry> history(String entityType, java.util.Collection<String> entityIds, int limit) {
		if (entityIds.isEmpty()) {
			return java.util.List.of();
		}
		return jdbc.sql("""
				select at, actor, action, entity_type, entity_id, before::text, after::text from audit_event
				 where entity_type = :type and entity_id in (:ids) order by at desc, id desc limit :limit
				""")
			.param("type", entityType)
			.param("ids", entityIds)
			.param("limit", limit)
			.query((rs, i) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
			HttpServletRequest request = attrs.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
