package org.parley.search.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parley.account.Viewer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Search")
class SearchApi {

    private final SearchResults.Finder finder;

    SearchApi(SearchResults.Finder finder) {
        this.finder = finder;
    }

    @GetMapping("/api/search")
    @Operation(summary = "Search threads, proposal language, session notes and sessions you may see")
    SearchResults search(Viewer viewer, @RequestParam String q) {
        return finder.find(viewer, q);
    }
}
