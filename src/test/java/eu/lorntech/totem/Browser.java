package eu.lorntech.totem;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium (no driver download), with an axe-core check of
 * WCAG 2.1 A/AA rules and a check that the page fits the viewport. Opens at a {@link Size}: a
 * journey annotated {@link AtBothSizes} runs on a desktop screen and on a phone. Skips, saying
 * what is missing, where Chromium is not installed.
 */
public final class Browser implements AutoCloseable {

    /**
     * The sizes a journey runs at in this suite: all, or those the system property {@code totem.it.sizes}
     * names (such as {@code DESKTOP}); an unknown name fails the suite.
     */
    public static java.util.List<Size> sizes() {
        String names = System.getProperty("totem.it.sizes", "").trim();
        return names.isEmpty() ? java.util.List.of(Size.values())
                : java.util.Arrays.stream(names.split(",")).map(n -> Size.valueOf(n.trim())).toList();
    }

    /** The screens a journey runs on. A phone is emulated (touch-free) at its CSS pixel size. */
    public enum Size {
        DESKTOP(1280, 900, false), PHONE(390, 844, true);

        public final int width;
        public final int height;
        final boolean mobile;

        Size(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }
    }

    static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String base;
    private final Size size;
    private String typed;

    private Browser(WebDriver driver, String base, Size size) {
        this.driver = driver;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.size = size;
    }

    /** A desktop browser (1280×900). */
    public static Browser open(String base) {
        return open(base, Size.DESKTOP);
    }

