package org.parley.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.support.Api;
import org.parley.support.Ballots;
import org.parley.support.BrowserJourney;
import org.parley.support.TestDatabase;
import org.parley.support.TestParley;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Every page, for every role, in Chromium at phone (390×844) and desktop (1366×900) sizes, on the
 * demo negotiation: no server error, no template code in the output, nothing wider than the screen, no serious or
 * critical axe-core violation. Each role starts from its home page and follows the links it is
 * shown (one page per address shape, e.g. one thread of the many), plus the pages reached only by
 * typing or from e-mails; the signed-out visitor tries every address the others found.
 */
@ExtendWith(TestDatabase.Availability.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"parley.demo.enabled=true", "parley.demo.password=every-page-test", "parley.today=",
                "logging.level.org.parley=WARN"})
@ContextConfiguration(initializers = TestDatabase.class)
@Import(TestParley.class)
class EveryPageTest extends BrowserJourney {

    private static final List<String> ROLES = List.of("admin", "labor", "management", "member", "committee", "observer");
    /** Reached by typing, from e-mails, or only in some states; the crawl adds what the pages link to. */
    private static final List<String> SEEDS = List.of("/", "/member", "/member/feeds", "/votes", "/votes/new",
            "/search?q=wage", "/agreements", "/admin/accounts", "/negotiations/987654321", "/member/sign-in", "/login");
    /** Downloads, feeds, one-time links and sign-out are not pages. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "\\.(csv|ics|atom|json|pdf|docx|xlsx|txt)$|^/logout|^/member/sign-in/|^/unsubscribe/|^/v3/|^/webjars/|^/css/|^/js/|^/api/");
    private static final Pattern ID = Pattern.compile("/\\d+(?=/|$)");
    private static final int PAGES_PER_ROLE = 90;

    @Autowired
    Api api;

    @Autowired
    Clock clock;

    private final Set<String> axeChecked = new LinkedHashSet<>();

    @Test
    void everyPageForEveryRoleShowsNoTemplateCodeFitsTheScreenAndHasNoSeriousAccessibilityProblem() {
        api.ensureAccounts();
        openAVote(); // the demo's votes are counted or to come: an open one shows the ballot and the members' banner
        long started = System.nanoTime();
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, String> everyShape = new LinkedHashMap<>();
        int pages = 0;
        for (String role : ROLES) {
            pages += crawl(role, SEEDS, true, problems, everyShape);
        }
        List<String> signedOut = new ArrayList<>(List.of("/member/sign-in", "/login", "/member/sign-in/not-a-token"));
        signedOut.addAll(everyShape.values());
        everyShape.values().stream().filter(path -> path.matches("/votes/\\d+")).forEach(vote -> signedOut.add(vote + "/key"));
        pages += crawl(null, signedOut, false, problems, everyShape);
        System.out.printf("Every page: %d pages (%d address shapes, %d run through axe) checked for 7 roles at 2 sizes in %.1f s: %s%n",
                pages, everyShape.size(), axeChecked.size(), (System.nanoTime() - started) / 1e9, everyShape.keySet());
        assertThat(everyShape.keySet()).as("the crawl reached the pages of every module")
                .contains("/negotiations/{id}", "/sessions/{id}", "/votes/{id}/ballot", "/threads/{id}", "/tables/{id}/status-sheet", "/member",
                        "/votes/{id}", "/updates/{id}", "/events/{id}", "/petitions/{id}", "/agreements/{id}", "/admin/accounts");
        assertThat(problems).as("pages with problems").isEmpty();
    }

    private void openAVote() {
        long negotiation = api.get("labor", "/api/negotiations").json().get(0).get("id").asLong();
        Map<String, Object> vote = Ballots.yesNo(negotiation, "Every page vote", "MAJORITY_OF_VOTES_CAST");
        vote.put("opensAt", clock.instant().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString());
        vote.put("closesAt", clock.instant().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        new Ballots(api).openVote(vote);
    }

    /** Visits the seeds as this role (null: signed out), following links when asked; returns how many pages it checked. */
    private int crawl(String role, List<String> seeds, boolean follow, Map<String, String> problems, Map<String, String> everyShape) {
        String who = role == null ? "anonymous" : role;
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true)
                .setViewportSize(PageInspector.PHONE_WIDTH, PageInspector.PHONE_HEIGHT))) {
            Page page = context.newPage();
            if (role != null) {
                PageInspector.signIn(page, api, role);
            }
            Deque<String> queue = new ArrayDeque<>(seeds);
            Set<String> queuedShapes = new LinkedHashSet<>();
            seeds.forEach(seed -> queuedShapes.add(shape(seed)));
            Set<String> checkedLandings = new LinkedHashSet<>();
            int checked = 0;
            while (!queue.isEmpty() && checked < PAGES_PER_ROLE) {
                String path = queue.poll();
                var response = page.navigate(api.base() + path);
                String landed = URI.create(page.url()).getRawPath();
                if (response != null && response.status() >= 500) {
                    problems.put(who + " " + path, "the server failed: " + response.status());
                    continue;
                }
                if (!checkedLandings.add(shape(landed) + "|" + page.title())) {
                    continue; // e.g. the sign-in page again, or the same refusal
                }
                checked++;
                List<String> found = new ArrayList<>(PageInspector.templateCode(page));
                PageInspector.overflow(page).forEach(p -> found.add("phone: " + p));
                page.setViewportSize(PageInspector.DESKTOP_WIDTH, PageInspector.DESKTOP_HEIGHT);
                PageInspector.overflow(page).forEach(p -> found.add("desktop: " + p));
                page.setViewportSize(PageInspector.PHONE_WIDTH, PageInspector.PHONE_HEIGHT);
                if (axeChecked.add(shape(landed) + "|" + page.title())) {
                    // axe takes about a second a page: once per page shape and title, whoever sees it
                    found.addAll(PageInspector.accessibility(page));
                }
                if (!found.isEmpty()) {
                    problems.put(who + " " + path, String.join("\n    ", found));
                }
                if (follow) {
                    for (String link : links(page)) {
                        everyShape.putIfAbsent(shape(link), link);
                        if (queuedShapes.add(shape(link))) {
                            queue.add(link);
                        }
                    }
                }
            }
            return checked;
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> links(Page page) {
        String origin = api.base();
        List<String> hrefs = (List<String>) page.evaluate("() => Array.from(document.querySelectorAll('a[href]')).map(a => a.href)");
        List<String> paths = new ArrayList<>();
        for (String href : hrefs) {
            if (!href.startsWith(origin + "/")) {
                continue;
            }
            String path = href.substring(origin.length());
            int hash = path.indexOf('#');
            path = hash >= 0 ? path.substring(0, hash) : path;
            String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            if (!path.isEmpty() && !NOT_A_PAGE.matcher(bare).find()) {
                paths.add(path);
            }
        }
        return paths;
    }

    /** The address with its ids replaced: one thread stands for all threads. */
    private static String shape(String path) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return ID.matcher(bare).replaceAll("/{id}");
    }
}
