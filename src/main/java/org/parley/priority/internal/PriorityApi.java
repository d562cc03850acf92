package org.parley.priority.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.parley.account.Viewer;
import org.parley.priority.Priorities;
import org.parley.priority.Priority;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "Priorities")
class PriorityApi {

    record NewPriorityRequest(String title, String source, Integer rank) {
    }

    record AnswerRequest(String text, LocalDate date) {
    }

    record StatusRequest(Priority.Status status) {
    }

    record LinkRequest(Priority.LinkKind kind, Long id) {
    }

    private final Priorities priorities;

    PriorityApi(Priorities priorities) {
        this.priorities = priorities;
    }

    @PostMapping("/tables/{tableId}/priorities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a bargaining priority for the viewer's side (that side only reads it)")
    Priority add(Viewer viewer, @PathVariable long tableId, @RequestBody NewPriorityRequest request) {
        return priorities.add(viewer, tableId, request.title(), request.source(), request.rank());
    }

    @GetMapping("/tables/{tableId}/priorities")
    @Operation(summary = "The viewer's side's priorities with status, the other side's latest answer and what addresses each")
    List<Priority> ofTable(Viewer viewer, @PathVariable long tableId) {
        return priorities.ofTable(viewer, tableId);
    }

    @PostMapping("/priorities/{id}/answers")
    @ResponseStatus(HttpStatus.CREATED)
    Priority answer(Viewer viewer, @PathVariable long id, @RequestBody AnswerRequest request) {
        return priorities.recordAnswer(viewer, id, request.text(), request.date());
    }

    @PostMapping("/priorities/{id}/status")
    Priority status(Viewer viewer, @PathVariable long id, @RequestBody StatusRequest request) {
        return priorities.changeStatus(viewer, id, request.status());
    }

    @PostMapping("/priorities/{id}/links")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Tie a priority to a THREAD, SUBGROUP or TENTATIVE_AGREEMENT of its table that addresses it")
    Priority link(Viewer viewer, @PathVariable long id, @RequestBody LinkRequest request) {
        return priorities.link(viewer, id, request.kind(), org.parley.platform.ParleyException.require(request.id(), "The id of what addresses it"));
    }
}
