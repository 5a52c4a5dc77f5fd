package vn.trienkhai.orgunit.web;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import vn.trienkhai.BrowserTest;
import vn.trienkhai.orgunit.OrgUnits;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The htmx behaviour of the pages in a real browser (Debian's headless Chromium and chromedriver): the tree
 * expands on demand, search runs as you type, and the picker fills its hidden input. Run with
 * {@code ./mvnw test -Dtest=OrgUnitBrowserIT}; screenshots go to target/screenshots.
 */
class OrgUnitBrowserIT extends BrowserTest {

	@Autowired
	OrgUnits orgUnits;

	/**
	 * Puts the picker into a form on a page of the application, as another module's form would: a GET form
	 * to /org-units, so the submitted fields show in the address.
	 */
	void openPickerInAForm() {
		open("/org-units");
		((JavascriptExecutor) browser).executeScript("""
				var form = document.createElement('form');
				form.id = 'demo-form'; form.method = 'get'; form.action = '/org-units';
				form.innerHTML = '<div hx-get="/org-units/lookup/select?field=orgUnitId" hx-trigger="load" hx-swap="outerHTML"></div>'
				    + '<button type="submit" id="demo-submit">OK</button>';
				document.querySelector('main').prepend(form);
				htmx.process(form);""");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("orgUnitId-query")));
	}

	@BeforeEach
	void signInAsAdministrator() {
		signInAndWait("admin", ADMIN_PASSWORD);
	}

	@Test
	void expandingAProvinceLoadsItsCommunes() {
		open("/org-units");
		long gialai = orgUnits.findByCode("52", "2025").orElseThrow().id();
		WebElement li = browser.findElement(By.cssSelector("li[data-unit-id='" + gialai + "']"));
		assertThat(li.findElements(By.cssSelector(".orgunit-nodes"))).isEmpty();
		click(li.findElement(By.tagName("summary")));
		wait.until(d -> !li.findElements(By.cssSelector(".orgunit-nodes > li")).isEmpty());
		List<WebElement> communes = li.findElements(By.cssSelector(".orgunit-nodes > li"));
		assertThat(communes).hasSize(orgUnits.childCount(gialai, "2025"));
		assertThat(li.getText()).contains("Phường An Khê");
		// closing and opening again does not load twice
		click(li.findElement(By.tagName("summary")));
		click(li.findElement(By.tagName("summary")));
		assertThat(li.findElements(By.cssSelector(".orgunit-nodes"))).hasSize(1);
	}

	@Test
	void theHistoricalTreeExpandsThreeLevels() {
		open("/org-units?version=2024");
		long haGiang = orgUnits.findByCode("02", "2024").orElseThrow().id();
		long city = orgUnits.findByCode("024", "2024").orElseThrow().id();
		click(browser.findElement(By.cssSelector("li[data-unit-id='" + haGiang + "'] > details > summary")));
		By cityNode = By.cssSelector("li[data-unit-id='" + city + "']");
		wait.until(ExpectedConditions.presenceOfElementLocated(cityNode));
		click(browser.findElement(cityNode).findElement(By.tagName("summary")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(cityNode, "Phường Quang Trung"));
	}

	@Test
	void searchAsYouTypeOnAPhone() {
		browser.manage().window().setSize(new Dimension(390, 844));
		open("/org-units");
		browser.findElement(By.id("orgunit-q")).sendKeys("phuong an khe");
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#orgunit-search-results a.orgunit-match"), 2));
		List<WebElement> matches = browser.findElements(By.cssSelector("#orgunit-search-results a.orgunit-match"));
		assertThat(matches).extracting(WebElement::getText)
			.anyMatch(t -> t.contains("Phường An Khê, Thành phố Đà Nẵng"))
			.anyMatch(t -> t.contains("Phường An Khê, Tỉnh Gia Lai"));
		assertThat(matches.get(0).findElements(By.tagName("mark"))).extracting(WebElement::getText)
			.containsExactly("Phường", "An", "Khê");
		// nothing is wider than the phone's screen
		Long scrollWidth = (Long) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth;");
		assertThat(scrollWidth).isLessThanOrEqualTo(390);
	}

	@Test
	void thePickerFillsItsHiddenInputAndOnlyThatIsSubmitted() {
		openPickerInAForm();
		browser.findElement(By.id("orgUnitId-query")).sendKeys("nhu khe");
		By option = By.cssSelector("button.orgunit-picker-option");
		wait.until(ExpectedConditions.elementToBeClickable(option));
		assertThat(browser.findElement(option).getText()).isEqualTo("Xã Nhữ Khê, Tỉnh Tuyên Quang");
		browser.findElement(option).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.orgunit-picker-clear")));
		long nhuKhe = orgUnits.findByCode("02530", "2025").orElseThrow().id();
		assertThat(browser.findElement(By.cssSelector("input[type=hidden][name=orgUnitId]")).getAttribute("value"))
			.isEqualTo(String.valueOf(nhuKhe));
		assertThat(browser.findElement(By.id("orgUnitId-query")).getAttribute("value"))
			.isEqualTo("Xã Nhữ Khê, Tỉnh Tuyên Quang");
		assertThat(browser.findElements(option)).isEmpty();

		browser.findElement(By.id("demo-submit")).click();
		wait.until(ExpectedConditions.urlContains("orgUnitId="));
		assertThat(browser.getCurrentUrl()).endsWith("/org-units?orgUnitId=" + nhuKhe);
	}

	@Test
	void enterInThePickerDoesNotSubmitTheForm() {
		openPickerInAForm();
		browser.findElement(By.id("orgUnitId-query")).sendKeys("tuyen quang\n");
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.orgunit-picker-option")));
		assertThat(browser.getCurrentUrl()).endsWith("/org-units");
		browser.findElements(By.cssSelector("button.orgunit-picker-option")).get(0).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.orgunit-picker-clear")));
		browser.findElement(By.cssSelector("button.orgunit-picker-clear")).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.orgunit-picker-clear")));
		assertThat(browser.findElement(By.cssSelector("input[type=hidden][name=orgUnitId]")).getAttribute("value"))
			.isEmpty();
	}

}
