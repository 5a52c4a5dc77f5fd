package vn.trienkhai.e2e;

import org.junit.jupiter.api.Test;

import vn.trienkhai.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator sets up a province: creates an agency and a reporter of that agency, who then signs
 * in with the temporary password, must choose a new one, and lands in the province's scope.
 */
class AdministrationIT extends BrowserTest {

	void pickUnit(String fieldName, String typed, String expected) {
		WebElement query = browser.findElement(By.id(fieldName + "-query"));
		query.clear();
		query.sendKeys(typed);
		By option = By.xpath("//button[contains(@class,'orgunit-picker-option')][normalize-space(.)='" + expected + "']");
		wait.until(ExpectedConditions.elementToBeClickable(option)).click();
		wait.until(ExpectedConditions.attributeToBe(By.id(fieldName + "-query"), "value", expected));
	}

	@Test
	void anAdministratorCreatesAnAgencyAndAReporterWhoThenSignsIn() {
		String agencyName = "Trung tâm Ứng dụng khoa học và công nghệ số " + (System.nanoTime() % 100000);
		String username = "e2e-reporter-" + (System.nanoTime() % 100000);

		signIn("admin", ADMIN_PASSWORD);
		waitForText(By.id("welcome"), "Xin chào");

		open("/agencies/new");
		pickUnit("unit", "tuyen quang", "Tỉnh Tuyên Quang");
		browser.findElement(By.id("name")).sendKeys(agencyName);
		browser.findElement(By.id("agency-save")).click();
		waitForText(By.id("flash"), agencyName);

		open("/admin/accounts/new");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("displayName")).sendKeys("Đỗ Thị Hương");
		new Select(browser.findElement(By.id("role"))).selectByValue("REPORTER");
		pickUnit("orgUnitId", "tuyen quang", "Tỉnh Tuyên Quang");
		By agencyOption = By.xpath("//select[@id='agencyId']/option[normalize-space(.)='" + agencyName + "']");
		wait.until(ExpectedConditions.presenceOfElementLocated(agencyOption));
		new Select(browser.findElement(By.id("agencyId"))).selectByVisibleText(agencyName);
		browser.findElement(By.id("account-save")).click();
		String password = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#temporary-password code")))
			.getText();
		assertThat(password).matches("[A-Za-z2-9-]{19}");

		browser.findElement(By.id("user-menu")).click();
		browser.findElement(By.id("logout")).click();
		signIn(username, password);
		wait.until(ExpectedConditions.urlContains("/account/password"));
		browser.findElement(By.id("current")).sendKeys(password);
		browser.findElement(By.id("chosen")).sendKeys("Công-nghệ-sinh-học-36");
		browser.findElement(By.id("repeated")).sendKeys("Công-nghệ-sinh-học-36");
		browser.findElement(By.id("password-submit")).click();
		wait.until(ExpectedConditions.urlContains("/login"));
		signIn(username, "Công-nghệ-sinh-học-36");
		waitForText(By.id("scope"), "Tỉnh Tuyên Quang");
		assertThat(browser.findElements(By.linkText("Quản trị"))).as("no admin menu for a reporter").isEmpty();
	}

}
