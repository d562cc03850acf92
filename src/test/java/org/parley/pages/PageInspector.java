package org.parley.pages;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.parley.support.Api;

/**
 * What the every-page test looks for on one page in Chromium: template code in the output,
 * content wider than the screen, and serious or critical axe-core violations.
 */
final class PageInspector {

    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;
    static final int DESKTOP_WIDTH = 1366;
    static final int DESKTOP_HEIGHT = 900;

    /** Thymeleaf left unprocessed: an attribute, or an expression in text or attributes. */
    private static final Pattern TEMPLATE_CODE = Pattern.compile("\\sth:[a-z-]+=|\\$\\{|\\*\\{[a-zA-Z]|~\\{|@\\{/");

    private static final String AXE_SOURCE = axeSource();

    private static final String OVERFLOW = """
            () => {
              const width = document.documentElement.clientWidth;
              if (document.documentElement.scrollWidth <= width + 1) { return []; }
              const wide = [];
              for (const element of document.querySelectorAll('body *')) {
                const box = element.getBoundingClientRect();
                if (box.right > width + 1 && box.width > 0 && !element.closest('.table-scroll')) {
                  const parent = element.parentElement;
                  if (parent && parent.getBoundingClientRect().right > width + 1) { continue; }
                  wide.push(element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                      + (element.className && typeof element.className === 'string' ? '.' + element.className.trim().split(/\\s+/).join('.') : '')
                      + ' (' + Math.round(box.right) + 'px)');
                  if (wide.length === 3) { break; }
                }
              }
              return ['page is ' + document.documentElement.scrollWidth + 'px wide on a ' + width + 'px screen: ' + wide.join(', ')];
            }""";

    private static final String AXE_RUN = """
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                  .map(v => v.impact + ' ' + v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
            }""";

    private PageInspector() {
    }

    static void signIn(Page page, Api api, String username) {
        page.navigate(api.base() + "/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(Api.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    static List<String> templateCode(Page page) {
        List<String> found = new ArrayList<>();
        var matcher = TEMPLATE_CODE.matcher(page.content());
        while (matcher.find() && found.size() < 3) {
            String content = page.content();
            found.add("template code in the output: …" + content.substring(Math.max(0, matcher.start() - 60),
                    Math.min(content.length(), matcher.end() + 40)).replaceAll("\\s+", " ") + "…");
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    static List<String> overflow(Page page) {
        return (List<String>) page.evaluate(OVERFLOW);
    }

    /**
     * Needs a context with bypassCSP: the page's policy forbids injected scripts, rightly. Long lists
     * and tables (a roster of a thousand, the audit trail) are cut to their first 25 rows first: the
     * rows repeat one template, and axe's time grows with the page. Call it after the layout checks.
     */
    @SuppressWarnings("unchecked")
    static List<String> accessibility(Page page) {
        page.evaluate("() => document.querySelectorAll('tbody, ol, ul').forEach(list => "
                + "Array.from(list.children).slice(25).forEach(child => child.remove()))");
        if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(AXE_SOURCE));
        }
        return (List<String>) page.evaluate(AXE_RUN);
    }

    private static String axeSource() {
        try (InputStream in = PageInspector.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core is missing from the test classpath (org.webjars.npm:axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
