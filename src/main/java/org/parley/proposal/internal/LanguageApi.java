package org.parley.proposal.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.parley.account.Viewer;
import org.parley.contract.AppliedChanges;
import org.parley.contract.ContractDocuments;
import org.parley.contract.LegalDocument;
import org.parley.contract.SectionChange;
import org.parley.negotiation.BargainingTable;
import org.parley.negotiation.Negotiations;
import org.parley.proposal.ProposalVersion;
import org.parley.proposal.Proposals;
import org.parley.proposal.StatusSheetFilter;
import org.parley.proposal.TentativeContract;
import org.parley.proposal.ThreadDetail;
import org.parley.proposal.VersionRedline;
import org.parley.session.Sessions;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Redlines, the tentative contract and the documents that cross the table. Files are served both
 * under /api (bearer token) and at the same path without /api for signed-in pages.
 */
@RestController
@Tag(name = "Redlines, documents and the tentative contract")
class LanguageApi {

    record TaReference(long id, long threadId, String thread, String version, LocalDate signedOn) {
        static TaReference of(AppliedChanges.Source source) {
            return source == null ? null : new TaReference(source.tentativeAgreementId(), source.threadId(), source.threadTitle(),
                    source.versionLabel(), source.signedOn());
        }
    }

    record ContractSection(String article, String number, String baseNumber, String title, String text,
                           AppliedChanges.SectionStatus status, TaReference tentativeAgreement) {
        static ContractSection of(AppliedChanges.ResultSection s) {
            return new ContractSection(s.articleNumber(), s.number(), s.baseNumber(), s.title(), s.text(), s.status(),
                    TaReference.of(s.source()));
        }
    }

    record ConflictingChange(TaReference tentativeAgreement, SectionChange.Op op, String text) {
    }

    record ConflictResponse(String section, List<ConflictingChange> changes) {
    }

    record BaseAgreement(long id, String name) {
    }

    record TentativeContractResponse(long negotiationId, String negotiationName, BaseAgreement baseAgreement, LocalDate asOf,
                                     int standing, int walkedBack, List<ContractSection> sections,
                                     List<ContractSection> changes, List<ConflictResponse> conflicts,
                                     List<TaReference> withoutSectionChanges) {

        static TentativeContractResponse of(TentativeContract c) {
            return new TentativeContractResponse(c.negotiationId(), c.negotiationName(),
                    new BaseAgreement(c.base().id(), c.base().name()), c.asOf(), c.standing(), c.walkedBack(),
                    c.result().sections().stream().map(ContractSection::of).toList(),
                    c.result().changed().stream().map(ContractSection::of).toList(),
                    c.result().conflicts().stream().map(conflict -> new ConflictResponse(conflict.section(),
                            conflict.changes().stream().map(ch -> new ConflictingChange(TaReference.of(ch.source()),
                                    ch.change().op(), ch.change().text())).toList())).toList(),
                    c.withoutSectionChanges().stream().map(TaReference::of).toList());
        }
    }

    private final Proposals proposals;
    private final Negotiations negotiations;
    private final Sessions sessions;
    private final java.time.Clock clock;
    private final org.parley.proposal.StatusSheets statusSheets;

    LanguageApi(Proposals proposals, Negotiations negotiations, Sessions sessions, java.time.Clock clock,
            org.parley.proposal.StatusSheets statusSheets) {
        this.proposals = proposals;
        this.statusSheets = statusSheets;
        this.negotiations = negotiations;
        this.sessions = sessions;
        this.clock = clock;
    }

    @GetMapping("/api/versions/{id}/redline")
    @Operation(summary = "A version's redline per section against the base AGREEMENT (default) or the PREVIOUS version")
    VersionRedline redline(Viewer viewer, @PathVariable long id,
            @RequestParam(defaultValue = "AGREEMENT") VersionRedline.Against against) {
        return proposals.redline(viewer, id, against);
    }

