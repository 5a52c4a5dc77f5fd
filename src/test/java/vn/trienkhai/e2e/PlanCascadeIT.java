package vn.trienkhai.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.trienkhai.BrowserTest;

/**
 * From a document to the cascade, as a coordinator works: import a sample plan, confirm the review, open the
 * plan and see its tasks grouped by lead agency, link it to the resolution it carries out, and see the
 * coverage of the units below and the cascade.
 */
class PlanCascadeIT extends BrowserTest {

	static final Path PLAN = Path.of("src/test/resources/parse/cases/an-khe-town-plan-88-KH-UBND.txt").toAbsolutePath();

	@Test
	void anImportedPlanIsConfirmedGroupedByAgencyLinkedToItsParentAndItsCoverageShown() throws Exception {
		signInAndWait("admin", ADMIN_PASSWORD);
		open("/documents/new");
		WebElement query = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unit-query")));
		query.clear();
		query.sendKeys("gia lai");
		By option = By.xpath("//button[contains(@class,'orgunit-picker-option')][normalize-space(.)='Tỉnh Gia Lai']");
		wait.until(ExpectedConditions.elementToBeClickable(option)).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("unit-query"), "value", "Tỉnh Gia Lai"));
		browser.findElement(By.id("file")).sendKeys(PLAN.toString());
		click(browser.findElement(By.id("upload-submit")));
		waitForText(By.id("flash"), "an-khe-town-plan-88-KH-UBND.txt");

		click(browser.findElement(By.id("review-confirm")));
		wait.until(ExpectedConditions.alertIsPresent()).accept();
		waitForText(By.id("flash"), "Đã xác nhận");
		click(browser.findElement(By.id("document-plan")));

		waitForText(By.id("plan-heading"), "Kế hoạch số 88/KH-UBND");
		List<String> groups = browser.findElements(By.cssSelector(".plan-agency-group .card-header")).stream()
			.map(WebElement::getText).toList();
		assertThat(groups).contains("Phòng Kinh tế", "Ủy ban nhân dân các xã, phường");
		assertThat(browser.findElement(By.id("plan-parents")).getText()).contains("107/KH-UBND", "64-CTr/TU");
		saveScreenshot("plan");

		// the plan carries out 36-NQ/TW too: the coordinator links it
		browser.findElement(By.id("parent-number")).sendKeys("36-NQ/TW");
		browser.findElement(By.id("parent-date")).sendKeys("30/01/2023");
		click(browser.findElement(By.id("parent-add-submit")));
		waitForText(By.id("flash"), "36-NQ/TW");
		assertThat(browser.findElement(By.id("plan-parents")).getText()).contains("36-NQ/TW");

		click(browser.findElement(By.id("plan-coverage")));
		WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("coverage-summary")));
		assertThat(summary.getText()).contains("đơn vị cấp dưới chưa ban hành kế hoạch");
		assertThat(browser.findElements(By.cssSelector("#coverage-units tbody tr"))).hasSizeGreaterThan(50);

		open("/plans/cascade");
		WebElement tree = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-cascade-tree")));
		assertThat(tree.getText()).contains("36-NQ/TW", "88/KH-UBND");
	}

}
