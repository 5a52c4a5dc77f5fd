package vn.trienkhai.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.trienkhai.BrowserTest;
import vn.trienkhai.agency.Agencies;
import vn.trienkhai.document.DocumentImports;
import vn.trienkhai.document.ImportedDocument;
import vn.trienkhai.monitoring.ReportingRegimes;
import vn.trienkhai.monitoring.ReportingRounds;
import vn.trienkhai.monitoring.Round;
import vn.trienkhai.plan.Plans;

/**
 * A round of monitoring as the two people do it: the department's reporter fills the report (a number typed
 * in words comes back beside its field, the rest of the text kept), submits it; the province's coordinator,
 * told by a notification, returns it with a comment; the reporter reads the comment, corrects the figure and
 * submits again; the coordinator approves it, and the plan's dashboard shows the approved figure.
 */
class MonitoringIT extends BrowserTest {

	static final String PROVINCE = "Tỉnh Sơn La";

	static final String AGENCY = "Sở Khoa học và Công nghệ";

	static final String REPORTER_PASSWORD = "Bao-cao-Son-La-2026";

	static final String COORDINATOR_PASSWORD = "Dieu-phoi-Son-La-2026";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	DocumentImports imports;

	@Autowired
	Plans plans;

	@Autowired
	ReportingRegimes regimes;

	@Autowired
	ReportingRounds rounds;

	@Autowired
	Agencies agencies;

	long province;

	/** A plan of the province, imported and confirmed, with one target and one task of the department. */
	long plan(int no) throws Exception {
		String text = """
				ỦY BAN NHÂN DÂN TỈNH SƠN LA
				Số: %d/KH-UBND
				Sơn La, ngày 02 tháng 5 năm 2024
				KẾ HOẠCH
				Phát triển công nghệ sinh học
				I. MỤC TIÊU
				Đến năm 2030, có ít nhất 20 doanh nghiệp công nghệ sinh học.
				II. TỔ CHỨC THỰC HIỆN
				1. Sở Khoa học và Công nghệ: chủ trì xây dựng cơ sở dữ liệu về công nghệ sinh học.
				""".formatted(no);
		ImportedDocument doc = imports.importFile(province, no + ".txt", () -> text.getBytes(StandardCharsets.UTF_8));
		imports.saveReview(doc.id(), imports.currentDraft(doc.id()), doc.rowVersion(), true);
		return plans.ofDocument(doc.id()).orElseThrow().id();
	}

	/** An account with a known password that need not be changed (this test is about reporting, not accounts). */
	String account(String prefix, String displayName, String role, Long agencyId, String password) {
		String name = prefix + "-" + System.nanoTime();
		jdbc.sql("""
				insert into account (username, display_name, password_hash, role, org_unit_id, agency_id)
				values (?, ?, ?, ?, ?, ?)
				""").params(name, displayName, encoder.encode(password), role, province, agencyId).update();
		return name;
	}

	void signOut() {
		click(browser.findElement(By.id("user-menu")));
		wait.until(ExpectedConditions.elementToBeClickable(By.id("logout"))).click();
		waitForText(By.id("login-info"), "Bạn đã đăng xuất.");
	}

	static void retype(WebElement field, String text) {
		field.clear();
		field.sendKeys(text);
	}

	/** Sends the report: the submit button asks first, and the person agrees. */
	void submitReport() {
		click(browser.findElement(By.id("report-submit")));
		wait.until(ExpectedConditions.alertIsPresent()).accept();
		waitForText(By.id("flash"), "Đã gửi báo cáo.");
	}