    @GetMapping({"/api/versions/{id}/document.docx", "/versions/{id}/document.docx"})
    @Operation(summary = "A version as a Word document, redlined, with lines to initial a TA")
    ResponseEntity<byte[]> versionDocx(Viewer viewer, @PathVariable long id) {
        return file(ContractDocuments.docx(versionDocument(viewer, id)), ContractDocuments.DOCX, "proposal-" + id + ".docx");
    }

    @GetMapping({"/api/versions/{id}/document.pdf", "/versions/{id}/document.pdf"})
    @Operation(summary = "A version as a PDF, redlined, with lines to initial a TA")
    ResponseEntity<byte[]> versionPdf(Viewer viewer, @PathVariable long id) {
        return file(ContractDocuments.pdf(versionDocument(viewer, id)), MediaType.APPLICATION_PDF_VALUE, "proposal-" + id + ".pdf");
    }

    @GetMapping("/api/negotiations/{id}/tentative-contract")
    @Operation(summary = "All standing TAs applied to the base agreement: sections, the TA each change came from, conflicts")
    TentativeContractResponse tentativeContract(Viewer viewer, @PathVariable long id) {
        return TentativeContractResponse.of(proposals.tentativeContract(viewer, id));
    }

    @GetMapping({"/api/negotiations/{id}/tentative-contract.docx", "/negotiations/{id}/tentative-contract.docx"})
    ResponseEntity<byte[]> tentativeContractDocx(Viewer viewer, @PathVariable long id,
            @RequestParam(defaultValue = "redline") String view) {
        return file(ContractDocuments.docx(ProposalDocuments.tentativeContract(proposals.tentativeContract(viewer, id),
                redlined(view))), ContractDocuments.DOCX, "tentative-contract-" + id + "-" + view + ".docx");
    }

    @GetMapping({"/api/negotiations/{id}/tentative-contract.pdf", "/negotiations/{id}/tentative-contract.pdf"})
    ResponseEntity<byte[]> tentativeContractPdf(Viewer viewer, @PathVariable long id,
            @RequestParam(defaultValue = "redline") String view) {
        return file(ContractDocuments.pdf(ProposalDocuments.tentativeContract(proposals.tentativeContract(viewer, id),
                redlined(view))), MediaType.APPLICATION_PDF_VALUE, "tentative-contract-" + id + "-" + view + ".pdf");
    }

    @GetMapping({"/api/tables/{id}/status-sheet.pdf", "/tables/{id}/status-sheet.pdf"})
    @Operation(summary = "The status sheet as PDF")
    void statusSheetPdf(Viewer viewer, @PathVariable long id, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        BargainingTable table = negotiations.table(viewer, id);
        try (StatusSheetPdf pdf = new StatusSheetPdf(negotiations.get(viewer, table.negotiationId()).name(), table.name(),
                LocalDate.now(clock.withZone(table.timeZone())))) {
            statusSheets.each(viewer, id, StatusSheetFilter.ALL, pdf::row);
            response.setContentType(MediaType.APPLICATION_PDF_VALUE);
            response.setHeader(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"status-sheet-table-" + id + ".pdf\"");
            pdf.finish(response.getOutputStream());
        }
    }

    private LegalDocument versionDocument(Viewer viewer, long versionId) {
        ThreadDetail detail = proposals.threadOfVersion(viewer, versionId);
        ProposalVersion version = detail.version(versionId);
        BargainingTable table = negotiations.table(viewer, detail.thread().tableId());
        VersionRedline redline = version.changes().isEmpty() ? null
                : proposals.redline(viewer, versionId, VersionRedline.Against.AGREEMENT);
        return ProposalDocuments.version(negotiations.get(viewer, table.negotiationId()).name(), table.name(), detail, version,
                redline, sessions.summary(viewer, version.sessionId()));
    }

    private static boolean redlined(String view) {
        if (!view.equals("redline") && !view.equals("clean")) {
            throw org.parley.platform.ParleyException.invalid("view is 'redline' or 'clean', not '" + view + "'.");
        }
        return view.equals("redline");
    }

    static ResponseEntity<byte[]> file(byte[] content, String type, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(content);
    }
}
