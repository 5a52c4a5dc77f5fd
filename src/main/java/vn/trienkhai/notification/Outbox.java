package vn.trienkhai.notification;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.trienkhai.audit.AuditLog;
import vn.trienkhai.identity.AccountDirectory;
import vn.trienkhai.platform.InvalidInputException;

/**
 * The outbox of digest mails. {@link #collect} turns each person's notifications not yet digested into one mail
 * for the day (the notifications are marked digested in the same transaction, so none is mailed twice or
 * skipped); {@link #send} sends the waiting ones when a mail server is configured ({@code spring.mail.host}:
 * Spring Boot then provides the {@link JavaMailSender}). A failed send stays in the outbox with its error and
 * is tried again on the next run; without a server every mail simply waits.
 */
@Service
class Outbox {

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** The statuses, in the order the filter offers them. */
	static final List<String> STATUSES = List.of("PENDING", "FAILED", "SENT", "NO_ADDRESS");

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final AccountDirectory directory;

	private final MessageSource messages;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final String from;

	private final String baseUrl;

	private final String mailHost;

	private final AuditLog audit;

	Outbox(JdbcClient jdbc, TransactionTemplate tx, AccountDirectory directory, MessageSource messages,
			AuditLog audit, ObjectProvider<JavaMailSender> mailSender,
			@Value("${trienkhai.notification.mail-from:trienkhai@localhost}") String from,
			@Value("${trienkhai.notification.base-url:}") String baseUrl, @Value("${spring.mail.host:}") String mailHost) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.directory = directory;
		this.messages = messages;
		this.audit = audit;
		this.mailSender = mailSender;
		this.from = from;
		this.mailHost = mailHost;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** Whether a mail server is configured. */
	boolean canSend() {
		return !mailHost.isBlank() && mailSender.getIfAvailable() != null;
	}

	/**
	 * One mail per person for the day from the notifications not yet digested; a person who already has the
	 * day's mail keeps the newer ones for the next day. Notifications the person has already read are marked
	 * digested without being mailed. Each person in a transaction of their own.
	 *
	 * @return the mails made
	 */
	int collect(LocalDate day) {
		List<Long> accounts = jdbc.sql("select distinct account_id from notification where digested_on is null order by 1")
			.query(Long.class).list();
		int made = 0;
		for (long account : accounts) {
			Boolean one = tx.execute(status -> collectFor(account, day));
			made += Boolean.TRUE.equals(one) ? 1 : 0;
		}
		return made;
	}

	private boolean collectFor(long accountId, LocalDate day) {
		if (jdbc.sql("select count(*) from outbox_mail where account_id = :a and created_for = :d").param("a", accountId)
			.param("d", day).query(Integer.class).single() > 0) {
			return false;
		}
		List<Notification> waiting = jdbc.sql(Notifications.COLUMNS
				+ "where account_id = :a and digested_on is null order by created_at, id for update")
			.param("a", accountId).query(Notifications::map).list();
		if (waiting.isEmpty()) {
			return false;
		}
		List<Notification> unread = waiting.stream().filter(n -> !n.isRead()).toList();
		boolean made = false;
		if (!unread.isEmpty()) {
			AccountDirectory.Contact to = directory.find(accountId).orElseThrow();
			made = jdbc.sql("""
					insert into outbox_mail (account_id, org_unit_id, recipient, recipient_name, subject, body, created_for, status)
					values (:a, :u, :to, :name, :subject, :body, :d, :status)
					on conflict (account_id, created_for) do nothing
					""").param("a", accountId).param("u", to.orgUnitId()).param("to", to.email())
				.param("name", to.displayName()).param("subject", subject(unread.size(), day))
				.param("body", body(to, unread)).param("d", day)
				.param("status", to.email() == null ? "NO_ADDRESS" : "PENDING").update() > 0;
			if (!made) {
				return false;
			}
		}
		jdbc.sql("update notification set digested_on = :d where id in (:ids)").param("d", day)
			.param("ids", waiting.stream().map(Notification::id).toList()).update();
		return made;
	}

