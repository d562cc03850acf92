package org.parley.dashboard.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.parley.account.Viewer;
import org.parley.platform.ParleyException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Figures")
class FiguresApi {

    private final FigureSource figures;

    FiguresApi(FigureSource figures) {
        this.figures = figures;
    }

    @GetMapping("/api/tables/{tableId}/figures")
    @Operation(summary = "A table's figures for a date range (inclusive; both optional) as of a day (default today)")
    TableFigures figures(Viewer viewer, @PathVariable long tableId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ParleyException.invalid("The range ends (" + to + ") before it starts (" + from + ").");
        }
        return figures.figures(viewer, tableId, from, to, asOf);
    }
}
