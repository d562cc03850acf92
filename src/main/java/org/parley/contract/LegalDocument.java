package org.parley.contract;

import java.util.List;

/**
 * A document that crosses the table or goes to the members — a proposal with its redline, the
 * tentative contract, the status sheet — described once and written as DOCX or PDF by
 * {@link ContractDocuments}, so that both files say the same thing.
 *
 * @param header         label and value pairs shown under the title (side, proposal number, date…)
 * @param signatureBlock whether the document ends with lines for both sides to initial a TA
 */
public record LegalDocument(String title, List<Field> header, List<Part> parts, boolean signatureBlock, boolean landscape) {

    public LegalDocument(String title, List<Field> header, List<Part> parts, boolean signatureBlock) {
        this(title, header, parts, signatureBlock, false);
    }

    public record Field(String label, String value) {
    }

    public sealed interface Part permits Heading, Text, Redlined, Grid {
    }

    public record Heading(String text, int level) implements Part {
    }

    /** Plain text; a blank line starts a new paragraph. */
    public record Text(String text) implements Part {
    }

    /** Redlined text: insertions underlined, deletions struck through; a blank line starts a new paragraph. */
    public record Redlined(List<Redline.Run> runs) implements Part {
    }

    public record Grid(List<String> columns, List<List<String>> rows) implements Part {
    }
}