	private String subject(int count, LocalDate day) {
		return messages.getMessage("notification.digest.subject",
				new Object[] { count, day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) }, VIETNAMESE);
	}

	private String body(AccountDirectory.Contact to, List<Notification> items) {
		StringBuilder text = new StringBuilder(messages.getMessage("notification.digest.greeting",
				new Object[] { to.displayName() }, VIETNAMESE)).append("\n\n");
		for (Notification n : items) {
			text.append("- ").append(n.title()).append('\n');
			if (!n.body().isEmpty()) {
				text.append("  ").append(n.body()).append('\n');
			}
			if (n.link() != null) {
				text.append("  ").append(baseUrl).append(n.link()).append('\n');
			}
			text.append('\n');
		}
		text.append(messages.getMessage("notification.digest.footer", new Object[] { baseUrl + "/notifications" },
				VIETNAMESE));
		return text.toString();
	}

	/**
	 * Sends the mails waiting or failed before, oldest first; nothing without a mail server. One at a time
	 * (synchronized), so the daily job and an administrator's retry never send one mail twice.
	 *
	 * @return how many were sent
	 */
	synchronized int send() {
		if (!canSend()) {
			return 0;
		}
		List<Long> ids = jdbc.sql("select id from outbox_mail where status in ('PENDING', 'FAILED') order by id limit 1000")
			.query(Long.class).list();
		int sent = 0;
		for (long id : ids) {
			sent += sendOne(id) ? 1 : 0;
		}
		return sent;
	}

	/** Sends one mail now if it is waiting; each outcome is saved at once (no transaction held over the network). */
	synchronized boolean sendOne(long id) {
		if (!canSend()) {
			return false;
		}
		JavaMailSender sender = mailSender.getObject();
		var row = jdbc.sql("select recipient, subject, body from outbox_mail where id = :id and status in ('PENDING', 'FAILED')")
			.param("id", id).query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.optional();
		if (row.isEmpty()) {
			return false;
		}
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(from);
		mail.setTo(row.get()[0]);
		mail.setSubject(row.get()[1]);
		mail.setText(row.get()[2]);
		try {
			sender.send(mail);
		}
		catch (MailException | IllegalArgumentException e) {
			log.warn("Digest mail {} not sent: {}", id, e.getMessage());
			jdbc.sql("""
					update outbox_mail set status = 'FAILED', attempts = attempts + 1, last_error = left(:e, 2000) where id = :id
					""").param("e", String.valueOf(e.getMessage())).param("id", id).update();
			return false;
		}
		jdbc.sql("update outbox_mail set status = 'SENT', attempts = attempts + 1, last_error = null, sent_at = now() where id = :id")
			.param("id", id).update();
		return true;
	}

	/**
	 * Puts a mail of the scope's accounts back in the queue, with the account's address as it is now (one
	 * added since makes a NO_ADDRESS mail sendable). Audited.
	 *
	 * @return its new status; empty when there is no such mail in the scope
	 * @throws InvalidInputException {@code notification.error.outbox.sent} for a mail already sent
	 */
	java.util.Optional<String> requeue(long id, long scopeUnitId) {
		return tx.execute(status -> {
			var row = jdbc.sql("""
					select o.account_id, o.status, o.org_unit_id from outbox_mail o join org_unit u on u.id = o.org_unit_id
					 where o.id = :id and u.path <@ (select path from org_unit where id = :scope) for update of o
					""").param("id", id).param("scope", scopeUnitId)
				.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getLong(3) }).optional();
			if (row.isEmpty()) {
				return java.util.Optional.<String>empty();
			}
			String was = (String) row.get()[1];
			if ("SENT".equals(was)) {
				throw new InvalidInputException("notification.error.outbox.sent");
			}
			String email = directory.find((Long) row.get()[0]).map(AccountDirectory.Contact::email).orElse(null);
			String now = email == null ? "NO_ADDRESS" : "PENDING";
			jdbc.sql("update outbox_mail set recipient = :to, status = :s where id = :id").param("to", email)
				.param("s", now).param("id", id).update();
			audit.record("RETRY", "outbox_mail", id, (Long) row.get()[2], java.util.Map.of("status", was),
					java.util.Map.of("status", now));
			return java.util.Optional.of(now);
		});
	}

}
