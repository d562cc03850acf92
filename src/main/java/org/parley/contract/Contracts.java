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

    /**
     * Reads the file and keeps it, unsaved, for the person importing it to check and correct: only they
     * can see it, and nothing becomes part of an agreement until they confirm it.
     */
    ImportDraft startImport(Viewer by, String name, AgreementKind kind, String filename, byte[] content);

    ImportDraft draft(Viewer by, String token);

    /**
     * Corrects the structure the importer found, one line at a time: "UNIT" makes the line start a
     * top-level unit (promote), "SECTION" a section (promote a text line, or demote a unit), "TEXT"
     * plain text (demote a section, or merge a unit back into the one before), "NONE" undoes it.
     */
    ImportDraft correctImport(Viewer by, String token, int line, String role);

    /** Saves the draft, with its corrections, as a new agreement (or refuses it with its problems). */
    Agreement confirmImport(Viewer by, String token, String name);

    List<AgreementSummary> list(Viewer viewer);

    /** Where a citation ("10.L.5", "Article 12, Section 2(F)", "Sec. 11.B", "Appendix A") points in the agreement. */
    Citation cite(Viewer viewer, long agreementId, String ref);

    Agreement get(Viewer viewer, long agreementId);

    /** Sections whose number, title or text contain the words, in the agreement's order. */
    List<SectionHit> search(Viewer viewer, long agreementId, String query, int limit);

    record SectionHit(long agreementId, String articleNumber, String sectionNumber, String title, String excerpt) {
    }
}
