package org.vigil.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in Debian's Chromium, driven by Selenium: every view shows the store's data.
 * Screenshots go to target/screenshots for a person to look at.
 */
class DashboardBrowserTest {
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static ChromeDriver browser;
  private static WebDriverWait wait;
  private static String base;
  private static Path profile;

  @BeforeAll
  static void openBrowser() throws IOException {
    base = TestServer.base();
    Files.createDirectories(SHOTS);
    profile = Files.createTempDirectory("vigil-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--window-size=1400,1000");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1400, 1000));
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static void shot(String name) {
    try {
      Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<WebElement> waitFor(String css) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    return browser.findElements(By.cssSelector(css));
  }

  @Test
  void theTimelineStacksTheStoredEventsByQuadClass() {
    browser.get(base + "/#/");
    assertTrue(waitFor("#timeline svg rect.bar").size() >= 4);
    waitFor(".brush");
    String total = browser.findElement(By.id("timeline-total")).getText();
    assertTrue(total.matches("\\d+ events in \\d+ days"), total);
    shot("1-timeline");
  }

  @Test
  void theMapDrawsCountriesAndTheStoredPlacesAndZoomsToARegion() throws InterruptedException {
    browser.get(base + "/#/map");
    assertTrue(waitFor("#map path.country").size() > 100, "Natural Earth country shapes");
    assertTrue(waitFor("#map circle.place").size() >= 2);
    shot("2-map-world");
    browser.findElement(By.cssSelector("[data-region='Middle East']")).click();
    Thread.sleep(1000); // the zoom transition
    assertTrue(browser.findElement(By.cssSelector("#map svg > g")).getAttribute("transform").contains("scale"));
    shot("3-map-middle-east");
  }

  @Test
  void theActorNetworkLinksWhoActsOnWhom() throws InterruptedException {
    browser.get(base + "/#/network");
    assertTrue(waitFor("#network line.link").size() >= 2);
    List<String> actors = waitFor("#network .node text").stream().map(WebElement::getText).toList();
    assertTrue(actors.stream().anyMatch(a -> a.startsWith("SYR")), actors.toString());
    Thread.sleep(1500); // let the layout settle
    shot("4-network");
  }

  @Test
  void theEventsTableFiltersAndOpensAnEventWithItsEvidenceMarked() {
    browser.get(base + "/#/events");
    assertTrue(waitFor("#events-table tbody tr").size() >= 4);
    shot("5-events");
    WebElement actor = browser.findElement(By.cssSelector("#event-filters input[name=actor]"));
    actor.clear();
    actor.sendKeys("KEN");
    browser.findElement(By.cssSelector("#event-filters button[type=submit]")).click();
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElements(By.cssSelector("#events-table tbody tr")).stream()
        .allMatch(tr -> tr.getText().contains("KEN")));
    browser.findElements(By.cssSelector("#events-table tbody tr")).get(0).click();
    WebElement trigger = waitFor("#article mark.hl-trigger").get(0);
    assertTrue(!trigger.getText().isBlank());
    assertTrue(waitFor("#article mark.hl-source, #article mark.hl-target").size() >= 1);
    assertTrue(browser.findElement(By.id("event-rule")).getText().contains("->"));
    shot("6-event-kenya");
    browser.get(base + "/#/events?");
    // Clear the filters for the other tests through the chips.
    browser.findElements(By.cssSelector("#filter-chips button")).forEach(WebElement::click);
  }

  @Test
  void anEventWithCasualtiesShowsThemHighlighted() {
    browser.get(base + "/#/events");
    String id = new org.openqa.selenium.support.ui.FluentWait<>(browser).withTimeout(Duration.ofSeconds(30))
        .until(d -> (String) ((ChromeDriver) d).executeAsyncScript(
            "const done = arguments[0]; fetch('/api/events?text=killing&limit=100').then(r => r.json())"
                + ".then(b => done((b.events.find(e => e.size.dead != null && e.location)"
                + " || b.events.find(e => e.size.dead != null) || {}).id || null));"));
    browser.get(base + "/#/event/" + id);
    assertTrue(waitFor("#article mark.hl-dead").get(0).getText().matches(".*\\d.*"));
    shot("7-event-casualties");
  }

  @Test
  void pastingAnArticleOnTheCodePageShowsItsEvents() {
    browser.get(base + "/#/code");
    WebElement text = waitFor("#code-text").get(0);
    text.sendKeys("Egyptian police arrested 14 activists in Cairo on Saturday.\n"
        + "Egypt and Jordan agreed to cooperate on water security.");
    WebElement date = browser.findElement(By.id("code-date"));
    browser.executeScript("arguments[0].value = '2022-10-08'", date);
    browser.findElement(By.id("code-submit")).click();
    List<WebElement> cards = new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(d -> {
          List<WebElement> c = d.findElements(By.cssSelector("#code-results .event-card"));
          return c.isEmpty() ? null : c;
        });
    assertTrue(cards.get(0).getText().contains("EGY"), cards.get(0).getText());
    assertTrue(waitFor("#code-article mark.hl-trigger").size() >= 1);
    assertEquals(cards.size() + " events", browser.findElement(By.id("code-status")).getText());
    shot("8-code");
  }
}
