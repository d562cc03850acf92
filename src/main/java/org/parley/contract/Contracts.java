package org.parley.contract;

import java.util.List;
import org.parley.account.Viewer;

/**
 * Agreements and their language. Agreements are records of the table: both teams and
 * administrators read them; an administrator or a team imports them.
 */
public interface Contracts {

    /** What an import of this file would find; nothing is saved. */
    ImportPreview preview(Viewer by, String filename, byte[] content);

    /** Imports the file as a new agreement, or refuses it (with the import's problems) if it cannot be read. */
    Agreement importAgreement(Viewer by, String name, AgreementKind kind, String filename, byte[] content);

    List<AgreementSummary> list(Viewer viewer);

    Agreement get(Viewer viewer, long agreementId);

    /** Sections whose number, title or text contain the words, in the agreement's order. */
    List<SectionHit> search(Viewer viewer, long agreementId, String query, int limit);

    record SectionHit(long agreementId, String articleNumber, String sectionNumber, String title, String excerpt) {
    }
}
