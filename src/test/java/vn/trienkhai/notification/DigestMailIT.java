package vn.trienkhai.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.TestAccounts;
import vn.trienkhai.agency.Agencies;
import vn.trienkhai.platform.Role;

/**
 * The digest through a real SMTP conversation, with a mail server written here (a few lines of the protocol on
 * a local socket): the mail is sent and marked SENT; while the server refuses, it stays FAILED with the error
 * and is sent on the next run. The only test class with {@code spring.mail.host}: it has a context of its own.
 */
@IntegrationTest
class DigestMailIT {

	static final TinySmtp SMTP = TinySmtp.start();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", SMTP::port);
		registry.add("spring.mail.properties.mail.smtp.timeout", () -> "5000");
		registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "5000");
	}

	@AfterAll
	static void stop() throws IOException {
		SMTP.server.close();
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notifications notifications;

	@Autowired
	DigestJob digest;

	@Autowired
	Agencies agencies;

	@Test
	void theDigestIsSentAndAFailureIsKeptAndRetried() {
		long province = jdbc.sql("select id from org_unit where name = 'Tỉnh Cao Bằng' and version = '2025'")
			.query(Long.class).single();
		long agency = agencies.findOrCreate(province, "Trung tâm Thư tín số " + ThreadLocalRandom.current().nextInt(1_000_000)).id();
		long person = TestAccounts.create(jdbc, Role.REPORTER, province, agency, "bao.cao@example.vn");
		notifications.notify(person, "remind.before", "Sắp đến hạn báo cáo kỳ năm 2026", "Còn 7 ngày.", "/rounds/9");
		LocalDate day = LocalDate.of(2095, 3, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 1000));

		SMTP.refuse = true;
		digest.run(day);
		Map<String, Object> mail = mail(person);
		assertThat(mail.get("status")).isEqualTo("FAILED");
		assertThat(mail.get("attempts")).isEqualTo(1);
		assertThat((String) mail.get("last_error")).isNotBlank();
		assertThat(mine()).isEmpty();

		SMTP.refuse = false;
		digest.run(day);
		mail = mail(person);
		assertThat(mail.get("status")).isEqualTo("SENT");
		assertThat(mail.get("attempts")).isEqualTo(2);
		assertThat(mail.get("last_error")).isNull();
		assertThat(mail.get("sent_at")).isNotNull();
		assertThat(mine()).hasSize(1);
		assertThat(mine().get(0)).contains("Subject:", "To: bao.cao@example.vn");

		// sent once: the next run sends nothing again
		digest.run(day);
		assertThat(mine()).hasSize(1);
	}

	/** Other tests' mails may share the database: only this one's count. */
	private static List<String> mine() {
		return SMTP.received.stream().filter(m -> m.contains("RCPT TO:<bao.cao@example.vn>")).toList();
	}

	private Map<String, Object> mail(long account) {
		return jdbc.sql("select * from outbox_mail where account_id = :a").param("a", account).query().singleRow();
	}

	/** Just enough SMTP for JavaMail: one connection at a time; RCPT is refused while {@link #refuse} is set. */
	static final class TinySmtp {

		final ServerSocket server;

		final List<String> received = new CopyOnWriteArrayList<>();

		volatile boolean refuse;

		private TinySmtp(ServerSocket server) {
			this.server = server;
		}

		static TinySmtp start() {
			try {
				TinySmtp smtp = new TinySmtp(new ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress()));
				Thread t = new Thread(smtp::serve, "tiny-smtp");
				t.setDaemon(true);
				t.start();
				return smtp;
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		int port() {
			return server.getLocalPort();
		}

		private void serve() {
			while (!server.isClosed()) {
				try (Socket s = server.accept()) {
					converse(s);
				}
				catch (IOException e) {
					// closed at the end, or a client gone: wait for the next
				}
			}
		}

		private void converse(Socket s) throws IOException {
			BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
			PrintWriter out = new PrintWriter(s.getOutputStream(), true, StandardCharsets.UTF_8);
			StringBuilder transcript = new StringBuilder();
			reply(out, "220 localhost ESMTP");
			String line;
			while ((line = in.readLine()) != null) {
				transcript.append(line).append('\n');
				String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
				switch (command) {
					case "EHLO", "HELO" -> reply(out, "250 localhost");
					case "MAIL" -> reply(out, "250 OK");
					case "RCPT" -> reply(out, refuse ? "550 mailbox unavailable" : "250 OK");
					case "DATA" -> {
						reply(out, "354 end with .");
						while ((line = in.readLine()) != null && !line.equals(".")) {
							transcript.append(line).append('\n');
						}
						received.add(transcript.toString());
						reply(out, "250 queued");
					}
					case "QUIT" -> {
						reply(out, "221 bye");
						return;
					}
					default -> reply(out, "250 OK");
				}
			}
		}

		private static void reply(PrintWriter out, String text) {
			out.print(text + "\r\n");
			out.flush();
		}

	}

}
