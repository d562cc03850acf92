/**
 * Contract language: agreements (articles → sections) imported from DOCX, Markdown or text,
 * browsing and full-text search, the word-level {@link org.parley.contract.Redline}, applying
 * agreed changes to an agreement ({@link org.parley.contract.AppliedChanges}), and the DOCX and PDF
 * documents that cross the table ({@link org.parley.contract.ContractDocuments}). Owns the tables
 * {@code agreement}, {@code agreement_article} and {@code agreement_section}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contract")
package org.parley.contract;
