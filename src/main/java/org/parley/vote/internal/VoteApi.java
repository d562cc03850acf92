package org.parley.vote.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.account.Viewer;
import org.parley.platform.ParleyException;
import org.parley.vote.AddressChange;
import org.parley.vote.Answer;
import org.parley.vote.Electorate;
import org.parley.vote.KeyDelivery;
import org.parley.vote.KeyMailing;
import org.parley.vote.LogEntry;
import org.parley.vote.NewVote;
import org.parley.vote.PaperBatch;
import org.parley.vote.Receipt;
import org.parley.vote.Vote;
import org.parley.vote.VoteResult;
import org.parley.vote.Votes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "Votes")
class VoteApi {

    static final String VOTING_KEY = "Voting-Key";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record VoteResponse(long id, long negotiationId, String kind, String title, String explanation, List<QuestionResponse> questions,
                        OffsetDateTime opensAt, OffsetDateTime closesAt, String timeZone, Electorate electorate, RuleResponse rule,
                        boolean allowRevote, boolean liveTurnout, String duplicateRule, String status, int eligible,
                        String electorateFingerprint, Long voted, BigDecimal turnout, String recordHead) {

        static VoteResponse of(Vote v) {
            return new VoteResponse(v.id(), v.negotiationId(), v.kind().name(), v.title(), v.explanation(),
                    v.questions().stream().map(q -> new QuestionResponse(q.index(), q.text(), q.choices())).toList(),
                    v.opens().toOffsetDateTime(), v.closes().toOffsetDateTime(), v.timeZone().getId(), v.electorate(),
                    new RuleResponse(v.rule().type().name(), v.rule().minTurnout(), v.rule().turnoutThreshold(), v.rule().describe()),
                    v.allowRevote(), v.liveTurnout(), v.duplicateRule().name(), v.status().name(), v.eligible(),
                    v.electorateFingerprint(), v.turnout(), v.turnout() == null ? null : VoteService.percent(v.turnout(), v.eligible()),
                    v.logHead());
        }
    }

    record QuestionResponse(int question, String text, List<String> choices) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RuleResponse(String type, BigDecimal minTurnout, BigDecimal turnoutThreshold, String description) {
    }

    record BallotRequest(List<Answer> answers, String changeCode) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReceiptResponse(long voteId, String tracker, String changeCode, boolean replaced) {

        static ReceiptResponse of(Receipt r) {
            return new ReceiptResponse(r.voteId(), r.tracker(), r.changeCode(), r.replaced());
        }
    }

    record ResultResponse(long eligible, long cast, long online, long paper, BigDecimal turnout, List<QuestionResult> questions,
                          boolean passed, String reason) {
    }

    record QuestionResult(String text, Map<String, Long> counts, Map<String, BigDecimal> percentages) {
    }

    record ElectorRequest(String memberId, String reason) {
    }

    record AcceptanceRequest(String reason) {
    }

    record EnvelopeRequest(String memberId) {
    }

    record BatchRequest(String label, List<PaperBatch.Marked> ballots) {
    }

    private final Votes votes;

    VoteApi(Votes votes) {
        this.votes = votes;
    }

    @PostMapping("/votes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Define a vote and freeze its electorate (election committee)")
    VoteResponse define(Viewer viewer, @RequestBody NewVote request) {
        return VoteResponse.of(votes.define(viewer, request));
    }

    @GetMapping("/votes")
    @Operation(summary = "Every vote the caller may see, newest first")
    List<VoteResponse> list(Viewer viewer) {
        return votes.list(viewer).stream().map(VoteResponse::of).toList();
    }

    @GetMapping("/negotiations/{id}/votes")
    @Operation(summary = "The votes of a negotiation")
    List<VoteResponse> ofNegotiation(Viewer viewer, @PathVariable long id) {
        return votes.ofNegotiation(viewer, id).stream().map(VoteResponse::of).toList();
    }

