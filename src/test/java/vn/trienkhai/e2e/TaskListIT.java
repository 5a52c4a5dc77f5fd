package vn.trienkhai.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.Base64;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.trienkhai.BrowserTest;
import vn.trienkhai.agency.Agencies;

/**
 * The annual S&amp;T task list as the two people do it in Vĩnh Long (province 86): the coordinator of the
 * Department of Science and Technology opens next year's list; a reporter of a department proposes a task
 * (first without objectives, and is told beside the field), the coordinator returns it with a reason, the
 * reporter reads the reason, corrects and sends again; the coordinator accepts, compiles, records the People's
 * Committee's decision, the list is locked, and the DOCX the page offers is a real document with the task in it.
 * Then a project is entered through its form and moved one step of its lifecycle.
 */
class TaskListIT extends BrowserTest {

	static final String PROVINCE_CODE = "86";

	static final String REPORTER_PASSWORD = "De-xuat-Vinh-Long-2026";

	static final String COORDINATOR_PASSWORD = "Dieu-phoi-Vinh-Long-2026";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Agencies agencies;

	long province;

	@BeforeEach
	void province() {
		province = jdbc.sql("select id from org_unit where code = ? and version = '2025'").param(PROVINCE_CODE)
			.query(Long.class).single();
	}

	/** An account with a known password that need not be changed (this test is about the list, not accounts). */
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

