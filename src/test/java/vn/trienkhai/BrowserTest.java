package vn.trienkhai;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real browser against the running application: Debian's headless Chromium driven through its own
 * chromedriver (./trienkhai test installs both). One browser per test class; cookies cleared between
 * tests. A screenshot of the last page of each test is kept in target/screenshots.
 */
@IntegrationTest
public abstract class BrowserTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	protected static final String ADMIN_PASSWORD = "Admin-Test-Pass-2026";

	protected static WebDriver browser;

	protected static WebDriverWait wait;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void startBrowser() {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			throw new IllegalStateException(
					"Browser tests need Debian's chromium and chromium-driver; run ./trienkhai test, which installs them");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--no-first-run", "--window-size=1280,900", "--lang=vi");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		// htmx swaps replace elements while a wait looks at them: look again rather than fail
		wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		wait.ignoring(StaleElementReferenceException.class);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

	@BeforeEach
	void freshSession() {
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
		open("/login");
		browser.manage().deleteAllCookies();
	}

	@AfterEach
	void screenshot(TestInfo info) throws Exception {
		Path dir = Path.of("target/screenshots");
		Files.createDirectories(dir);
		byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
		Files.write(dir.resolve(getClass().getSimpleName() + "-" + info.getTestMethod().orElseThrow().getName() + ".png"), png);
	}

	/** Keeps a screenshot of the page as it is now, as target/screenshots/&lt;class&gt;-&lt;name&gt;.png. */
	protected void saveScreenshot(String name) throws java.io.IOException {
		Path dir = Path.of("target/screenshots");
		Files.createDirectories(dir);
		Files.write(dir.resolve(getClass().getSimpleName() + "-" + name + ".png"),
				((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

	protected void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	protected void signIn(String username, String password) {
		open("/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.id("login-submit")).click();
	}

	protected String pageText() {
		return browser.findElement(By.tagName("body")).getText();
	}

	protected void waitForText(By by, String text) {
		wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
	}

	/** Signs in and waits until the first page after the login page has loaded. */
	protected void signInAndWait(String username, String password) {
		signIn(username, password);
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	/** Clicks after scrolling the element to the middle of the window at once (Bootstrap scrolls smoothly). */
	protected static void click(WebElement element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
				element);
		element.click();
	}

}