    @GetMapping("/votes/{id}")
    @Operation(summary = "A vote: eligible, electorateFingerprint; voted and turnout while open only where the vote shows live turnout")
    VoteResponse get(Viewer viewer, @PathVariable long id) {
        return VoteResponse.of(votes.get(viewer, id));
    }

    @PostMapping("/votes/{id}/open")
    @Operation(summary = "Open a vote (election committee)")
    VoteResponse open(Viewer viewer, @PathVariable long id) {
        return VoteResponse.of(votes.open(viewer, id));
    }

    @PostMapping("/votes/{id}/close")
    @Operation(summary = "Close a vote and count it, or count it once the paper ballots are signed off (election committee)")
    VoteResponse close(Viewer viewer, @PathVariable long id) {
        return VoteResponse.of(votes.close(viewer, id));
    }

    @PostMapping("/votes/{id}/keys")
    @Operation(summary = "Issue one-time voting keys to every eligible member (earlier keys stop working): CSV, key in the last column."
            + " With email=true, members with an e-mail address get their key by e-mail (sent in the background) and the CSV"
            + " lists only the others; the header Keys-Emailed says how many are queued")
    ResponseEntity<String> keys(Viewer viewer, @PathVariable long id, @RequestParam(defaultValue = "false") boolean email) {
        if (!email) {
            return keysCsv(id, votes.issueKeys(viewer, id));
        }
        KeyMailing mailing = votes.emailKeys(viewer, id);
        return ResponseEntity.ok().header("Keys-Emailed", String.valueOf(mailing.emailing()))
                .headers(keysWithoutEmailCsv(id, mailing).getHeaders()).body(mailing.csv());
    }

    @GetMapping("/votes/{id}/keys/delivery")
    @Operation(summary = "How far the e-mailing of voting keys has come (election committee) → {queued, sent, failed, failures}")
    KeyDeliveryResponse keyDelivery(Viewer viewer, @PathVariable long id) {
        KeyDelivery delivery = votes.keyDelivery(viewer, id);
        return new KeyDeliveryResponse(delivery.queued(), delivery.sent(), delivery.failed(), votes.keyMailFailures(viewer, id));
    }

    record KeyDeliveryResponse(int queued, int sent, int failed, List<String> failures) {
    }

    static ResponseEntity<String> keysCsv(long id, String csv) {
        return attachment(csv, "vote-" + id + "-keys.csv", CSV);
    }

    /** The keys of the electors who have no e-mail address, from a round where the others' go by e-mail. */
    static ResponseEntity<String> keysWithoutEmailCsv(long id, KeyMailing mailing) {
        return attachment(mailing.csv(), "vote-" + id + "-keys-without-email.csv", CSV);
    }

