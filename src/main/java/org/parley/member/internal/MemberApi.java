package org.parley.member.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.parley.account.ApiSignIn;
import org.parley.account.Viewer;
import org.parley.member.NewPetition;
import org.parley.member.ObserverSignUp;
import org.parley.member.ObserverStatus;
import org.parley.member.Observers;
import org.parley.member.Petition;
import org.parley.member.Petitions;
import org.parley.member.Roster;
import org.parley.member.RosterImport;
import org.parley.member.RosterMember;
import org.parley.member.Signature;
import org.parley.platform.CsvCell;
import org.parley.platform.ParleyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api")
@Tag(name = "Members: roster, observers, petitions")
class MemberApi {

    record LinkRequest(String username) {
    }

    record ObserverRequest(String memberId) {
    }

    record ObserverResponse(long sessionId, String memberId, String name, ObserverStatus status, int waitlistPosition) {
    }

    record SignatureRequest(String memberId, String name, String email) {
    }

    record SignatureResponse(long petitionId, boolean counted, long signatures, String withdrawToken) {
    }

    record PetitionResponse(long id, long negotiationId, String kind, String title, String text, int goal,
                            String audience, java.time.LocalDate deadline, long signatures, int percent) {

        static PetitionResponse of(Petition p) {
            return new PetitionResponse(p.id(), p.negotiationId(), p.kind().name(), p.title(), p.text(), p.goal(),
                    p.audience().name(), p.deadline(), p.signatures(), p.percent());
        }
    }

    record SignInLinkRequest(String link) {
    }

    record MemberTokenResponse(String token, String username) {
    }

    private final Roster roster;
    private final Observers observers;
    private final Petitions petitions;
    private final ApiSignIn apiSignIn;

    MemberApi(Roster roster, Observers observers, Petitions petitions, ApiSignIn apiSignIn) {
        this.apiSignIn = apiSignIn;
        this.roster = roster;
        this.observers = observers;
        this.petitions = petitions;
    }

    @PostMapping(path = "/negotiations/{id}/roster", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import the roster from a CSV file (multipart part 'file'); preview=true only reports")
    RosterImport importRoster(Viewer viewer, @PathVariable long id, @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean preview) throws IOException {
        requireFile(file);
        return roster.importCsv(viewer, id, new String(file.getBytes(), StandardCharsets.UTF_8), preview);
    }

    @GetMapping("/negotiations/{id}/roster")
    @Operation(summary = "Roster entries (labor team and administrators), optionally matching q")
    List<RosterMember> roster(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "100") int limit) {
        return roster.members(viewer, id, q, limit);
    }

    @PostMapping("/member/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Exchange a member's one-time e-mailed sign-in link (the link, or its last part) for a bearer token;"
            + " the token carries the address the link went to, which a vote checks before taking a ballot")
    MemberTokenResponse memberToken(@RequestBody SignInLinkRequest request) {
        String link = ParleyException.requireText(request.link(), "The sign-in link (link)").strip();
        Viewer viewer = roster.redeemSignInLink(link.substring(link.lastIndexOf('/') + 1));
        return new MemberTokenResponse(apiSignIn.token(viewer), viewer.username());
    }

    @PutMapping("/negotiations/{id}/roster/{memberId}/account")
    @Operation(summary = "Link a roster entry to an existing member account")
    RosterMember link(Viewer viewer, @PathVariable long id, @PathVariable String memberId, @RequestBody LinkRequest request) {
        return roster.linkAccount(viewer, id, memberId, request.username());
    }

    @PostMapping("/sessions/{id}/observers")
    @Operation(summary = "Sign a member up to observe a session: {memberId} → {status: SEATED | WAITLISTED}")
    ResponseEntity<ObserverResponse> observe(Viewer viewer, @PathVariable long id, @RequestBody(required = false) ObserverRequest request) {
        ObserverSignUp signUp = observers.signUp(viewer, id, request == null ? null : request.memberId());
        return ResponseEntity.status(HttpStatus.CREATED).body(response(viewer, signUp));
    }

