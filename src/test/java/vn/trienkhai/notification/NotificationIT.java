package vn.trienkhai.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.TestAccounts;
import vn.trienkhai.TestUsers;
import vn.trienkhai.platform.Role;

/**
 * Notifications on the real database: once-only keys, each person sees and marks only their own, the centre
 * and the navigation badge; the daily digest (one mail per person per day, idempotent, none without unread
 * items, NO_ADDRESS without an e-mail) with no mail server (mails wait); the outbox page and its retry.
 */
@IntegrationTest
class NotificationIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notifications notifications;

	@Autowired
	DigestJob digest;

	@Autowired
	vn.trienkhai.agency.Agencies agencies;

	long province;

	long otherProvince;

	@BeforeEach
	void setUp() {
		province = unit("Tỉnh Cao Bằng");
		otherProvince = unit("Tỉnh Lai Châu");
	}

	long unit(String name) {
		return jdbc.sql("select id from org_unit where name = :n and version = '2025'").param("n", name).query(Long.class).single();
	}

	/** A day of its own for each test, far from any other test's digests. */
	static LocalDate someDay() {
		return LocalDate.of(2090, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 3000));
	}

	RequestPostProcessor as(long account) {
		return TestUsers.asAccount(account, Role.COORDINATOR, province, null);
	}

	@Test
	void aKeyedNotificationIsSentOnceAndEachPersonMarksOnlyTheirOwn() {
		long a = TestAccounts.create(jdbc, Role.COORDINATOR, province, null, null);
		long b = TestAccounts.create(jdbc, Role.COORDINATOR, province, null, null);
		assertThat(notifications.notifyOnce(a, "k1", "remind.before", "Nhắc hạn", "Còn 7 ngày", "/rounds/1")).isTrue();
		assertThat(notifications.notifyOnce(a, "k1", "remind.before", "Nhắc hạn", "Còn 7 ngày", "/rounds/1")).isFalse();
		assertThat(notifications.notifyOnce(b, "k1", "remind.before", "Nhắc hạn", "Còn 7 ngày", "/rounds/1")).isTrue();
		long plain = notifications.notify(a, "report.returned", "Báo cáo bị trả lại", "", null);
		assertThat(notifications.unreadCount(a)).isEqualTo(2);
		assertThat(notifications.unread(a)).extracting(Notification::id).startsWith(plain);

		assertThat(notifications.markRead(b, plain)).as("another person's").isFalse();
		assertThat(notifications.markRead(a, plain)).isTrue();
		assertThat(notifications.unreadCount(a)).isEqualTo(1);
		assertThat(notifications.markAllRead(a)).isEqualTo(1);
		assertThat(notifications.unreadCount(a)).isZero();
		assertThat(notifications.unreadCount(b)).isEqualTo(1);
		assertThat(notifications.list(a, 5)).satisfies(p -> {
			assertThat(p.total()).isEqualTo(2);
			assertThat(p.page()).as("clamped").isZero();
		});

		// links stay inside the application
		for (String link : List.of("https://example.com/x", "//example.com/x", "/\\example.com", "rounds/1", "/a b")) {
			assertThatThrownBy(() -> notifications.notify(a, "x", "t", "", link)).as(link)
				.isInstanceOf(IllegalArgumentException.class);
		}
		assertThatThrownBy(() -> notifications.notify(a, "x", " ", "", null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> notifications.notify(a, "Not A Kind", "t", "", null)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theCentreListsOpensAndMarksAndTheBadgeCountsUnread() throws Exception {
		long me = TestAccounts.create(jdbc, Role.COORDINATOR, province, null, null);
		long other = TestAccounts.create(jdbc, Role.COORDINATOR, province, null, null);
		long first = notifications.notify(me, "remind.after", "Quá hạn báo cáo kỳ năm 2026", "Sở Y tế chưa gửi báo cáo.", "/rounds/77");
		long second = notifications.notify(me, "remind.before", "Sắp đến hạn báo cáo", "", "/plans");
		long theirs = notifications.notify(other, "remind.before", "Không phải của tôi", "", "/plans");

		Document page = html(mvc.perform(get("/notifications").with(as(me))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#notifications .notification-title").eachText())
			.containsExactly("Sắp đến hạn báo cáo", "Quá hạn báo cáo kỳ năm 2026");
		assertThat(page.text()).doesNotContain("Không phải của tôi").contains("2 thông báo, 2 chưa đọc");
		assertThat(page.getElementById("unread-badge").text()).isEqualTo("2");
		assertThat(page.getElementById("nav-notifications").attr("href")).isEqualTo("/notifications");

		mvc.perform(post("/notifications/" + first + "/open").with(as(me)).with(csrf())).andExpect(redirectedUrl("/rounds/77"));
		assertThat(notifications.unreadCount(me)).isEqualTo(1);
		mvc.perform(post("/notifications/" + theirs + "/open").with(as(me)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/notifications/" + theirs + "/read").with(as(me)).with(csrf())).andExpect(status().isNotFound());
		assertThat(notifications.unreadCount(other)).isEqualTo(1);

		// the badge is on every page, and goes once all are read
		Document plans = html(mvc.perform(get("/plans").with(as(me))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(plans.getElementById("unread-badge").text()).isEqualTo("1");
		mvc.perform(post("/notifications/read-all").with(as(me)).with(csrf())).andExpect(redirectedUrl("/notifications"))
			.andExpect(flash().attribute("flash", "notification.flash.allRead"));
		assertThat(notifications.find(me, second).orElseThrow().isRead()).isTrue();
		page = html(mvc.perform(get("/notifications?lang=en").with(as(me))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.getElementById("unread-badge")).isNull();
		assertThat(page.text()).contains("2 notifications, 0 unread");
		// no JSON answer pays for the count
		mvc.perform(get("/api/plans").with(as(me))).andExpect(status().isOk());
	}

	@Test
	void theDigestMakesOneMailPerPersonPerDayAndKeepsItWithoutAServer() throws Exception {
		LocalDate day = someDay();
		long withMail = TestAccounts.create(jdbc, Role.REPORTER, province, agency(), "nguoi.nhan@example.vn");
		long noMail = TestAccounts.create(jdbc, Role.COORDINATOR, province, null, null);
		long readAll = TestAccounts.create(jdbc, Role.COORDINATOR, province, null, "da.doc@example.vn");
		notifications.notify(withMail, "remind.before", "Sắp đến hạn báo cáo kỳ năm 2026", "Còn 7 ngày.", "/rounds/5");
		notifications.notify(withMail, "remind.after", "Quá hạn báo cáo kỳ năm 2025", "Đã quá hạn 1 ngày.", "/rounds/4");
		notifications.notify(noMail, "remind.escalate", "2 cơ quan chưa gửi báo cáo", "", "/rounds/4");
		long read = notifications.notify(readAll, "remind.before", "Đã đọc rồi", "", null);
		notifications.markRead(readAll, read);

		digest.run(day);
		List<Map<String, Object>> mails = outbox(withMail, noMail, readAll);
		assertThat(mails).hasSize(2);
		Map<String, Object> mail = mails.stream().filter(m -> m.get("account_id").equals(withMail)).findFirst().orElseThrow();
		assertThat(mail.get("status")).isEqualTo("PENDING");
		assertThat(mail.get("recipient")).isEqualTo("nguoi.nhan@example.vn");
		assertThat(mail.get("subject")).isEqualTo("[Triển khai NQ 36] 2 thông báo mới ngày " + d(day));
		assertThat((String) mail.get("body")).contains("Sắp đến hạn báo cáo kỳ năm 2026", "Quá hạn báo cáo kỳ năm 2025",
				"/rounds/5", "Kính gửi Người dùng");
		assertThat(mails.stream().filter(m -> m.get("account_id").equals(noMail)).findFirst().orElseThrow().get("status"))
			.isEqualTo("NO_ADDRESS");
		assertThat(undigested(withMail, noMail, readAll)).as("all digested, the read one without a mail").isZero();

		// again the same day: nothing new; a notification after the day's mail waits for the next day's
		digest.run(day);
		notifications.notify(withMail, "remind.after", "Quá hạn báo cáo kỳ năm 2024", "", null);
		digest.run(day);
		assertThat(outbox(withMail, noMail, readAll)).hasSize(2);
		assertThat(undigested(withMail)).isEqualTo(1);
		digest.run(day.plusDays(1));
		List<Map<String, Object>> next = outbox(withMail);
		assertThat(next).hasSize(2);
		assertThat((String) next.get(1).get("subject")).startsWith("[Triển khai NQ 36] 1 thông báo mới");
		assertThat(next).allSatisfy(m -> assertThat(m.get("status")).as("no mail server here").isEqualTo("PENDING"));
	}

	@Test
	void theOutboxPageListsFiltersAndRetriesWithinTheAdministratorsScope() throws Exception {
		LocalDate day = someDay();
		long person = TestAccounts.create(jdbc, Role.COORDINATOR, province, null, null);
		notifications.notify(person, "remind.before", "Sắp đến hạn báo cáo", "", null);
		digest.run(day);
		long mail = jdbc.sql("select id from outbox_mail where account_id = :a").param("a", person).query(Long.class).single();
		RequestPostProcessor admin = TestUsers.as(Role.ADMINISTRATOR, province);

		Document page = html(mvc.perform(get("/admin/outbox").param("status", "NO_ADDRESS").with(admin))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#outbox tbody tr").eachAttr("data-id")).contains(String.valueOf(mail));
		assertThat(page.getElementById("outbox-no-server")).isNotNull();
		assertThat(page.select("#outbox tr[data-id=" + mail + "]").text()).contains("Không có địa chỉ", "Người dùng");
		Document sent = html(mvc.perform(get("/admin/outbox").param("status", "SENT").with(admin)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(sent.select("#outbox tbody tr").eachAttr("data-id")).doesNotContain(String.valueOf(mail));
		String bad = mvc.perform(get("/admin/outbox").param("status", "LOST").with(admin)).andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(bad).contains("Trạng thái thư không hợp lệ.");

		// another province's administrator sees none of it and cannot retry it; a coordinator never gets in
		Document theirs = html(mvc.perform(get("/admin/outbox").with(TestUsers.as(Role.ADMINISTRATOR, otherProvince)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(theirs.select("#outbox tbody tr").eachAttr("data-id")).doesNotContain(String.valueOf(mail));
		mvc.perform(post("/admin/outbox/" + mail + "/retry").with(TestUsers.as(Role.ADMINISTRATOR, otherProvince)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/admin/outbox").with(TestUsers.as(Role.COORDINATOR, province))).andExpect(status().isForbidden());

		// still no address: stays NO_ADDRESS; with one added, the retry queues it (no server to send it now)
		mvc.perform(post("/admin/outbox/" + mail + "/retry").with(admin).with(csrf()))
			.andExpect(flash().attribute("flash", "notification.flash.outbox.noAddress"));
		jdbc.sql("update account set email = 'moi@example.vn' where id = :a").param("a", person).update();
		mvc.perform(post("/admin/outbox/" + mail + "/retry").with(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/outbox")).andExpect(flash().attribute("flash", "notification.flash.outbox.queued"));
		assertThat(jdbc.sql("select status || ' ' || recipient from outbox_mail where id = :id").param("id", mail)
			.query(String.class).single()).isEqualTo("PENDING moi@example.vn");
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'outbox_mail' and entity_id = :id")
			.param("id", String.valueOf(mail)).query(Integer.class).single()).isEqualTo(2);
	}

	long agency() {
		return agencies.findOrCreate(province, "Trung tâm Thử nghiệm số " + ThreadLocalRandom.current().nextInt(1_000_000)).id();
	}

	List<Map<String, Object>> outbox(Long... accounts) {
		return jdbc.sql("select * from outbox_mail where account_id in (:a) order by id").param("a", List.of(accounts))
			.query().listOfRows();
	}

	int undigested(Long... accounts) {
		return jdbc.sql("select count(*) from notification where digested_on is null and account_id in (:a)")
			.param("a", List.of(accounts)).query(Integer.class).single();
	}

	static String d(LocalDate day) {
		return day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
	}

	static Document html(String s) {
		return Jsoup.parse(s);
	}

}
