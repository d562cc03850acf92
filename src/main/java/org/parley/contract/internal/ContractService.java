package org.parley.contract.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.parley.account.Viewer;
import org.parley.audit.AuditRecord;
import org.parley.audit.AuditTrail;
import org.parley.contract.Agreement;
import org.parley.contract.AgreementKind;
import org.parley.contract.AgreementSummary;
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
    private final AuditTrail audit;
    private final Clock clock;

    ContractService(AgreementRepository repository, AuditTrail audit, Clock clock) {
        this.repository = repository;
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
        String agreementName = ParleyException.requireText(name, "The agreement's name");
        ImportPreview preview = AgreementFile.read(filename, content);
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