    public static Browser open(String base, Size size) {
        Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute(),
                "Browser tests skipped: " + CHROMIUM + " or " + DRIVER + " is missing (apt-get install -y chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--lang=fr-FR");
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        if (size.mobile) {
            // headless Chromium keeps windows at least 500 px wide: the phone's viewport is emulated at its CSS
            // size. Not as a "mobile" device: that one zooms a page out to fit anything wider than the screen,
            // and WebDriver's clicks then land off their target (a button pressed 130 px too high, a
            // neighbouring calendar slot); the layout is the same at 390 px, and assertFitsViewport still
            // fails any page wider than the screen
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", size.width, "height", size.height, "deviceScaleFactor", 1, "mobile", false));
        }
        return new Browser(driver, base, size);
    }

    public WebDriver driver() {
        return driver;
    }

    public Size size() {
        return size;
    }

    /** True on a phone-sized screen, where the header and the menu are behind the menu button. */
    public boolean isPhone() {
        return size == Size.PHONE;
    }

    /**
     * Types an address, once: a journey starts with one typed URL and goes on by the page's own links,
     * buttons and fields, as a person does. A second typed address fails the journey; a link of a mail
     * is followed with {@link #openMailLink(String)}.
     */
    public Browser go(String path) {
        if (typed != null) {
            throw new AssertionError("a journey types one address (" + typed + "), then clicks: not " + path);
        }
        typed = path;
        driver.get(base + path);
        return this;
    }

    /** Opens a link a person received by mail (a reset link, a registration's page), as clicking it in their mailbox does. */
    public Browser openMailLink(String url) {
        driver.get(url.startsWith("http") ? url : base + url);
        return this;
    }

    public WebElement find(String css) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        } catch (org.openqa.selenium.TimeoutException e) {
            // what the page showed instead, to look at after the run
            screenshot("missing-" + size + "-" + css.replaceAll("\\W+", "_") + "-" + System.currentTimeMillis());
            driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)
                    .forEach(entry -> System.err.println("browser console on " + driver.getCurrentUrl() + ": " + entry));
            throw e;
        }
    }

    public void type(String css, String text) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(text);
    }

    /** Clicks what {@code css} finds; a link of the header that a phone folds away is reached as a person does, by the menu button first. */
    public void click(String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        if (!found.isEmpty() && !found.get(0).isDisplayed()
                && !driver.findElements(By.cssSelector("#menuButton[aria-controls]")).isEmpty()) {
            WebElement panel = driver.findElement(By.id(driver.findElement(By.id("menuButton")).getAttribute("aria-controls")));
            if (panel.findElements(By.cssSelector(css)).contains(found.get(0))) {
                openMenu();
            }
        }
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    /** Clicks a link and waits until the page it leads to has replaced this one. */
    public void clickAndWait(String css) {
        WebElement html = driver.findElement(By.tagName("html"));
        click(css);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(html));
        find("main");
    }

    public void waitForPath(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains(path));
    }

    public void waitForText(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> bodyText(d).contains(text));
    }

    /**
     * The page's text, or "" while a navigation replaces the page: Chrome then reports the body read a
     * moment before as "Node with given id does not belong to the document" (a stale element by another
     * name), which a wait must take as "not yet", as it takes a stale element.
     */
    static String bodyText(WebDriver d) {
        try {
            return d.findElement(By.tagName("body")).getText();
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e instanceof StaleElementReferenceException || String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return "";
            }
            throw e;
        }
    }

    /**
     * Waits until the condition holds, reading the page again while it is being replaced: an element
     * found on the old document is stale, which Chrome reports either as such or as a node that "does
     * not belong to the document" (CI met the second while a confirmation reloaded the page).
     */
    public void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(d -> {
            try {
                return condition.getAsBoolean();
            } catch (org.openqa.selenium.WebDriverException replaced) {
                if (String.valueOf(replaced.getMessage()).contains("does not belong to the document")) {
                    return false;
                }
                throw replaced;
            }
        });
    }

    /** The value of the selected option of a select element. */
    public String selected(String css) {
        return new org.openqa.selenium.support.ui.Select(find(css)).getFirstSelectedOption().getAttribute("value");
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * Signs in: by the header's sign-in link once a page is open ({@link #signInByClicks}); a journey
     * that starts here types the sign-in page's address as its one typed URL.
     */
    public void signIn(String email, String password) {
        if (typed == null) {
            go("/login.xhtml");
            type("#login\\:email", email);
            type("#login\\:password", password);
            click("#login\\:submit");
        } else {
            signInByClicks(email, password);
        }
    }

    public void signOut() {
        openMenu();
        click("#signout\\:signoutButton");
        waitForPath("/index.xhtml");
    }

    /**
     * Opens the header's menu with its button where the screen is narrow enough to hide it (the
     * menu button is then displayed); on a desktop the menu is always open and nothing happens.
     */
    public void openMenu() {
        List<WebElement> buttons = driver.findElements(By.id("menuButton"));
        if (buttons.isEmpty() || !buttons.get(0).isDisplayed()) {
            return;
        }
        WebElement button = buttons.get(0);
        if (!"true".equals(button.getAttribute("aria-expanded"))) {
            button.click();
        }
        WebElement panel = driver.findElement(By.id(button.getAttribute("aria-controls")));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> panel.isDisplayed());
    }

    /** Clicks the menu's link with this exact text (opening the menu first on a phone) and waits for the new page. */
    public void clickNav(String text) {
        openMenu();
        WebElement link = menuLinks().stream().filter(a -> a.getText().trim().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu entry '" + text + "' in " + menuTexts()));
        WebElement html = driver.findElement(By.tagName("html"));
        link.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(html));
        find("main");
    }

    /** Signs in as a person does from any page: the header's sign-in link (behind the menu button on a phone), then the form. */
    public void signInByClicks(String email, String password) {
        openMenu();
        WebElement html = driver.findElement(By.tagName("html"));
        click("#signinLink");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(html));
        type("#login\\:email", email);
        type("#login\\:password", password);
        click("#login\\:submit");
    }

    /**
     * Clicks each entry of the main menu in turn, as read on the page where the walk starts, and
     * calls back on each page reached with the entry's text; where a page has a sub-navigation (the
     * space manager's tabs), each of its other pages is reached by its link too. Returns what was walked.
     */
    public List<String> walkMenu(java.util.function.Consumer<String> onEachPage) {
        List<String> entries = menuTexts();
        assertTrue(!entries.isEmpty(), "a menu to walk on " + driver.getCurrentUrl());
        List<String> walked = new java.util.ArrayList<>();
        for (String entry : entries) {
            clickNav(entry);
            assertTrue(driver.findElements(By.id("errorText")).isEmpty(), () -> "'" + entry + "' leads to an error page: " + text());
            onEachPage.accept(entry);
            walked.add(entry);
            int tabs = driver.findElements(By.cssSelector("nav.tabs a")).size();
            for (int i = 0; i < tabs; i++) {
                WebElement tab = driver.findElements(By.cssSelector("nav.tabs a")).get(i);
                if ("page".equals(tab.getAttribute("aria-current"))) {
                    continue;
                }
                String name = entry + " › " + tab.getText().trim();
                WebElement html = driver.findElement(By.tagName("html"));
                tab.click();
                new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(html));
                find("main");
                assertTrue(driver.findElements(By.id("errorText")).isEmpty(), () -> "'" + name + "' leads to an error page: " + text());
                onEachPage.accept(name);
                walked.add(name);
            }
        }
        return walked;
    }

    /** The visible texts of the main menu's links, in order (the menu opened first on a phone). */
    public List<String> menuTexts() {
        openMenu();
        return menuLinks().stream().map(a -> a.getText().trim()).collect(Collectors.toList());
    }

    private List<WebElement> menuLinks() {
        return driver.findElements(By.cssSelector("#mainmenu a"));
    }

    /** Clicks the language switcher's link for this language ("fr", "en", "de"), opening the menu first on a phone. */
    public void chooseLanguage(String language) {
        openMenu();
        WebElement html = driver.findElement(By.tagName("html"));
        click("a[hreflang='" + language + "']");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(html));
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    /**
     * The page fits the viewport: no sideways scrolling of the document. Names the widest elements
     * that stick out (outside any element that scrolls sideways itself, like the calendar's grid).
     */
    public void assertFitsViewport() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
        long innerWidth = ((Number) js.executeScript("return window.innerWidth;")).longValue();
        if (scrollWidth <= innerWidth) {
            return;
        }
        Object offenders = js.executeScript(OFFENDERS);
        throw new AssertionError("the page on " + driver.getCurrentUrl() + " is " + scrollWidth + " px wide, wider than the "
                + innerWidth + " px viewport (" + size + "); sticking out: " + offenders);
    }

    private static final String OFFENDERS = """
            const w = window.innerWidth, found = [];
            function clipped(e) {
              for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                const o = getComputedStyle(p).overflowX;
                if (o !== 'visible' && p.getBoundingClientRect().right <= w + 1) return true;
              }
              return false;
            }
            for (const e of document.body.querySelectorAll('*')) {
              const r = e.getBoundingClientRect();
              if (r.width > 0 && r.right > w + 1 && !clipped(e)) {
                const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                  + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
                found.push({name: name, right: Math.round(r.right), width: Math.round(r.width),
                  text: (e.innerText || '').trim().replace(/\\s+/g, ' ').substring(0, 40)});
              }
            }
            // the widest first; among equals the innermost (the last in document order)
            found.reverse().sort((a, b) => b.right - a.right);
            return found.slice(0, 3).map(f => f.name + ' (right edge ' + f.right + ' px, ' + f.width + ' px wide: "' + f.text + '")').join('; ');
            """;

    /** axe-core, WCAG 2.1 A and AA: the page must have no violation; and it must fit the viewport ({@link #assertFitsViewport()}). */
    public void assertAccessible() {
        assertFitsViewport();
        Results results;
        try {
            results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        } catch (RuntimeException e) {
            // axe-core's runner opens a blank window to sanitise its run and switches back; on a loaded
            // machine the switch can fail: that is the tool, not the page, and one more run tells
            if (e.getMessage() == null || !e.getMessage().contains("switchToWindow failed")) {
                throw e;
            }
            results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        }
        List<Rule> violations = results.getViolations();
        assertTrue(violations.isEmpty(), () -> "axe-core on " + driver.getCurrentUrl() + ":\n" + violations.stream()
                .map(v -> "- " + v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")));
    }

    /** Saves what the browser shows to target/screenshots/NAME.png, to look at the pages after a run. */
    public void screenshot(String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(dir);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            java.nio.file.Files.write(dir.resolve(name + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