	/** Keeps a screenshot with the element in the middle of the window. */
	void screenshotAt(By by, String name) throws java.io.IOException {
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
				"arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", browser.findElement(by));
		saveScreenshot(name);
	}

	/** The navbar's count of unread notifications. */
	void unread(String count) {
		wait.until(ExpectedConditions.textToBe(By.id("unread-badge"), count));
	}

	/** Opens the newest notification whose title contains the text, from the notification centre. */
	void openNotification(String title) {
		click(browser.findElement(By.id("nav-notifications")));
		By item = By.xpath("//ul[@id='notifications']//button[contains(@class,'notification-title')][contains(., '" + title + "')]");
		click(wait.until(ExpectedConditions.elementToBeClickable(item)));
		wait.until(ExpectedConditions.urlMatches(".*/reports/\\d+$"));
	}

	@Test
	void aReportIsFilledReturnedCorrectedApprovedAndShownOnTheDashboard() throws Exception {
		province = jdbc.sql("select id from org_unit where name = ? and version = '2025'").param(PROVINCE)
			.query(Long.class).single();
		int no = ThreadLocalRandom.current().nextInt(1000, 7000);
		long planId = plan(no);
		long agency = agencies.findByName(province, AGENCY).orElseThrow().id();
		ReportingRegimes.Regime regime = regimes.find(planId).orElseThrow();
		regimes.update(planId, agency, regime.firstYear(), regime.lastYear(), regime.schedules(), regime.rowVersion());
		LocalDate today = ReportingRounds.today();
		Round round = rounds.ofPlan(planId).stream().filter(r -> r.covers(today)).findFirst().orElseThrow();
		String reporter = account("e2e-sl-reporter", "Lò Văn Khoa", "REPORTER", agency, REPORTER_PASSWORD);
		String coordinator = account("e2e-sl-coordinator", "Cầm Thị Điều", "COORDINATOR", null, COORDINATOR_PASSWORD);

		// the reporter finds the plan, its rounds, the open round, and begins the department's report
		signInAndWait(reporter, REPORTER_PASSWORD);
		open("/plans");
		click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[@href='/plans/" + planId + "']"))));
		click(wait.until(ExpectedConditions.elementToBeClickable(By.id("plan-rounds"))));
		waitForText(By.id("regime-focal"), AGENCY);
		WebElement row = browser.findElement(By.id("round-" + round.id()));
		assertThat(row.getAttribute("class")).contains("table-primary");
		click(row.findElement(By.cssSelector("td a")));
		wait.until(ExpectedConditions.urlContains("/rounds/" + round.id()));
		click(browser.findElement(By.id("my-report")));
		wait.until(ExpectedConditions.urlMatches(".*/reports/\\d+$"));
		String reportPath = browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
		assertThat(browser.findElements(By.cssSelector(".report-task"))).hasSize(1);
		assertThat(browser.findElement(By.id("report-values")).getText()).contains("doanh nghiệp công nghệ sinh học");

		// a figure in words is refused beside its field, in Vietnamese, and the rest of the text stays
		new Select(browser.findElement(By.id("tasks0.progress"))).selectByValue("IN_PROGRESS");
		retype(browser.findElement(By.id("tasks0.percentDone")), "60");
		retype(browser.findElement(By.id("tasks0.results")), "Đã khảo sát 12 doanh nghiệp, đang xây dựng cơ sở dữ liệu.");
		retype(browser.findElement(By.id("values0.value")), "mười hai");
		retype(browser.findElement(By.id("values0.sourceNote")), "Sở KH&CN");
		retype(browser.findElement(By.id("summary")), "Đã quán triệt kế hoạch đến các phòng chuyên môn.");
		click(browser.findElement(By.id("report-save")));
		waitForText(By.cssSelector("#report-values .invalid-feedback"), "„mười hai\" không phải là số");
		assertThat(browser.findElement(By.id("report-problems")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.id("values0.value")).getAttribute("class")).contains("is-invalid");
		assertThat(browser.findElement(By.id("values0.value")).getAttribute("value")).isEqualTo("mười hai");
		assertThat(browser.findElement(By.id("tasks0.results")).getAttribute("value"))
			.isEqualTo("Đã khảo sát 12 doanh nghiệp, đang xây dựng cơ sở dữ liệu.");
		assertThat(browser.findElement(By.id("summary")).getAttribute("value"))
			.isEqualTo("Đã quán triệt kế hoạch đến các phòng chuyên môn.");
		assertThat(browser.findElement(By.id("values0.sourceNote")).getAttribute("value")).isEqualTo("Sở KH&CN");
		screenshotAt(By.id("report-values"), "1-wrong-value");

		// corrected and sent: the report waits for the coordinator and can no longer be changed
		retype(browser.findElement(By.id("values0.value")), "12");
		submitReport();
		assertThat(browser.findElement(By.cssSelector(".report-status")).getText()).isEqualTo("Đã gửi, chờ duyệt");
		assertThat(browser.findElement(By.id("values0.value")).isEnabled()).isFalse();
		assertThat(browser.findElement(By.id("values0.value")).getAttribute("value")).isEqualTo("12");
		assertThat(browser.findElement(By.id("tasks0.results")).isEnabled()).isFalse();
		assertThat(browser.findElements(By.id("report-submit"))).isEmpty();
		screenshotAt(By.id("report-values"), "2-submitted");
		signOut();

		// the coordinator sees the department's standing in the round and returns the report with a comment
		signInAndWait(coordinator, COORDINATOR_PASSWORD);
		unread("1");
		open("/rounds/" + round.id());
		WebElement standing = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("standing-" + agency)));
		assertThat(standing.getText()).contains(AGENCY, "Đã gửi, chờ duyệt", "Đúng hạn");
		saveScreenshot("3-round-standing");
		click(standing.findElement(By.linkText(AGENCY)));
		wait.until(ExpectedConditions.urlContains(reportPath));
		assertThat(browser.findElement(By.id("values0.value")).getAttribute("value")).isEqualTo("12");
		browser.findElement(By.cssSelector("#report-return-form textarea#comment"))
			.sendKeys("Đề nghị ghi rõ nguồn số liệu và cập nhật số doanh nghiệp đến cuối kỳ.");
		click(browser.findElement(By.id("report-return")));
		waitForText(By.id("flash"), "Đã trả lại báo cáo để bổ sung.");
		assertThat(browser.findElement(By.cssSelector(".report-status")).getText()).isEqualTo("Bị trả lại để bổ sung");
		signOut();

		// the reporter is told, reads the comment, corrects the figure and sends again
		signInAndWait(reporter, REPORTER_PASSWORD);
		unread("1");
		openNotification("bị trả lại");
		assertThat(browser.getCurrentUrl()).endsWith(reportPath);
		waitForText(By.id("report-comment"), "Đề nghị ghi rõ nguồn số liệu và cập nhật số doanh nghiệp đến cuối kỳ.");
		assertThat(browser.findElement(By.id("values0.value")).isEnabled()).isTrue();
		assertThat(browser.findElement(By.id("values0.value")).getAttribute("value")).isEqualTo("12");
		saveScreenshot("4-returned");
		retype(browser.findElement(By.id("values0.value")), "15");
		retype(browser.findElement(By.id("values0.sourceNote")), "Sở KH&CN, số liệu đến 30/11/2026");
		submitReport();
		assertThat(browser.findElement(By.cssSelector(".report-status")).getText()).isEqualTo("Đã gửi, chờ duyệt");
		signOut();

		// the coordinator opens the resubmission from the notification centre and approves it
		signInAndWait(coordinator, COORDINATOR_PASSWORD);
		unread("2");
		openNotification("đã gửi báo cáo");
		assertThat(browser.getCurrentUrl()).endsWith(reportPath);
		assertThat(browser.findElement(By.id("values0.value")).getAttribute("value")).isEqualTo("15");
		click(browser.findElement(By.id("report-approve")));
		waitForText(By.id("flash"), "Đã duyệt báo cáo.");
		assertThat(browser.findElement(By.cssSelector(".report-status")).getText()).isEqualTo("Đã duyệt");
		assertThat(browser.findElements(By.id("report-approve"))).isEmpty();
		assertThat(browser.findElement(By.id("report-history")).getText()).contains(reporter, coordinator);
		screenshotAt(By.id("report-history"), "5-approved");

		// the dashboard counts the approved figure and the approved report
		open("/plans/" + planId + "/dashboard");
		WebElement latest = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".indicator-latest")));
		assertThat(latest.getText()).contains("15");
		// a year is a year, not a number with a thousands separator
		assertThat(browser.findElement(By.cssSelector(".indicator-card")).getText()).contains("(năm 2030)");
		WebElement roundRow = browser.findElement(By.xpath(
				"//table[@id='completeness-table']//tr[td/a[@href='/rounds/" + round.id() + "']]"));
		assertThat(roundRow.findElements(By.tagName("td")).get(1).getText()).isEqualTo("1");
		assertThat(roundRow.findElements(By.tagName("td")).get(4).getText()).isEqualTo("1/1");
		saveScreenshot("6-dashboard");
		screenshotAt(By.id("indicators"), "7-dashboard-indicator");
		open("/rounds/" + round.id());
		assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("standing-" + agency))).getText())
			.contains("Đã duyệt", "Đúng hạn");
	}

}
