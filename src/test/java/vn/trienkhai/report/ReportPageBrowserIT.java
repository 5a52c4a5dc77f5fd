package vn.trienkhai.report;

import static org.assertj.core.api.Assertions.assertThat;

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
import vn.trienkhai.monitoring.ProgressReports;
import vn.trienkhai.monitoring.ReportingRounds;
import vn.trienkhai.plan.Plans;

/**
 * A coordinator in a real browser: from the plan to its Reports page, reads the preview compiled from the
 * approved reports, corrects part I, saves, sees the preview follow, and widens the report to a span of two
 * rounds.
 */
class ReportPageBrowserIT extends BrowserTest {

	static final String PASSWORD = "Tong-hop-Lam-Dong-2026";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	DocumentImports imports;

	@Autowired
	Plans plans;

	@Autowired
	ReportingRounds rounds;

	@Autowired
	ProgressReports progress;

	@Autowired
	Agencies agencies;

	@Test
	void theCoordinatorEditsThePreviewAndWidensTheSpan() throws Exception {
		ReportFixture f = ReportFixture.reported(new ReportFixture.Services(imports, plans, rounds, progress, agencies, jdbc),
				"Tỉnh Lâm Đồng");
		String name = "tonghop-" + System.nanoTime();
		jdbc.sql("""
				insert into account (username, display_name, password_hash, role, org_unit_id)
				values (?, 'Chuyên viên tổng hợp', ?, 'COORDINATOR', ?)
				""").params(name, encoder.encode(PASSWORD), f.province).update();
		signInAndWait(name, PASSWORD);
		open("/plans/" + f.planId);
		click(wait.until(ExpectedConditions.elementToBeClickable(By.id("plan-reports"))));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-preview")));
		WebElement preview = browser.findElement(By.id("report-preview"));
		assertThat(preview.getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO",
				"Đã quy hoạch 350 ha vùng trồng dược liệu.", "Phụ lục I");

		WebElement leadership = browser.findElement(By.id("leadership"));
		leadership.clear();
		leadership.sendKeys("Ủy ban nhân dân tỉnh đã ban hành 03 văn bản chỉ đạo triển khai Kế hoạch.");
		WebElement signer = browser.findElement(By.id("signerName"));
		signer.clear();
		signer.sendKeys("Lê Văn C");
		click(browser.findElement(By.id("texts-save")));
		waitForText(By.id("flash"), "Đã lưu nội dung báo cáo.");
		assertThat(browser.findElement(By.id("report-preview")).getText())
			.contains("Ủy ban nhân dân tỉnh đã ban hành 03 văn bản chỉ đạo triển khai Kế hoạch.", "Lê Văn C")
			.doesNotContain("Sở Khoa học và Công nghệ: Đã ban hành văn bản hướng dẫn");
		assertThat(browser.findElement(By.id("texts-reset"))).isNotNull();

		// a review over two rounds: the earlier round as the start
		Select from = new Select(browser.findElement(By.id("from")));
		from.selectByIndex(indexBefore(from, f.round.id()));
		click(browser.findElement(By.id("span-show")));
		waitForText(By.id("report-preview"), "(từ năm");
		assertThat(browser.findElement(By.id("download-docx")).getAttribute("href")).contains("from=");
	}

	/** The option of the round just before this one in due order. */
	private static int indexBefore(Select select, long roundId) {
		var options = select.getOptions();
		for (int i = 1; i < options.size(); i++) {
			if (options.get(i).getAttribute("value").equals(String.valueOf(roundId))) {
				return i - 1;
			}
		}
		throw new AssertionError("round " + roundId + " not offered");
	}

}
