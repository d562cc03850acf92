package org.parley.subgroup.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.account.Viewer;
import org.parley.subgroup.Consensus;
import org.parley.subgroup.IbbIssue;
import org.parley.subgroup.InterestSide;
import org.parley.subgroup.Rating;
import org.parley.subgroup.SideNote;
import org.parley.subgroup.Stance;
import org.parley.subgroup.Workspaces;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "Interest-based workspace")
class WorkspaceApi {

    record IssueRequest(String title, String statement) {
    }

    record InterestRequest(InterestSide side, String text) {
    }

    record TextRequest(String text) {
    }

    record AssessmentRequest(Rating rating, String note) {
    }

    record CheckRequest(List<Long> present) {
    }

    /** @param accountId for a co-lead or facilitator recording a present participant's stance; else omitted */
    record StanceRequest(Stance stance, String reason, Long accountId) {
    }

    record NoteRequest(String itemType, long itemId, String text) {
    }

    record StanceView(Stance stance, String reason) {
    }

    record ConsensusResponse(long optionId, boolean reached, Map<String, StanceView> stances, List<String> notYetHeard, int present) {

        static ConsensusResponse of(long optionId, Consensus c) {
            if (c == null) {
                return new ConsensusResponse(optionId, false, Map.of(), List.of(), 0);
            }
            Map<String, StanceView> stances = new LinkedHashMap<>();
            c.stances().forEach((name, s) -> stances.put(name, new StanceView(s.stance(), s.reason())));
            return new ConsensusResponse(optionId, c.reached(), stances, c.notYetHeard(), c.present());
        }
    }

    private final Workspaces workspaces;

    WorkspaceApi(Workspaces workspaces) {
        this.workspaces = workspaces;
    }

    @PostMapping("/subgroups/{id}/issues")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Take up an issue: its title and the issue statement")
    IbbIssue addIssue(Viewer viewer, @PathVariable long id, @RequestBody IssueRequest request) {
        return workspaces.addIssue(viewer, id, request.title(), request.statement());
    }

    @GetMapping("/subgroups/{id}/issues")
    List<IbbIssue> issues(Viewer viewer, @PathVariable long id) {
        return workspaces.issues(viewer, id);
    }

    @GetMapping("/ibb-issues/{id}")
    @Operation(summary = "An issue's workspace: interests, options (with assessments and consensus) and criteria")
    IbbIssue issue(Viewer viewer, @PathVariable long id) {
        return workspaces.issue(viewer, id);
    }

    @PostMapping("/ibb-issues/{id}/interests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "State an interest (the why), labelled LABOR, MANAGEMENT or SHARED")
    IbbIssue.Interest interest(Viewer viewer, @PathVariable long id, @RequestBody InterestRequest request) {
        return workspaces.addInterest(viewer, id, request.side(), request.text());
    }

    @PostMapping("/ibb-issues/{id}/options")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an option; not attributed to a side unless the subgroup attributes options")
    IbbIssue.Option option(Viewer viewer, @PathVariable long id, @RequestBody TextRequest request) {
        return workspaces.addOption(viewer, id, request.text());
    }

    @PostMapping("/ibb-issues/{id}/criteria")
    @ResponseStatus(HttpStatus.CREATED)
    IbbIssue.Criterion criterion(Viewer viewer, @PathVariable long id, @RequestBody TextRequest request) {
        return workspaces.addCriterion(viewer, id, request.text());
    }

    @PutMapping("/options/{id}/assessments/{criterionId}")
    @Operation(summary = "Rate an option against a criterion: MEETS, PARTLY or DOES_NOT_MEET")
    IbbIssue.Assessment assess(Viewer viewer, @PathVariable long id, @PathVariable long criterionId, @RequestBody AssessmentRequest request) {
        return workspaces.assess(viewer, id, criterionId, request.rating(), request.note());
    }

    @PostMapping("/options/{id}/consensus-check")
    @Operation(summary = "Start a consensus check with who is present (default: every co-lead and member)")
    ConsensusResponse check(Viewer viewer, @PathVariable long id, @RequestBody(required = false) CheckRequest request) {
        return ConsensusResponse.of(id, workspaces.startConsensusCheck(viewer, id, request == null ? null : request.present()));
    }

    @PostMapping("/options/{id}/stances")
    @Operation(summary = "State the signed-in participant's stance (stating again replaces it); a block needs a reason")
    ConsensusResponse stance(Viewer viewer, @PathVariable long id, @RequestBody StanceRequest request) {
        return ConsensusResponse.of(id, workspaces.stateStance(viewer, id, request.accountId(), request.stance(), request.reason()));
    }

    @GetMapping("/options/{id}/consensus")
    @Operation(summary = "Whether consensus holds: everyone present stated a stance and nobody blocks; who is not yet heard")
    ConsensusResponse consensus(Viewer viewer, @PathVariable long id) {
        return ConsensusResponse.of(id, workspaces.consensus(viewer, id));
    }

    @PostMapping("/subgroups/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write the viewer's side's own note on an item of the subgroup (that side only reads it)")
    SideNote note(Viewer viewer, @PathVariable long id, @RequestBody NoteRequest request) {
        return workspaces.addNote(viewer, id, request.itemType(), request.itemId(), request.text());
    }

    @GetMapping("/subgroups/{id}/notes")
    @Operation(summary = "The notes of the viewer's side in the subgroup")
    List<SideNote> notes(Viewer viewer, @PathVariable long id) {
        return workspaces.notes(viewer, id);
    }
}
