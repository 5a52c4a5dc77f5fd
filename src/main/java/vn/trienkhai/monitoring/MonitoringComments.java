package vn.trienkhai.monitoring;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.trienkhai.plan.Plans;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.InvalidInputException;

/**
 * What overseers (HĐND, Ủy ban MTTQ) and coordinators say about a plan's implementation, on its dashboard:
 * read by everyone who reads the plan, never edited. Who may write is checked by the page.
 */
@Service
public class MonitoringComments {

	public static final int MAX_LENGTH = 4000;

	private final JdbcClient jdbc;

	private final Plans plans;

	private final vn.trienkhai.audit.AuditLog audit;

	MonitoringComments(JdbcClient jdbc, Plans plans, vn.trienkhai.audit.AuditLog audit) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.audit = audit;
	}

	public record Comment(long id, long planId, Long roundId, String author, String authorName, String body,
			Instant createdAt) {
	}

	/** @throws InvalidInputException {@code monitoring.error.commentBody} for a blank or too long text */
	@Transactional
	public long add(long planId, Long roundId, String body) {
		String text = body == null ? "" : body.replace("\r\n", "\n").strip();
		if (text.isEmpty() || text.length() > MAX_LENGTH) {
			throw new InvalidInputException("monitoring.error.commentBody", MAX_LENGTH);
		}
		long id = jdbc.sql("""
				insert into monitoring_comment (plan_id, round_id, author, author_name, body) values (:p, :r, :a, :n, :b)
				returning id
				""").param("p", planId).param("r", roundId).param("a", CurrentUser.actorName())
			.param("n", CurrentUser.find().map(u -> u.displayName()).orElse(CurrentUser.actorName())).param("b", text)
			.query(Long.class).single();
		audit.record("COMMENT", "plan", planId, plans.get(planId).orgUnitId(), null, java.util.Map.of("comment", id));
		return id;
	}

	public List<Comment> ofPlan(long planId) {
		return jdbc.sql("""
				select id, plan_id, round_id, author, author_name, body, created_at from monitoring_comment
				 where plan_id = :p order by created_at desc, id desc limit 200
				""").param("p", planId)
			.query((rs, n) -> new Comment(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.list();
	}

}
