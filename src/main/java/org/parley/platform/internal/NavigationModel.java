package org.parley.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Which part of the site a page belongs to, so the header can mark it as the current one
 * ({@code aria-current}) on every page without each controller saying so.
 */
@ControllerAdvice(annotations = Controller.class)
class NavigationModel {

    /** First path segment → the header's section. Pages of a negotiation's tables belong to "negotiations". */
    private static final Map<String, String> SECTIONS = Map.ofEntries(
            Map.entry("negotiations", "negotiations"), Map.entry("tables", "negotiations"), Map.entry("sessions", "negotiations"),
            Map.entry("threads", "negotiations"), Map.entry("drafts", "negotiations"), Map.entry("packages", "negotiations"),
            Map.entry("agreements", "agreements"), Map.entry("search", "search"), Map.entry("votes", "votes"),
            Map.entry("admin", "accounts"), Map.entry("member", "member"), Map.entry("updates", "member"),
            Map.entry("events", "member"), Map.entry("petitions", "member"));

    @ModelAttribute("navSection")
    String navSection(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String first = path.length() > 1 ? path.substring(1).split("/", 2)[0] : "";
        return SECTIONS.getOrDefault(first, "");
    }
}
