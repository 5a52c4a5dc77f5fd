package vn.trienkhai.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.trienkhai.BrowserTest;

/**
 * A person imports a real plan: uploads the file, sees each item's sentence highlighted in the text while
 * pointing at it, removes a wrong target, adds a missing task, and confirms (answering the browser's "are you
 * sure"); the confirmed draft is shown read-only with the corrections.
 */
class ImportReviewIT extends BrowserTest {

	static final Path PLAN = Path.of("src/test/resources/parse/cases/an-khe-town-plan-88-KH-UBND.txt").toAbsolutePath();

	@Test
	void aPlanIsUploadedReviewedCorrectedAndConfirmed() throws Exception {
		signInAndWait("admin", ADMIN_PASSWORD);
		open("/documents");
		click(browser.findElement(By.id("document-new")));
		WebElement query = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unit-query")));
		query.clear();
		query.sendKeys("gia lai");
		By option = By.xpath("//button[contains(@class,'orgunit-picker-option')][normalize-space(.)='Tỉnh Gia Lai']");
		wait.until(ExpectedConditions.elementToBeClickable(option)).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("unit-query"), "value", "Tỉnh Gia Lai"));
		browser.findElement(By.id("file")).sendKeys(PLAN.toString());
		click(browser.findElement(By.id("upload-submit")));

		waitForText(By.id("flash"), "an-khe-town-plan-88-KH-UBND.txt");
		assertThat(browser.findElement(By.id("number")).getAttribute("value")).isEqualTo("88/KH-UBND");
		assertThat(browser.findElement(By.id("doc-text")).getText()).contains("KẾ HOẠCH");

		// pointing at a target marks the sentence it was read from
		List<WebElement> targets = browser.findElements(By.cssSelector("#rows-targets > .review-item"));
		assertThat(targets).hasSizeGreaterThan(2);
		WebElement second = targets.get(1);
		new Actions(browser).moveToElement(second.findElement(By.cssSelector("textarea"))).perform();
		WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("doc-highlight")));
		String text = (String) ((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("return document.getElementById('doc-text').textContent;");
		int start = Integer.parseInt(second.getAttribute("data-start"));
		int end = Integer.parseInt(second.getAttribute("data-end"));
		assertThat(mark.getText()).as("the highlight is exactly the target's span").isEqualTo(text.substring(start, end).strip());
		assertThat(mark.getText()).contains(second.findElement(By.cssSelector("input[name$='.value']")).getAttribute("value"));
		saveScreenshot("highlight");

		// the outline marks the part a heading covers
		click(browser.findElement(By.cssSelector("#review-outline summary")));
		WebElement heading = browser.findElement(By.cssSelector("#review-outline .review-item"));
		new Actions(browser).moveToElement(heading).perform();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("doc-highlight"), "MỤC ĐÍCH"));

		// remove the first target, add a task the parser missed
		WebElement first = targets.get(0);
		String removedQuote = first.findElement(By.cssSelector("input[name$='.quote']")).getAttribute("value");
		click(first.findElement(By.cssSelector(".review-remove")));
		assertThat(first.getAttribute("class")).contains("review-removed");
		click(browser.findElement(By.id("add-tasks")));
		List<WebElement> taskRows = browser.findElements(By.cssSelector("#rows-tasks > .review-item"));
		WebElement added = taskRows.get(taskRows.size() - 1);
		added.findElement(By.cssSelector("textarea")).sendKeys("Xây dựng cơ sở dữ liệu về công nghệ sinh học của thị xã");
		added.findElement(By.cssSelector("input[name$='.lead']")).sendKeys("Phòng Kinh tế");
		added.findElement(By.cssSelector("input[name$='.deadline']")).sendKeys("31/12/2024");
		int tasksBefore = taskRows.size();

		click(browser.findElement(By.id("review-confirm")));
		org.openqa.selenium.Alert sure = wait.until(ExpectedConditions.alertIsPresent());
		assertThat(sure.getText()).contains("không sửa được nữa");
		sure.accept();
		waitForText(By.id("flash"), "Đã xác nhận");
		assertThat(browser.findElement(By.id("document-status")).getText()).isEqualTo("Đã xác nhận");
		assertThat(browser.findElement(By.id("review-form")).findElement(By.tagName("fieldset")).getAttribute("disabled"))
			.isNotNull();
		assertThat(browser.findElements(By.cssSelector("#rows-targets > .review-item"))).hasSize(targets.size() - 1);
		assertThat(browser.findElements(By.cssSelector("#rows-targets input[name$='.quote']")).stream()
			.map(t -> t.getAttribute("value"))).doesNotContain(removedQuote);
		List<WebElement> tasks = browser.findElements(By.cssSelector("#rows-tasks > .review-item"));
		assertThat(tasks).hasSize(tasksBefore);
		WebElement last = tasks.get(tasks.size() - 1);
		assertThat(last.findElement(By.cssSelector("textarea")).getAttribute("value"))
			.isEqualTo("Xây dựng cơ sở dữ liệu về công nghệ sinh học của thị xã");
		assertThat(last.findElement(By.cssSelector("input[name$='.deadline']")).getAttribute("value")).isEqualTo("31/12/2024");
		assertThat(browser.findElements(By.id("review-confirm"))).isEmpty();
	}


	@Test
	void aFileThatCannotBeReadIsRefusedWithTheReasonInThePersonsLanguage() throws Exception {
		Path legacy = java.nio.file.Files.createTempFile("ke-hoach-cu", ".doc");
		// the signature of an OLE2 compound file: a Word 97–2003 document
		java.nio.file.Files.write(legacy, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
				0x1A, (byte) 0xE1, 0, 0, 0, 0, 0, 0, 0, 0 });
		try {
			signInAndWait("admin", ADMIN_PASSWORD);
			open("/documents/new?lang=en");
			browser.findElement(By.id("file")).sendKeys(legacy.toString());
			click(browser.findElement(By.id("upload-submit")));
			WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-error")));
			assertThat(error.getText()).contains(".docx");
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Import a document");
			open("/documents/new?lang=vi");
			browser.findElement(By.id("file")).sendKeys(legacy.toString());
			click(browser.findElement(By.id("upload-submit")));
			error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-error")));
			assertThat(error.getText()).contains(".docx").contains("Word");
		}
		finally {
			java.nio.file.Files.deleteIfExists(legacy);
		}
	}

}