	/** Typing into type=date depends on the browser's locale: set the ISO value as the form would send it. */
	static void setDate(By by, LocalDate date) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(by),
				date.toString());
	}

	/** Clicks a button that submits its form and waits for the page that follows. */
	void submitAndWait(WebElement button) {
		click(button);
		wait.until(ExpectedConditions.stalenessOf(button));
	}

	/** The list's row of the proposal with this title. */
	WebElement proposalRow(String title) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//table[@id='proposal-table']//tr[td/a[normalize-space(.)='" + title + "']]")));
	}

	/** Fills the proposal form (the reporter's own unit and agency are already chosen). */
	void fillProposal(String title, String objectives) {
		retype(browser.findElement(By.id("title")), title);
		retype(browser.findElement(By.id("necessity")), "Phụ phẩm nông nghiệp đốt bỏ gây ô nhiễm môi trường.");
		retype(browser.findElement(By.id("objectives")), objectives);
		retype(browser.findElement(By.id("expectedOutputs")), "Quy trình sản xuất chế phẩm; 2 tấn chế phẩm thử nghiệm");
		retype(browser.findElement(By.id("expectedHost")), "Trường Đại học Cửu Long");
		retype(browser.findElement(By.id("durationMonths")), "24");
		retype(browser.findElement(By.id("estimatedBudget")), "1250.5");
		new Select(browser.findElement(By.id("field"))).selectByValue("AGRICULTURE");
	}

	/**
	 * The file behind a link, fetched by the page itself so the browser's session cookie goes with it: status,
	 * content type and the bytes (base64 across the driver).
	 */
	@SuppressWarnings("unchecked")
	Map<String, Object> download(String href) {
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
		return (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0], { credentials: 'same-origin' })
				  .then(r => r.arrayBuffer().then(b => {
				    const bytes = new Uint8Array(b);
				    let s = '';
				    for (let i = 0; i < bytes.length; i += 0x8000) {
				      s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
				    }
				    done({ status: r.status, type: r.headers.get('content-type'),
				           disposition: r.headers.get('content-disposition'), body: btoa(s) });
				  }))
				  .catch(e => done({ status: -1, type: String(e), body: '' }));
				""", href);
	}

	@Test
	void aTaskIsProposedReturnedCorrectedAcceptedAndTheApprovedListDownloaded() throws Exception {
		String tag = String.valueOf(System.nanoTime() % 1_000_000);
		int year = Year.now().getValue() + 1;
		String departmentName = "Sở Nông nghiệp và Môi trường " + tag;
		long department = agencies.create(province, null, departmentName).id();
		String coordinator = account("e2e-vl-coordinator", "Trần Thị Điều Phối", "COORDINATOR", null, COORDINATOR_PASSWORD);
		String reporter = account("e2e-vl-reporter", "Nguyễn Văn Đề Xuất", "REPORTER", department, REPORTER_PASSWORD);
		String title = "Chế phẩm vi sinh xử lý rơm rạ tại Vĩnh Long " + tag;

		// the coordinator opens next year's list from the lists page, the year already filled in
		signInAndWait(coordinator, COORDINATOR_PASSWORD);
		open("/registry/tasks");
		WebElement openForm = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tasklist-open")));
		assertThat(browser.findElement(By.id("open-year")).getAttribute("value")).isEqualTo(String.valueOf(year));
		assertThat(browser.findElement(By.id("unit-query")).getAttribute("value")).contains("Vĩnh Long");
		LocalDate deadline = LocalDate.now().plusDays(30);
		setDate(By.id("open-deadline"), deadline);
		submitAndWait(openForm.findElement(By.cssSelector("button[type=submit]")));
		waitForText(By.id("flash"), "Đã mở danh mục năm " + year + ".");
		wait.until(ExpectedConditions.urlMatches(".*/registry/tasks/lists/\\d+$"));
		String listPath = browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
		// a year is a year, not a number with a thousands separator
		assertThat(browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("Danh mục nhiệm vụ KH&CN năm " + year + " — Tỉnh Vĩnh Long");
		assertThat(browser.getTitle()).contains("năm " + year);
		assertThat(browser.findElement(By.id("tasklist-status")).getText()).isEqualTo("Đang nhận đề xuất");
		assertThat(browser.findElement(By.id("tasklist-deadline")).getText())
			.isEqualTo("Hạn gửi đề xuất: " + String.format("%02d/%02d/%d", deadline.getDayOfMonth(), deadline.getMonthValue(),
					deadline.getYear()));
		assertThat(browser.findElement(By.id("proposal-table")).getText()).contains("Chưa có đề xuất nào.");
		saveScreenshot("1-opened");
		signOut();

		// the department's reporter finds the list and proposes, first forgetting the objectives
		signInAndWait(reporter, REPORTER_PASSWORD);
		open("/registry/tasks");
		click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[@href='" + listPath + "']"))));
		assertThat(browser.findElements(By.id("tasklist-open"))).isEmpty();
		click(wait.until(ExpectedConditions.elementToBeClickable(By.id("task-new"))));
		WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("proposal-form")));
		assertThat(new Select(browser.findElement(By.id("ownerAgency"))).getFirstSelectedOption().getText())
			.isEqualTo(departmentName);
		fillProposal(title, "");
		submitAndWait(form.findElement(By.id("proposal-save")));
		WebElement objectivesError = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//textarea[@id='objectives']/following-sibling::div[contains(@class,'invalid-feedback')]")));
		assertThat(objectivesError.getText()).isEqualTo("Cần nêu mục tiêu của nhiệm vụ");
		assertThat(browser.findElement(By.id("objectives")).getAttribute("class")).contains("is-invalid");
		// the rest of what was typed is kept
		assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo(title);
		assertThat(browser.findElement(By.id("expectedHost")).getAttribute("value")).isEqualTo("Trường Đại học Cửu Long");
		saveScreenshot("2-missing-objectives");
		retype(browser.findElement(By.id("objectives")), "Làm chủ quy trình sản xuất chế phẩm vi sinh phân giải rơm rạ");
		submitAndWait(browser.findElement(By.id("proposal-save")));
		waitForText(By.id("flash"), "Đã gửi đề xuất \"" + title + "\".");
		assertThat(browser.getCurrentUrl()).endsWith(listPath);
		WebElement row = proposalRow(title);
		// (the budget column is not checked here: the page rounds it to whole millions, the DOCX below keeps 1.250,5)
		assertThat(row.getText()).contains(departmentName, "Tỉnh Vĩnh Long", "Nông nghiệp", "24", "Chờ xem xét");
		assertThat(browser.findElements(By.cssSelector("form[id^=review-]"))).isEmpty();
		String proposalPath = row.findElement(By.tagName("a")).getAttribute("href").replaceFirst("^https?://[^/]+", "");
		saveScreenshot("3-proposed");
		signOut();

		// the coordinator cannot compile yet, and returns the proposal with a reason
		signInAndWait(coordinator, COORDINATOR_PASSWORD);
		open(listPath);
		assertThat(browser.findElement(By.cssSelector("#tasklist-compile button")).isEnabled()).isFalse();
		WebElement review = proposalRow(title).findElement(By.cssSelector("form[id^=review-]"));
		String reason = "Đề nghị nêu rõ quy mô thử nghiệm (số hecta) và địa điểm áp dụng.";
		review.findElement(By.name("reason")).sendKeys(reason);
		submitAndWait(review.findElement(By.cssSelector("button[value=RETURNED]")));
		waitForText(By.id("flash"), "Đã ghi nhận kết quả xem xét.");
		assertThat(proposalRow(title).getText()).contains("Trả lại", reason);
		signOut();

		// the reporter reads why on the proposal's page, corrects it and sends it again
		signInAndWait(reporter, REPORTER_PASSWORD);
		open(listPath);
		click(wait.until(ExpectedConditions.elementToBeClickable(proposalRow(title).findElement(By.tagName("a")))));
		wait.until(ExpectedConditions.urlContains(proposalPath));
		WebElement returned = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("proposal-review")));
		assertThat(returned.getText()).contains("Trả lại", reason);
		saveScreenshot("4-returned");
		retype(browser.findElement(By.id("expectedOutputs")),
				"Quy trình sản xuất chế phẩm; mô hình thử nghiệm 5 ha tại xã Long Hồ");
		WebElement resend = browser.findElement(By.id("proposal-save"));
		assertThat(resend.getText()).isEqualTo("Lưu và gửi lại");
		submitAndWait(resend);
		waitForText(By.id("flash"), "Đã gửi đề xuất \"" + title + "\".");
		assertThat(browser.findElements(By.id("proposal-review"))).isEmpty();
		assertThat(browser.findElement(By.id("expectedOutputs")).getAttribute("value")).contains("5 ha");
		open(listPath);
		assertThat(proposalRow(title).getText()).contains("Chờ xem xét").doesNotContain(reason);
		signOut();

		// the coordinator accepts, compiles and records the People's Committee's decision
		signInAndWait(coordinator, COORDINATOR_PASSWORD);
		open(listPath);
		review = proposalRow(title).findElement(By.cssSelector("form[id^=review-]"));
		submitAndWait(review.findElement(By.cssSelector("button[value=ACCEPTED]")));
		waitForText(By.id("flash"), "Đã ghi nhận kết quả xem xét.");
		assertThat(proposalRow(title).getText()).contains("Được chấp nhận");
		assertThat(browser.findElement(By.id("tasklist-counts")).getText())
			.isEqualTo("1 đề xuất, 1 được chấp nhận, 0 chờ xem xét");
		submitAndWait(browser.findElement(By.cssSelector("#tasklist-compile button")));
		waitForText(By.id("flash"), "Đã tổng hợp danh mục.");
		assertThat(browser.findElement(By.id("tasklist-status")).getText()).isEqualTo("Đã tổng hợp, chờ phê duyệt");
		assertThat(browser.findElements(By.cssSelector("form[id^=review-]"))).isEmpty();
		LocalDate decided = LocalDate.now();
		browser.findElement(By.id("decisionNumber")).sendKeys("12/QĐ-UBND");
		setDate(By.id("decisionDate"), decided);
		submitAndWait(browser.findElement(By.cssSelector("#tasklist-approve button[type=submit]")));
		waitForText(By.id("flash"), "Đã ghi nhận quyết định phê duyệt danh mục.");
		assertThat(browser.findElement(By.id("tasklist-status")).getText()).isEqualTo("Đã phê duyệt");
		assertThat(browser.findElement(By.id("tasklist-locked")).getText())
			.isEqualTo("Danh mục đã được phê duyệt; không thể thay đổi đề xuất hoặc kết quả xem xét.");
		assertThat(browser.findElement(By.id("tasklist-decision")).getText()).isEqualTo("Phê duyệt theo Quyết định số 12/QĐ-UBND ngày "
				+ String.format("%02d/%02d/%d", decided.getDayOfMonth(), decided.getMonthValue(), decided.getYear()));
		assertThat(browser.findElements(By.id("tasklist-workflow"))).isEmpty();
		assertThat(browser.findElements(By.id("task-new"))).isEmpty();
		saveScreenshot("5-approved");

		// the DOCX behind the page's link is a real Word document with the decision and the task in it
		Map<String, Object> file = download(browser.findElement(By.id("export-docx")).getAttribute("href"));
		assertThat(file.get("status")).isEqualTo(200L);
		assertThat((String) file.get("type"))
			.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat((String) file.get("disposition")).contains("attachment", ".docx");
		byte[] docx = Base64.getDecoder().decode((String) file.get("body"));
		assertThat(docx.length).isGreaterThan(1000);
		assertThat(new String(docx, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			StringBuilder text = new StringBuilder();
			doc.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
			assertThat(text).contains("DANH MỤC NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ CẤP TỈNH NĂM " + year)
				// Decree 30 writes a day below 10 and the months 1 and 2 with a leading zero
				.contains("Quyết định số 12/QĐ-UBND ngày " + decided.format(java.time.format.DateTimeFormatter.ofPattern("dd"))
						+ " tháng " + (decided.getMonthValue() <= 2 ? "0" : "") + decided.getMonthValue() + " năm "
						+ decided.getYear());
			XWPFTable table = doc.getTables().get(doc.getTables().size() - 1);
			assertThat(table.getText()).contains(title, "Lĩnh vực nông nghiệp", "1.250,5");
		}
		Map<String, Object> sheet = download(browser.findElement(By.id("export-xlsx")).getAttribute("href"));
		assertThat(sheet.get("status")).isEqualTo(200L);
		assertThat(new String(Base64.getDecoder().decode((String) sheet.get("body")), 0, 2,
				java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
		signOut();

		// the reporter sees the list locked: the proposal can only be read
		signInAndWait(reporter, REPORTER_PASSWORD);
		open(proposalPath);
		waitForText(By.id("proposal-readonly"), "Chỉ xem");
		assertThat(browser.findElements(By.id("proposal-save"))).isEmpty();
		assertThat(browser.findElement(By.id("title")).isEnabled()).isFalse();
	}

	@Test
	void aProjectIsEnteredThroughItsFormAndMovedOneStepOfItsLifecycle() throws Exception {
		String tag = String.valueOf(System.nanoTime() % 1_000_000);
		String coordinator = account("e2e-vl-projects", "Lê Văn Đề Tài", "COORDINATOR", null, COORDINATOR_PASSWORD);
		String code = "ĐT-VL-" + tag;
		String title = "Nghiên cứu nhân giống bưởi Năm Roi sạch bệnh bằng vi ghép " + tag;

		signInAndWait(coordinator, COORDINATOR_PASSWORD);
		open("/registry/projects");
		click(wait.until(ExpectedConditions.elementToBeClickable(By.id("project-new"))));
		WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("project-form")));
		browser.findElement(By.id("code")).sendKeys(code);
		browser.findElement(By.id("title")).sendKeys(title);
		new Select(browser.findElement(By.id("field"))).selectByValue("AGRICULTURE");
		browser.findElement(By.id("hostOrganisation")).sendKeys("Trung tâm Ứng dụng tiến bộ KH&CN Vĩnh Long");
		browser.findElement(By.id("principalInvestigator")).sendKeys("ThS. Phạm Thị Bưởi");
		setDate(By.id("periodStart"), LocalDate.of(2026, 1, 1));
		setDate(By.id("periodEnd"), LocalDate.of(2027, 12, 31));
		browser.findElement(By.id("budget-STATE_LOCAL")).sendKeys("850");
		submitAndWait(form.findElement(By.id("project-save")));
		waitForText(By.id("flash"), "Đã lưu đề tài, dự án " + code + ".");
		assertThat(browser.findElement(By.id("project-status")).getText()).isEqualTo("Đề xuất");
		assertThat(browser.findElements(By.id("project-history"))).isEmpty();
		String projectPath = browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "");

		// one step forward, by the lifecycle's button
		WebElement step = browser.findElement(By.cssSelector("#step-SELECTED button"));
		assertThat(step.getText()).isEqualTo("Đánh dấu đã tuyển chọn");
		submitAndWait(step);
		waitForText(By.id("flash"), "Đã chuyển sang bước: Đã tuyển chọn.");
		assertThat(browser.findElement(By.id("project-status")).getText()).isEqualTo("Đã tuyển chọn");
		assertThat(browser.findElement(By.id("project-history")).getText()).contains("Đề xuất → Đã tuyển chọn", coordinator);
		assertThat(browser.findElements(By.id("step-SELECTED"))).isEmpty();
		assertThat(browser.findElements(By.id("step-APPROVED"))).hasSize(1);
		saveScreenshot("6-project-selected");

		// the list shows it with its new status
		open("/registry/projects?q=" + tag);
		WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//table[@id='project-table']//tr[td/a[@href='" + projectPath + "']]")));
		assertThat(row.getText()).contains(code, title, "Đã tuyển chọn", "850");
	}

}