    static ResponseEntity<String> recordJson(long id, String record) {
        return attachment(record, "vote-" + id + "-record.json", MediaType.APPLICATION_JSON);
    }

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private static ResponseEntity<String> attachment(String body, String filename, MediaType type) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .contentType(type).body(body);
    }

    @PostMapping("/votes/{id}/ballots")
    @Operation(summary = "Cast a ballot {answers: [{question, choice}]} as a signed-in member, or with the header Voting-Key → 201 {tracker}")
    ResponseEntity<ReceiptResponse> cast(Optional<Viewer> viewer, @PathVariable long id,
            @RequestHeader(name = VOTING_KEY, required = false) String key, @RequestBody(required = false) BallotRequest request) {
        List<Answer> answers = request == null ? null : request.answers();
        String changeCode = request == null ? null : request.changeCode();
        Receipt receipt;
        if (key != null && !key.isBlank()) {
            receipt = votes.castWithKey(id, key, answers, changeCode);
        } else {
            Viewer member = viewer.orElseThrow(() -> new ParleyException(ParleyException.Kind.UNAUTHENTICATED,
                    "Sign in as a member, or send your one-time voting key in the Voting-Key header."));
            receipt = votes.cast(member, id, answers, changeCode);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(ReceiptResponse.of(receipt));
    }

    @GetMapping("/votes/{id}/result")
    @Operation(summary = "The result: 409 before the close; after: {eligible, cast, turnout, questions: [{counts, percentages}], passed}")
    ResultResponse result(Viewer viewer, @PathVariable long id) {
        VoteResult r = votes.result(viewer, id);
        return new ResultResponse(r.eligible(), r.cast(), r.online(), r.paper(), r.turnout(),
                r.questions().stream().map(q -> new QuestionResult(q.text(), q.counts(), q.percentages())).toList(), r.passed(), r.reason());
    }

    @GetMapping("/votes/{id}/board")
    @Operation(summary = "The board: every counted online ballot's tracker, sorted (after the count)")
    List<String> board(Viewer viewer, @PathVariable long id) {
        return votes.board(viewer, id);
    }

    @GetMapping("/votes/{id}/log")
    @Operation(summary = "The record's entries: all after the count; before, only the committee's acts")
    List<LogEntry> log(Viewer viewer, @PathVariable long id) {
        return votes.log(viewer, id);
    }

    @GetMapping(path = {"/votes/{id}/record", "/votes/{id}/record.json"}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The exported record, checked by 'java -jar parley.jar verify record.json' (after the count)")
    ResponseEntity<String> record(Viewer viewer, @PathVariable long id) {
        return recordJson(id, votes.record(viewer, id));
    }

    @PostMapping("/votes/{id}/electorate")
    @Operation(summary = "Add a member to the frozen electorate {memberId, reason} (election committee)")
    VoteResponse addToElectorate(Viewer viewer, @PathVariable long id, @RequestBody ElectorRequest request) {
        return VoteResponse.of(votes.addToElectorate(viewer, id, request.memberId(), request.reason()));
    }

    @GetMapping("/votes/{id}/address-changes")
    @Operation(summary = "Electors' addresses changed on the roster since the freeze, PENDING or ACCEPTED (election committee)")
    List<AddressChange> addressChanges(Viewer viewer, @PathVariable long id) {
        return votes.addressChanges(viewer, id);
    }

    @PostMapping("/votes/{id}/address-changes/{memberId}/acceptance")
    @Operation(summary = "Accept an elector's new address for this vote {reason} (election committee); the member is told at the old address")
    AddressChange acceptAddressChange(Viewer viewer, @PathVariable long id, @PathVariable String memberId,
            @RequestBody AcceptanceRequest request) {
        return votes.acceptAddressChange(viewer, id, memberId, request.reason());
    }

    @PostMapping("/votes/{id}/paper-envelopes")
    @Operation(summary = "Receive a member's sealed paper envelope {memberId} → ACCEPTED or SET_ASIDE (election committee)")
    Votes.EnvelopeCheckIn receiveEnvelope(Viewer viewer, @PathVariable long id, @RequestBody EnvelopeRequest request) {
        return votes.receiveEnvelope(viewer, id, request.memberId());
    }

    @PostMapping("/votes/{id}/paper-batches")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a counted batch of paper ballots {label, ballots: [{answers, count}]} after the close (election committee)")
    PaperBatch recordBatch(Viewer viewer, @PathVariable long id, @RequestBody BatchRequest request) {
        return votes.recordPaperBatch(viewer, id, request.label(), request.ballots());
    }

    @PostMapping("/votes/{id}/paper-batches/{number}/sign-off")
    @Operation(summary = "A second committee member signs a paper batch off; its ballots then count")
    PaperBatch signOff(Viewer viewer, @PathVariable long id, @PathVariable int number) {
        return votes.signOffPaperBatch(viewer, id, number);
    }

    @GetMapping("/votes/{id}/paper-batches")
    @Operation(summary = "The paper batches of a closed vote")
    List<PaperBatch> batches(Viewer viewer, @PathVariable long id) {
        return votes.paperBatches(viewer, id);
    }
}
