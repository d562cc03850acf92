package org.parley.search.internal;

import org.parley.account.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

    private final SearchResults.Finder finder;

    SearchController(SearchResults.Finder finder) {
        this.finder = finder;
    }

    @GetMapping("/search")
    String page(Viewer viewer, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("results", finder.find(viewer, q));
        }
        return "search/results";
    }
}