    @DeleteMapping("/sessions/{id}/observers")
    @Operation(summary = "Cancel a member's observer sign-up; the waitlist moves up")
    ObserverResponse cancelObserving(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String memberId) {
        return response(viewer, observers.cancel(viewer, id, memberId));
    }

    record ObserverSeats(long sessionId, int seats, int taken, int open) {
    }

    @GetMapping("/sessions/{id}/observer-seats")
    @Operation(summary = "How many observer seats a session offers and how many are taken (no names; both teams and members)")
    ObserverSeats observerSeats(Viewer viewer, @PathVariable long id) {
        int taken = observers.seatsTaken(viewer, id);
        int open = observers.openSeats(viewer, id);
        return new ObserverSeats(id, taken + open, taken, open);
    }

    @GetMapping("/sessions/{id}/observers")
    @Operation(summary = "Observers of a session, seated first, and the waitlist (labor team and administrators only)")
    List<ObserverResponse> observers(Viewer viewer, @PathVariable long id) {
        return observers.ofSession(viewer, id).stream().map(s -> response(viewer, s)).toList();
    }

    private ObserverResponse response(Viewer viewer, ObserverSignUp s) {
        String memberId = UnionSide.is(viewer) || viewer.role() == org.parley.account.Role.MEMBER
                ? roster.entry(viewer, s.rosterId()).memberId() : null;
        return new ObserverResponse(s.sessionId(), memberId, s.name(), s.status(), s.waitlistPosition());
    }

    @PostMapping("/petitions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a petition, pledge or sign-on letter: {title, text, goal, audience, deadline, negotiationId?, kind?}")
    PetitionResponse create(Viewer viewer, @RequestBody NewPetition request) {
        return PetitionResponse.of(petitions.create(viewer, request));
    }

    @GetMapping("/petitions/{id}")
    @Operation(summary = "A petition with its count of signatures")
    PetitionResponse petition(Viewer viewer, @PathVariable long id) {
        return PetitionResponse.of(petitions.get(viewer, id));
    }

    @PostMapping("/petitions/{id}/signatures")
    @Operation(summary = "Sign: {memberId} or {name, email}; a member signs as themselves. Signing twice counts once.")
    ResponseEntity<SignatureResponse> sign(Viewer viewer, @PathVariable long id, @RequestBody(required = false) SignatureRequest request) {
        SignatureRequest body = request == null ? new SignatureRequest(null, null, null) : request;
        Signature signature = petitions.sign(viewer, id, body.memberId(), body.name(), body.email());
        return ResponseEntity.status(signature.counted() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new SignatureResponse(id, signature.counted(), signature.signatures(), signature.withdrawToken()));
    }

    @DeleteMapping("/petitions/{id}/signatures/mine")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The signed-in member withdraws their signature")
    void withdraw(Viewer viewer, @PathVariable long id) {
        petitions.withdraw(viewer, id);
    }

    @GetMapping("/petitions/{id}/signatures.csv")
    @Operation(summary = "The signers as CSV (labor team and administrators)")
    ResponseEntity<String> signersCsv(Viewer viewer, @PathVariable long id) {
        return csv(petitions.signers(viewer, id), "petition-" + id + "-signatures.csv");
    }

    static ResponseEntity<String> csv(List<Signature> signers, String filename) {
        StringBuilder out = new StringBuilder("name,email,signed_at\r\n");
        for (Signature s : signers) {
            out.append(CsvCell.of(s.name())).append(',').append(CsvCell.of(s.email())).append(',').append(s.signedAt()).append("\r\n");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toString());
    }

    /** A missing or empty file part is refused beside the file field, on the page and here (not as Spring's bare 400). */
    static void requireFile(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw ParleyException.invalidField("file", "Choose a CSV file to import.");
        }
    }
}
