package org.parley.contract.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.parley.account.Viewer;
import org.parley.contract.Agreement;
import org.parley.contract.AgreementKind;
import org.parley.contract.AgreementSummary;
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

    record PreviewResponse(String format, List<ArticleOutline> articles, List<ImportProblem> problems, int articleCount,
                           int sectionCount, long wordCount, boolean saveable) {

        static PreviewResponse of(ImportPreview preview) {
            return new PreviewResponse(preview.format(), preview.articles().stream()
                    .map(a -> new ArticleOutline(a.number(), a.title(), a.sections().stream()
                            .map(s -> new SectionOutline(s.number(), s.title())).toList())).toList(),
                    preview.problems(), preview.articles().size(), preview.sectionCount(), preview.wordCount(), preview.saveable());
        }
    }

    record RedlineRequest(String old, @com.fasterxml.jackson.annotation.JsonProperty("new") String updated) {
    }

    record RedlineResponse(List<Redline.Run> runs) {
    }

    private final Contracts contracts;

    ContractApi(Contracts contracts) {
        this.contracts = contracts;
    }

    @PostMapping(value = "/api/agreements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import an agreement from DOCX, Markdown or text; with preview=true nothing is saved")
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
                    + "compared, so a relabelled item reads as a changed label and a split item as an insertion.")
    RedlineResponse redline(Viewer viewer, @RequestBody RedlineRequest request) {
        if (request.old() == null && request.updated() == null) {
            throw ParleyException.invalid("Send the two texts as 'old' and 'new'.");
        }
        return new RedlineResponse(Redline.between(request.old(), request.updated()));
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw ParleyException.invalid("The upload could not be read; please send the file again.");
        }
    }
}
