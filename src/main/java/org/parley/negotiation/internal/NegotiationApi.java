package org.parley.negotiation.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.parley.negotiation.ContractStatus;
import org.parley.negotiation.ContractTerm;
import org.parley.negotiation.Countdown;
import java.util.List;
import org.parley.account.Viewer;
import org.parley.negotiation.BargainingTable;
import org.parley.negotiation.BargainingUnit;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.NegotiationChanges;
import org.parley.negotiation.Negotiations;
import org.parley.negotiation.NewNegotiation;
import org.parley.negotiation.TableKind;
import org.parley.negotiation.TeamMember;
import org.parley.platform.Side;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "Negotiations and tables")
class NegotiationApi {

    /** A negotiation with its countdown computed for {@code asOf}. */
    /**
     * A negotiation with its countdown computed for {@code asOf}. {@code expiresAt} is the term as written;
     * {@code status} and {@code effectiveExpiresAt} apply accepted extensions and automatic renewals.
     */
    record NegotiationResponse(long id, String name, String unionName, String employerName, String baseAgreementName,
                               Long baseAgreementId, LocalDate expirationDate, String timeZone, List<BargainingUnit> units, Integer memberCount,
                               LocalDate asOf, long daysUntilExpiration, long daysWithoutContract, String countdown,
                               String expiresAt, String jurisdiction, boolean healthCareInstitution, boolean firstContract,
                               ContractStatus status, String effectiveExpiresAt) {

        static NegotiationResponse of(Negotiation n, ContractTerm term, Countdown countdown) {
            return new NegotiationResponse(n.id(), n.name(), n.unionName(), n.employerName(), n.baseAgreementName(),
                    n.baseAgreementId(), n.expirationDate(), n.timeZone().getId(), n.units(), n.memberCount(), countdown.asOf(),
                    countdown.daysUntilExpiration(), countdown.daysWithoutContract(), countdown.phrase(),
                    term.expiresAt().format(DateTimeFormatter.ISO_ZONED_DATE_TIME), term.jurisdiction(), term.healthCareInstitution(),
                    term.firstContract(), countdown.status(), countdown.expiresAt().format(DateTimeFormatter.ISO_ZONED_DATE_TIME));
        }
    }

    record TableRequest(String name, TableKind kind) {
    }

    record TableResponse(long id, long negotiationId, String name, TableKind kind) {
        static TableResponse of(BargainingTable t) {
            return new TableResponse(t.id(), t.negotiationId(), t.name(), t.kind());
        }
    }

    record TeamMemberRequest(Side side, String name, String title) {
    }

    private final Negotiations negotiations;
    private final Clock clock;

    NegotiationApi(Negotiations negotiations, Clock clock) {
        this.negotiations = negotiations;
        this.clock = clock;
    }

    @GetMapping("/negotiations")
    @Operation(summary = "All negotiations, with the countdown as of a date (default today)")
    List<NegotiationResponse> list(Viewer viewer,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return negotiations.list(viewer).stream().map(n -> response(n, asOf)).toList();
    }

    @PostMapping("/negotiations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Set up a negotiation; expirationDate is required")
    NegotiationResponse create(Viewer viewer, @RequestBody NewNegotiation request) {
        Negotiation created = negotiations.create(viewer, request);
        return response(created, null);
    }

    @GetMapping("/negotiations/{id}")
    NegotiationResponse get(Viewer viewer, @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        Negotiation negotiation = negotiations.get(viewer, id);
        return response(negotiation, asOf);
    }

    @PatchMapping("/negotiations/{id}")
    @Operation(summary = "Change a negotiation; fields left out stay as they are. expiresAt (ISO date-time with zone), "
            + "jurisdiction (e.g. US_NLRA), healthCareInstitution and firstContract set the legal clock's facts of the term")
    NegotiationResponse update(Viewer viewer, @PathVariable long id, @RequestBody NegotiationChanges changes) {
        Negotiation updated = negotiations.update(viewer, id, changes);
        return response(updated, null);
    }

    @GetMapping("/negotiations/{id}/tables")
    List<TableResponse> tables(Viewer viewer, @PathVariable long id) {
        return negotiations.tables(viewer, id).stream().map(TableResponse::of).toList();
    }

    @PostMapping("/negotiations/{id}/tables")
    @ResponseStatus(HttpStatus.CREATED)
    TableResponse addTable(Viewer viewer, @PathVariable long id, @RequestBody TableRequest request) {
        return TableResponse.of(negotiations.addTable(viewer, id, request.name(), request.kind()));
    }

    @GetMapping("/tables/{id}")
    TableResponse table(Viewer viewer, @PathVariable long id) {
        return TableResponse.of(negotiations.table(viewer, id));
    }

    @GetMapping("/tables/{id}/team")
    @Operation(summary = "The labor and management team members of a table")
    List<TeamMember> team(Viewer viewer, @PathVariable long id) {
        return negotiations.team(viewer, id);
    }

    @PostMapping("/tables/{id}/team")
    @ResponseStatus(HttpStatus.CREATED)
    TeamMember addTeamMember(Viewer viewer, @PathVariable long id, @RequestBody TeamMemberRequest request) {
        return negotiations.addTeamMember(viewer, id, request.side(), request.name(), request.title());
    }

    @DeleteMapping("/tables/{id}/team/{memberId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeTeamMember(Viewer viewer, @PathVariable long id, @PathVariable long memberId) {
        negotiations.removeTeamMember(viewer, id, memberId);
    }

    /** The countdown now, or at the start of the requested day in the zone of the expiration. */
    private NegotiationResponse response(Negotiation negotiation, LocalDate requested) {
        ContractTerm term = negotiations.term(negotiation.id());
        Instant at = requested != null ? requested.atStartOfDay(term.zone()).toInstant() : clock.instant();
        return NegotiationResponse.of(negotiation, term, negotiations.countdown(negotiation.id(), at));
    }
}
