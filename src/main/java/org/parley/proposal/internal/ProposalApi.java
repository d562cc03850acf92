package org.parley.proposal.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.parley.account.Viewer;
import org.parley.platform.Side;
import org.parley.proposal.NewTentativeAgreement;
import org.parley.proposal.NewThread;
import org.parley.proposal.NewVersion;
import org.parley.proposal.ProposalThread;
import org.parley.proposal.ProposalVersion;
import org.parley.proposal.Proposals;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.proposal.StatusSheetFilter;
import org.parley.proposal.StatusSheets;
import org.parley.proposal.StatusSheetRow;
import org.parley.proposal.TentativeAgreement;
import org.parley.proposal.ThreadDetail;
import org.parley.proposal.ThreadStatus;
import org.parley.proposal.Withdrawal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "Proposals and tentative agreements")
class ProposalApi {

    record ThreadSummary(long id, long tableId, String title, String article, boolean economic, ThreadStatus status,
                         Side openedBy, LocalDate openedOn, Side lastSide, String lastProposal, LocalDate lastMovedOn,
                         boolean countered, int versions, LocalDate tentativeAgreementDate) {

        static ThreadSummary of(StatusSheetRow row) {
            ProposalThread t = row.thread();
            return new ThreadSummary(t.id(), t.tableId(), t.title(), t.article(), t.economic(), t.status(), row.openedBy(),
                    row.openedOn(), row.lastSide(), row.lastLabel(), row.lastMovedOn(), row.countered(), row.versions(),
                    row.agreedOn());
        }
    }

    record VersionResponse(long id, long threadId, int number, String label, Side side, long sessionId, LocalDate passedOn,
                           String language, String summary, String counterTo, String recordedBy) {

        static VersionResponse of(ProposalVersion v, ProposalVersion counterTo) {
            return new VersionResponse(v.id(), v.threadId(), v.number(), v.label(), v.side(), v.sessionId(), v.passedOn(),
                    v.language(), v.summary(), counterTo == null ? null : counterTo.label(), v.recordedBy());
        }
    }

    record ThreadResponse(long id, long tableId, String title, String article, boolean economic, ThreadStatus status,
                          List<VersionResponse> versions, List<Withdrawal> withdrawals,
                          List<TentativeAgreement> tentativeAgreements) {

        static ThreadResponse of(ThreadDetail d) {
            ProposalThread t = d.thread();
            return new ThreadResponse(t.id(), t.tableId(), t.title(), t.article(), t.economic(), t.status(),
                    d.versions().stream().map(v -> VersionResponse.of(v, d.counterTo(v))).toList(), d.withdrawals(),
                    d.tentativeAgreements());
        }
    }

    record WithdrawalRequest(Side side, LocalDate date) {
    }

    record WalkBackRequest(String reason, Side side, LocalDate date) {
    }

    private final Proposals proposals;
    private final StatusSheets statusSheets;

    ProposalApi(Proposals proposals, StatusSheets statusSheets) {
        this.proposals = proposals;
        this.statusSheets = statusSheets;
    }

    @GetMapping("/tables/{tableId}/threads")
    @Operation(summary = "Every thread of a table with its status and last move: the status sheet")
    List<ThreadSummary> threads(Viewer viewer, @PathVariable long tableId,
            @RequestParam(required = false) ThreadStatus status, @RequestParam(required = false) Side lastSide,
            @RequestParam(required = false) Boolean economic, @RequestParam(required = false) String q,
            @RequestParam(required = false) String article, @RequestParam(required = false) String subgroup) {
        return statusSheets.rows(viewer, tableId, new StatusSheetFilter(status, lastSide, economic, q, article, subgroup)).stream()
                .map(ThreadSummary::of).toList();
    }

    @GetMapping("/tables/{tableId}/status-sheet.csv")
    @Operation(summary = "The status sheet as CSV")
    void statusSheetCsv(Viewer viewer, @PathVariable long tableId, HttpServletResponse response) throws java.io.IOException {
        StatusSheetCsv.write(statusSheets, viewer, tableId, response);
    }

    @PostMapping("/tables/{tableId}/threads")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a thread on a subject")
    ThreadResponse open(Viewer viewer, @PathVariable long tableId, @RequestBody NewThread request) {
        return ThreadResponse.of(proposals.thread(viewer, proposals.openThread(viewer, tableId, request).id()));
    }

    @GetMapping("/threads/{id}")
    @Operation(summary = "A thread with all its versions in order, withdrawals and TAs")
    ThreadResponse thread(Viewer viewer, @PathVariable long id) {
        return ThreadResponse.of(proposals.thread(viewer, id));
    }

    @PostMapping("/threads/{id}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a proposal or counter passed by a side at a session of the thread's table")
    VersionResponse pass(Viewer viewer, @PathVariable long id, @RequestBody NewVersion request) {
        ProposalVersion version = proposals.passVersion(viewer, id, request);
        return VersionResponse.of(version, proposals.thread(viewer, id).counterTo(version));
    }

    @PostMapping("/threads/{id}/withdrawal")
    @ResponseStatus(HttpStatus.CREATED)
    Withdrawal withdraw(Viewer viewer, @PathVariable long id, @RequestBody WithdrawalRequest request) {
        return proposals.withdraw(viewer, id, request.side(), request.date());
    }

    @PostMapping("/threads/{id}/tentative-agreement")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sign a tentative agreement on a version, initialed by both sides")
    TentativeAgreement sign(Viewer viewer, @PathVariable long id, @RequestBody NewTentativeAgreement request) {
        return proposals.signTentativeAgreement(viewer, id, request);
    }

    @PostMapping("/tentative-agreements/{id}/walk-back")
    @Operation(summary = "Walk back a TA: kept in history with who, when and why")
    TentativeAgreement walkBack(Viewer viewer, @PathVariable long id, @RequestBody WalkBackRequest request) {
        return proposals.walkBack(viewer, id, request.side(), request.reason(), request.date());
    }
}
