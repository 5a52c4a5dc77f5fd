package vn.trienkhai.e2e;

import org.junit.jupiter.api.Test;

import vn.trienkhai.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person does first: sign in, find a commune, and stay inside their own unit. */
class SignInAndScopeIT extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	long unit(String code) {
		return jdbc.sql("select id from org_unit where code = ? and version = '2025'").param(code).query(Long.class).single();
	}

	/** A coordinator of Tuyên Quang with a known password (set up directly: this test is about using it). */
	String tuyenQuangCoordinator() {
		String name = "e2e-tq-" + System.nanoTime();
		jdbc.sql("""
				insert into account (username, display_name, password_hash, role, org_unit_id)
				values (?, 'Phạm Thị Tuyên', ?, 'COORDINATOR', ?)
				""").params(name, encoder.encode("Tuyen-Quang-2026"), unit("08")).update();
		return name;
	}

	@Test
	void aWrongPasswordShowsAClearVietnameseMessage() {
		signIn(tuyenQuangCoordinator(), "mat-khau-sai");
		waitForText(By.id("login-error"), "Tên đăng nhập hoặc mật khẩu không đúng.");
		assertThat(browser.getCurrentUrl()).contains("/login");
	}

	@Test
	void theAdministratorSignsInAndSeesTheWholeCountry() {
		signIn("admin", ADMIN_PASSWORD);
		waitForText(By.id("welcome"), "Xin chào");
		assertThat(browser.findElement(By.id("scope")).getText()).contains("Việt Nam");
		browser.findElement(By.id("user-menu")).click();
		browser.findElement(By.id("logout")).click();
		waitForText(By.id("login-info"), "Bạn đã đăng xuất.");
	}

	@Test
	void searchingWithoutDiacriticsFindsTheCommuneWithItsProvince() {
		signIn("admin", ADMIN_PASSWORD);
		open("/org-units");
		browser.findElement(By.id("orgunit-q")).sendKeys("nhu khe");
		waitForText(By.id("orgunit-search-results"), "Nhữ Khê");
		String results = browser.findElement(By.id("orgunit-search-results")).getText();
		assertThat(results).contains("Xã Nhữ Khê").contains("Tỉnh Tuyên Quang");
		browser.findElement(By.partialLinkText("Nhữ Khê")).click();
		wait.until(ExpectedConditions.urlMatches(".*/org-units/\\d+$"));
		assertThat(pageText()).contains("Xã Nhữ Khê").contains("Tỉnh Tuyên Quang");
	}

	@Test
	void anAccountOpeningAnotherUnitsPageSeesNothingOfIt() {
		String coordinator = tuyenQuangCoordinator();
		signIn(coordinator, "Tuyen-Quang-2026");
		waitForText(By.id("scope"), "Tỉnh Tuyên Quang");

		open("/org-units/" + unit("01"));
		waitForText(By.id("error"), "Không có quyền truy cập");
		assertThat(pageText()).doesNotContain("Hà Nội");

		open("/org-units/" + unit("08"));
		assertThat(pageText()).contains("Tỉnh Tuyên Quang");
		open("/admin/accounts");
		waitForText(By.id("error"), "Không có quyền truy cập");
	}

	@Test
	void thePagesWorkOnAPhoneSizedScreenAndInEnglish() {
		signIn("admin", ADMIN_PASSWORD);
		browser.manage().window().setSize(new Dimension(390, 844));
		try {
			open("/org-units?lang=en");
			WebElement toggler = browser.findElement(By.cssSelector(".navbar-toggler"));
			assertThat(toggler.isDisplayed()).as("collapsed menu button on a phone").isTrue();
			toggler.click();
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Agencies")));
			assertThat(pageText()).contains("Administrative units");
			Long scrollWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
				.executeScript("return document.documentElement.scrollWidth;");
			assertThat(scrollWidth).as("no horizontal scrolling").isLessThanOrEqualTo(390L);
		}
		finally {
			open("/?lang=vi");
			browser.manage().window().setSize(new Dimension(1280, 900));
		}
	}

}
