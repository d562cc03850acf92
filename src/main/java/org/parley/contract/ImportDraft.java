package org.parley.contract;

/**
 * An upload being previewed: what the importer found, with the corrections its importer made so far.
 * Nothing of it is part of an agreement until it is confirmed.
 *
 * @param corrections the lines corrected, "12:UNIT,40:TEXT" (UNIT: starts a unit; SECTION: starts a section; TEXT: plain text)
 */
public record ImportDraft(String token, String name, AgreementKind kind, String filename, String corrections, ImportPreview preview) {
}
