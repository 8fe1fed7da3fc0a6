package org.ecvetledger.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * A journey through the web pages in a real browser (issue 11, ADR 0018): Debian's headless Chromium,
 * driven by Selenium through Debian's chromedriver — nothing is downloaded at test time. The whole
 * ledger runs as in every {@link LedgerIT}; a journey signs in through the login form like a person.
 * A missing browser fails the journey (CI installs it), it is never skipped.
 */
@LedgerIT
public abstract class BrowserJourney {

    static final String CHROMIUM = System.getProperty("ledger.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("ledger.chromedriver", "/usr/bin/chromedriver");

    /** A password good enough for the account store's rule (12 characters or more). */
    protected static final String PASSWORD = "journey-password-0018";

    private static ChromeDriver browser;
    private static Path profile;

    @Autowired
    protected Environment environment;

    protected LedgerHttp http;

    @BeforeAll
    static void startBrowser() throws IOException {
        assertThat(new File(CHROMIUM))
                .as("Debian's chromium (apt-get install chromium chromium-driver; .ci/run does it)")
                .exists();
        profile = Files.createTempDirectory("ledger-browser");
        var options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-quic",
                        "--no-first-run",
                        // the machine's network is closed: without these Chromium keeps calling home
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--window-size=1280,1000",
                        "--lang=en",
                        "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(file -> file.toFile().delete());
            }
        }
    }

    @BeforeEach
    void connect() {
        http = new LedgerHttp(environment);
        browser.manage().deleteAllCookies();
    }

    protected WebDriver browser() {
        return browser;
    }

    protected String base() {
        return "http://localhost:" + environment.getProperty("local.server.port");
    }

    protected void open(String path) {
        browser.get(base() + path);
    }

    protected String path() {
        return java.net.URI.create(browser.getCurrentUrl()).getPath();
    }

    /**
     * The path once the browser has arrived at {@code expected}, or where it still is after 20 s: a
     * click on a submit button returns before a redirect and a slow page have committed, so reading
     * {@link #path()} at once can still see the page the form was on.
     */
    protected String pathOnceAt(String expected) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> path().equals(expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            // the caller's assertion names where the browser is instead
        }
        return path();
    }

    protected WebElement find(By by) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            // the page the browser shows instead says why far better than the timeout does
            var main = browser.findElements(By.tagName("main"));
            throw new AssertionError(
                    "no " + by + " on " + browser.getCurrentUrl() + ", which shows: "
                            + (main.isEmpty()
                                    ? browser.getPageSource()
                                    : main.get(0).getText()),
                    e);
        }
    }

    /** A date field takes its value as typed in the browser's locale; set the ISO value it submits instead. */
    protected void date(String id, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1]", find(By.id(id)), isoDate);
    }

    protected List<WebElement> all(By by) {
        return browser.findElements(by);
    }

    protected void type(String id, String text) {
        var field = find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    protected void click(By by) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.elementToBeClickable(by))
                .click();
    }

    protected String heading() {
        return find(By.tagName("h1")).getText();
    }

    // --- accounts that sign in with a password, as people do

    /** A learner account with a password, for {@code learnerId}; its name. */
    protected String learnerAccount(String learnerId) {
        return account("""
                {"name": "%s", "displayName": "Learner %s", "role": "LEARNER", "learner": "%s", "password": "%s"}""".formatted(unique("learner"), learnerId.substring(0, 8), learnerId, PASSWORD));
    }

    /** An auditor account with a password, scoped to {@code jurisdictions} ("*": all); its name. */
    protected String auditorAccount(String... jurisdictions) {
        var scope = String.join(
                ", ",
                java.util.Arrays.stream(jurisdictions).map(j -> "\"" + j + "\"").toList());
        return account("""
                {"name": "%s", "displayName": "Auditor Ada", "role": "AUDITOR", "jurisdictions": [%s], "password": "%s"}""".formatted(unique("auditor"), scope, PASSWORD));
    }

    /** A staff account of {@code institution} holding {@code functions}, with a password; its name. */
    protected String staffAccount(String institution, String displayName, String... functions) {
        var held = String.join(
                ", ",
                java.util.Arrays.stream(functions).map(f -> "\"" + f + "\"").toList());
        return account("""
                {"name": "%s", "displayName": "%s", "role": "STAFF", "institution": "%s", "functions": [%s], "password": "%s"}""".formatted(unique("staff"), displayName, institution, held, PASSWORD));
    }

    private String account(String json) {
        var created = http.asAdmin().post("/api/accounts", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("name").asString();
    }

    private static String unique(String role) {
        return role + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Signs in through the login form and waits for the landing page. */
    protected void signIn(String name) {
        open("/login");
        type("username", name);
        type("password", PASSWORD);
        click(By.id("sign-in"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> !path().equals("/login"));
    }

    protected void signOut() {
        click(By.cssSelector("form.signout button"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> path().equals("/login"));
    }

    /** Saves what the browser shows as {@code docs/screenshots/<name>.png}, the picture README shows. */
    protected void screenshot(String name) throws IOException {
        var shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        var folder = repositoryRoot().resolve("docs/screenshots");
        Files.createDirectories(folder);
        Files.copy(shot, folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Failsafe runs in the module's folder; the screenshots belong to the repository's docs. */
    private static Path repositoryRoot() {
        var here = Path.of("").toAbsolutePath();
        for (var folder = here; folder != null; folder = folder.getParent()) {
            if (Files.isDirectory(folder.resolve("docs/adr"))) {
                return folder;
            }
        }
        return here;
    }
}
