package vn.trienkhai.notification;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.trienkhai.platform.VietnameseText;

/**
 * The notifications of each person: written by the modules that have something to say, read and marked read
 * by that person only (every method takes the account, so one person never touches another's). The daily
 * digest mails the unread ones.
 */
@Service
public class Notifications {

	public static final int PAGE_SIZE = 30;

	static final int MAX_TITLE = 500;

	static final int MAX_BODY = 4000;

	/** Only links into this application: a notification must never send a person to another site. */
	private static final Pattern APP_RELATIVE = Pattern.compile("/(?![/\\\\])[^\\s\\\\]*");

	private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9._-]{0,59}");

	static final String COLUMNS = "select id, account_id, kind, title, body, link, created_at, read_at from notification ";

	private final JdbcClient jdbc;

	Notifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A page of a person's notifications, newest first. */
	public record Page(List<Notification> items, int page, int pages, int total) {
	}

	/**
	 * Tells a person something.
	 *
	 * @param kind what it is about, for grouping ("remind.before", "report.returned")
	 * @param link an app-relative URL, or null
	 * @return its id
	 * @throws IllegalArgumentException for a kind that is not a short lower-case word, a blank title or a link
	 * that leaves the application
	 */
	@Transactional
	public long notify(long accountId, String kind, String title, String body, String link) {
		return insert(accountId, null, kind, title, body, link).orElseThrow();
	}

	/**
	 * Tells a person something once: a second call with the same key for the same person does nothing, so a
	 * job may run any number of times.
	 *
	 * @return whether it was new
	 */
	@Transactional
	public boolean notifyOnce(long accountId, String dedupKey, String kind, String title, String body, String link) {
		if (dedupKey == null || dedupKey.isBlank() || dedupKey.length() > 200) {
			throw new IllegalArgumentException("dedup key of 1 to 200 characters needed");
		}
		return insert(accountId, dedupKey, kind, title, body, link).isPresent();
	}

	private java.util.Optional<Long> insert(long accountId, String dedupKey, String kind, String title, String body,
			String link) {
		if (kind == null || !KIND.matcher(kind).matches()) {
			throw new IllegalArgumentException("notification kind " + kind);
		}
		if (link != null && !APP_RELATIVE.matcher(link).matches()) {
			throw new IllegalArgumentException("notification link must be app-relative: " + link);
		}
		String t = cut(VietnameseText.clean(title), MAX_TITLE);
		if (t.isEmpty()) {
			throw new IllegalArgumentException("notification without a title");
		}
		return jdbc.sql("""
				insert into notification (account_id, kind, title, body, link, dedup_key) values (:a, :k, :t, :b, :l, :d)
				on conflict (account_id, dedup_key) where dedup_key is not null do nothing returning id
				""").param("a", accountId).param("k", kind).param("t", t)
			.param("b", cut(body == null ? "" : VietnameseText.clean(body), MAX_BODY)).param("l", link)
			.param("d", dedupKey).query(Long.class).optional();
	}

	/** Generated texts are cut rather than refused: a long agency list must not stop a reminder. */
	static String cut(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}

	/** A person's unread notifications, newest first (at most one page). */
	public List<Notification> unread(long accountId) {
		return jdbc.sql(COLUMNS + "where account_id = :a and read_at is null order by created_at desc, id desc limit "
				+ PAGE_SIZE).param("a", accountId).query(Notifications::map).list();
	}

	/** One page (0-based, clamped to the pages there are) of a person's notifications, newest first. */
	public Page list(long accountId, int page) {
		int total = jdbc.sql("select count(*) from notification where account_id = :a").param("a", accountId)
			.query(Integer.class).single();
		int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 0), pages - 1);
		List<Notification> items = jdbc.sql(COLUMNS + "where account_id = :a order by created_at desc, id desc offset :o limit "
				+ PAGE_SIZE).param("a", accountId).param("o", current * PAGE_SIZE).query(Notifications::map).list();
		return new Page(items, current, pages, total);
	}

	/** One notification of this person, or empty (another's is as absent as a missing one). */
	public java.util.Optional<Notification> find(long accountId, long id) {
		return jdbc.sql(COLUMNS + "where id = :id and account_id = :a").param("id", id).param("a", accountId)
			.query(Notifications::map).optional();
	}

	/** Marks one of the person's notifications read; false when it is not theirs (or does not exist). */
	@Transactional
	public boolean markRead(long accountId, long id) {
		return jdbc.sql("update notification set read_at = coalesce(read_at, now()) where id = :id and account_id = :a")
			.param("id", id).param("a", accountId).update() > 0;
	}

	/** Marks all of the person's notifications read; how many were unread. */
	@Transactional
	public int markAllRead(long accountId) {
		return jdbc.sql("update notification set read_at = now() where account_id = :a and read_at is null")
			.param("a", accountId).update();
	}

	/** One count query, for the navigation bar. */
	public int unreadCount(long accountId) {
		return jdbc.sql("select count(*) from notification where account_id = :a and read_at is null")
			.param("a", accountId).query(Integer.class).single();
	}

	static Notification map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		java.sql.Timestamp read = rs.getTimestamp(8);
		return new Notification(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getTimestamp(7).toInstant(), read == null ? null : read.toInstant());
	}

}
