package org.parley.contract.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parley.account.Viewer;
import org.parley.audit.AuditRecord;
import org.parley.audit.AuditTrail;
import org.parley.contract.Agreement;
import org.parley.contract.AgreementKind;
import org.parley.contract.AgreementSummary;
import org.parley.contract.Citation;
import org.parley.contract.ImportDraft;
import org.parley.contract.Contracts;
import org.parley.contract.ImportPreview;
import org.parley.platform.Audience;
import org.parley.platform.ParleyException;
import org.parley.platform.SearchPattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ContractService implements Contracts {

    private final AgreementRepository repository;
    private final ImportDraftRepository drafts;
    private final AuditTrail audit;
    private final Clock clock;

    ContractService(AgreementRepository repository, ImportDraftRepository drafts, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.drafts = drafts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public ImportPreview preview(Viewer by, String filename, byte[] content) {
        by.requireOrganizer();
        return AgreementFile.read(filename, content);
    }

    @Override
    @Transactional
    public Agreement importAgreement(Viewer by, String name, AgreementKind kind, String filename, byte[] content) {
        by.requireOrganizer();
        return save(by, name, kind, filename, content, StructureCorrections.NONE);
    }

    @Override
    @Transactional
    public ImportDraft startImport(Viewer by, String name, AgreementKind kind, String filename, byte[] content) {
        by.requireOrganizer();
        ImportPreview preview = AgreementFile.read(filename, content);
        String safeName = filename == null || filename.isBlank() ? "agreement" : cut(filename.strip(), 300);
        var stored = new ImportDraftRepository.Stored(UUID.randomUUID().toString(), by.accountId(),
                name == null || name.isBlank() ? safeName : cut(name.strip(), 300), kind == null ? AgreementKind.CURRENT : kind,
                safeName, content, "");
        drafts.insert(stored, clock.instant());
        return draft(stored, preview);
    }

    @Override
    @Transactional(readOnly = true)
    public ImportDraft draft(Viewer by, String token) {
        by.requireOrganizer();
        ImportDraftRepository.Stored stored = stored(by, token);
        return draft(stored, AgreementFile.read(stored.filename(), stored.content(), StructureCorrections.parse(stored.corrections())));
    }

    @Override
    @Transactional
    public ImportDraft correctImport(Viewer by, String token, int line, String role) {
        by.requireOrganizer();
        ImportDraftRepository.Stored stored = stored(by, token);
        StructureCorrections.Role parsed;
        try {
            parsed = StructureCorrections.Role.valueOf(String.valueOf(role).strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ParleyException.invalid("'" + role + "' is not a correction: choose UNIT, SECTION, TEXT or NONE.");
        }
        if (line < 1) {
            throw ParleyException.invalid("Name the line to correct (the line numbers the preview shows).");
        }
        StructureCorrections corrections = StructureCorrections.parse(stored.corrections()).with(line, parsed);
        drafts.correct(token, corrections.format());
        var updated = new ImportDraftRepository.Stored(stored.token(), stored.accountId(), stored.name(), stored.kind(),
                stored.filename(), stored.content(), corrections.format());
        return draft(updated, AgreementFile.read(stored.filename(), stored.content(), corrections));
    }

    @Override
    @Transactional
    public Agreement confirmImport(Viewer by, String token, String name) {
        by.requireOrganizer();
        ImportDraftRepository.Stored stored = stored(by, token);
        Agreement agreement = save(by, name == null || name.isBlank() ? stored.name() : name, stored.kind(), stored.filename(),
                stored.content(), StructureCorrections.parse(stored.corrections()));
        drafts.delete(token);
        return agreement;
    }

    private ImportDraftRepository.Stored stored(Viewer by, String token) {
        return drafts.find(String.valueOf(token), by.accountId()).orElseThrow(() -> ParleyException.notFound(
                "That preview is no longer available (it was saved, or is more than a day old); choose the file again."));
    }

    private static ImportDraft draft(ImportDraftRepository.Stored stored, ImportPreview preview) {
        return new ImportDraft(stored.token(), stored.name(), stored.kind(), stored.filename(), stored.corrections(), preview);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    @Override
    @Transactional(readOnly = true)
    public Citation cite(Viewer viewer, long agreementId, String ref) {
        Agreement agreement = get(viewer, agreementId);
        return new Citations(agreement).resolve(ref).orElseThrow(() -> ParleyException.notFound("'" + ref
                + "' does not name an article, section or appendix of this agreement."));
    }

    private Agreement save(Viewer by, String name, AgreementKind kind, String filename, byte[] content,
            StructureCorrections corrections) {
        String agreementName = ParleyException.requireText(name, "The agreement's name");
        ImportPreview preview = AgreementFile.read(filename, content, corrections);
        if (!preview.saveable()) {
            long errors = preview.problems().stream().filter(p -> p.severity() == org.parley.contract.ImportProblem.Severity.ERROR).count();
            throw new ParleyException(ParleyException.Kind.INVALID_INPUT, "The document could not be imported: " + errors
                    + (errors == 1 ? " problem" : " problems") + " must be fixed first; nothing was saved.",
                    Map.of("problems", preview.problems()));
        }
        long id = repository.insert(agreementName, kind == null ? AgreementKind.CURRENT : kind, filename, preview.articles(),
                by.displayName(), clock.instant());
        audit.record(new AuditRecord(by, null, null, Audience.TABLE, "agreement", id, "imported an agreement",
                agreementName + " from " + filename + ": " + preview.articles().size() + " articles, " + preview.sectionCount()
                        + " sections"));
        return repository.find(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgreementSummary> list(Viewer viewer) {
        viewer.requireSee(Audience.TABLE);
        return repository.all();
    }

    @Override
    @Transactional(readOnly = true)
    public Agreement get(Viewer viewer, long agreementId) {
        viewer.requireSee(Audience.TABLE);
        return repository.find(agreementId)
                .orElseThrow(() -> ParleyException.notFound("There is no agreement " + agreementId + "."));
    }

    @Override
    @Transactional(readOnly = true)
    public List<SectionHit> search(Viewer viewer, long agreementId, String query, int limit) {
        get(viewer, agreementId);
        return repository.search(agreementId, SearchPattern.contains(query).like(), limit).stream()
                .map(hit -> new SectionHit(hit.agreementId(), hit.articleNumber(), hit.sectionNumber(), hit.title(),
                        excerpt(hit.excerpt(), query)))
                .toList();
    }

    /** About twenty words around the first place the query occurs. */
    static String excerpt(String text, String query) {
        String flat = text.replaceAll("\\s+", " ");
        int at = flat.toLowerCase().indexOf(query.strip().toLowerCase());
        if (at < 0) {
            return flat.length() <= 160 ? flat : flat.substring(0, 160) + "…";
        }
        int start = Math.max(0, at - 80);
        int end = Math.min(flat.length(), at + query.length() + 80);
        return (start > 0 ? "…" : "") + flat.substring(start, end) + (end < flat.length() ? "…" : "");
    }
}
