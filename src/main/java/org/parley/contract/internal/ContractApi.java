package org.parley.contract.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.parley.account.Viewer;
import org.parley.contract.Agreement;
import org.parley.contract.AgreementKind;
import org.parley.contract.AgreementSummary;
import org.parley.contract.Citation;
import org.parley.contract.ImportDraft;
import org.parley.contract.Contracts;
import org.parley.contract.ImportPreview;
import org.parley.contract.ImportProblem;
import org.parley.contract.Redline;
import org.parley.platform.ParleyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Agreements and redlines")
class ContractApi {

    record SectionOutline(String number, String title) {
    }

    record ArticleOutline(String number, String title, List<SectionOutline> sections) {
    }

    /**
     * A preview's outline. Problems are already bounded by the importer; the outline lists at most
     * {@link #MAX_OUTLINE} headings, so that no upload can make the answer larger than a few hundred kilobytes.
     */
    record PreviewResponse(String format, List<ArticleOutline> articles, List<ImportProblem> problems, int articleCount,
                           int sectionCount, long wordCount, boolean saveable, List<ImportPreview.Heading> headings,
                           boolean outlineTruncated) {

        static final int MAX_OUTLINE = 3000;

        static PreviewResponse of(ImportPreview preview) {
            List<ArticleOutline> outline = new java.util.ArrayList<>();
            int listed = 0;
            for (var a : preview.articles()) {
                if (listed >= MAX_OUTLINE) {
                    break;
                }
                List<SectionOutline> sections = a.sections().stream().limit(Math.max(0, MAX_OUTLINE - listed - 1))
                        .map(s -> new SectionOutline(s.number(), s.title())).toList();
                listed += 1 + sections.size();
                outline.add(new ArticleOutline(a.number(), a.title(), sections));
            }
            boolean truncated = listed < preview.articles().size() + preview.sectionCount();
            return new PreviewResponse(preview.format(), outline, preview.problems(), preview.articles().size(),
                    preview.sectionCount(), preview.wordCount(), preview.saveable(),
                    preview.headings().stream().limit(MAX_OUTLINE).toList(), truncated);
        }
    }

    record DraftResponse(String token, String name, AgreementKind kind, String filename, String corrections,
                         PreviewResponse preview) {

        static DraftResponse of(ImportDraft draft) {
            return new DraftResponse(draft.token(), draft.name(), draft.kind(), draft.filename(), draft.corrections(),
                    PreviewResponse.of(draft.preview()));
        }
    }

    record CorrectionRequest(Integer line, String role) {
    }

    record ConfirmRequest(String name) {
    }

    record RedlineRequest(String old, @com.fasterxml.jackson.annotation.JsonProperty("new") String updated) {
    }

    /** The shape of the redline's answer, for the API document: {@link RedlineJson} writes it. */
    record RedlineResponse(List<Redline.Run> runs) {
    }

    private final Contracts contracts;

    ContractApi(Contracts contracts) {
        this.contracts = contracts;
    }

    @PostMapping(value = "/api/agreements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import an agreement from PDF, DOCX, HTML, Markdown or text; with preview=true nothing is saved")
    ResponseEntity<?> importAgreement(Viewer viewer, @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String name, @RequestParam(required = false) AgreementKind kind,
            @RequestParam(defaultValue = "false") boolean preview) {
        byte[] content = bytes(file);
        if (preview) {
            return ResponseEntity.ok(PreviewResponse.of(contracts.preview(viewer, file.getOriginalFilename(), content)));
        }
        String agreementName = name == null || name.isBlank() ? file.getOriginalFilename() : name;
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(contracts.importAgreement(viewer, agreementName, kind, file.getOriginalFilename(), content));
    }

    @PostMapping(value = "/api/agreements/drafts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Read an agreement into a preview kept on the server (only for you) until you correct and confirm it")
    ResponseEntity<DraftResponse> startImport(Viewer viewer, @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String name, @RequestParam(required = false) AgreementKind kind) {
        return ResponseEntity.status(HttpStatus.CREATED).body(DraftResponse.of(
                contracts.startImport(viewer, name, kind, file.getOriginalFilename(), bytes(file))));
    }

    @GetMapping("/api/agreements/drafts/{token}")
    @Operation(summary = "A preview being corrected")
    DraftResponse draft(Viewer viewer, @PathVariable String token) {
        return DraftResponse.of(contracts.draft(viewer, token));
    }

    @PostMapping("/api/agreements/drafts/{token}/corrections")
    @Operation(summary = "Correct a line of the preview: {line, role: UNIT | SECTION | TEXT | NONE} (promote, demote, merge back, undo)")
    DraftResponse correct(Viewer viewer, @PathVariable String token, @RequestBody CorrectionRequest request) {
        if (request == null || request.line() == null || request.role() == null) {
            throw ParleyException.invalid("Send the line to correct and its role: {\"line\": 12, \"role\": \"UNIT\"}.");
        }
        return DraftResponse.of(contracts.correctImport(viewer, token, request.line(), request.role()));
    }

    @PostMapping("/api/agreements/drafts/{token}/confirm")
    @Operation(summary = "Save the corrected preview as a new agreement")
    ResponseEntity<Agreement> confirm(Viewer viewer, @PathVariable String token, @RequestBody(required = false) ConfirmRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(contracts.confirmImport(viewer, token, request == null ? null : request.name()));
    }

    @GetMapping("/api/agreements/{id}/citations")
    @Operation(summary = "Resolve a citation (\"10.L.5\", \"Article 12, Section 2(F)\", \"Sec. 11.B\", \"Appendix A\") to its unit, section and subdivision")
    Citation citation(Viewer viewer, @PathVariable long id, @RequestParam String ref) {
        return contracts.cite(viewer, id, ref);
    }

    @GetMapping("/api/agreements")
    List<AgreementSummary> agreements(Viewer viewer) {
        return contracts.list(viewer);
    }

    @GetMapping("/api/agreements/{id}")
    @Operation(summary = "An agreement's articles and sections with their text")
    Agreement agreement(Viewer viewer, @PathVariable long id) {
        return contracts.get(viewer, id);
    }

    @GetMapping("/api/agreements/{id}/search")
    @Operation(summary = "Full-text search of an agreement")
    List<Contracts.SectionHit> search(Viewer viewer, @PathVariable long id, @RequestParam String q) {
        return contracts.search(viewer, id, q, 200);
    }

    @PostMapping("/api/redline")
    @Operation(summary = "The word-level redline between any two texts: runs of EQUAL, INSERT and DELETE text",
            description = "EQUAL and DELETE runs spell 'old' exactly, EQUAL and INSERT runs 'new'; no two neighbouring runs are "
                    + "of one kind. Paragraphs and list items are paired with their most similar counterpart before words are "
                    + "compared, so a relabelled item reads as a changed label and a split item as an insertion. Lines that differ only "
                    + "in their spacing (indentation, runs of spaces, line ends) are the same line and show only the spacing that changed.")
    @ApiResponse(responseCode = "200", description = "The runs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = RedlineResponse.class)))
    ResponseEntity<byte[]> redline(Viewer viewer, @RequestBody RedlineRequest request) {
        if (request.old() == null && request.updated() == null) {
            throw ParleyException.invalid("Send the two texts as 'old' and 'new'.");
        }
        // written from the redline's ranges rather than through the JSON mapper: two whole agreements make a megabyte of runs
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(RedlineJson.redline(request.old(), request.updated()));
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw ParleyException.invalid("The upload could not be read; please send the file again.");
        }
    }
}
