package org.parley.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.support.LibreOffice;

/**
 * The redlined DOCX Parley passes across the table opens in a real word processor with real
 * underline and strike-through, not colour alone: LibreOffice converts it and its own styles are read back.
 */
@Tag("documents")
@ExtendWith(LibreOffice.Available.class)
class DocumentsOpenInLibreOfficeTest {

    @Test
    void insertionsAreUnderlinedAndDeletionsStruckThroughInLibreOffice() throws Exception {
        LegalDocument document = new LegalDocument("Labor proposal L-3: Paid time off",
                List.of(new LegalDocument.Field("Side", "Labor"), new LegalDocument.Field("Counter to", "M-2")),
                List.of(new LegalDocument.Heading("Section 13.2 Accrual (amended)", 2),
                        new LegalDocument.Redlined(Redline.between("Employees accrue eight hours per month.\n\nNo cap applies.",
                                "Employees accrue twelve hours per month.\n\nNo cap applies & <none> is \"set\"."))),
                true);
        Path docx = Files.createTempFile("parley-proposal", ".docx");
        Files.write(docx, ContractDocuments.docx(document));

        String xml = Files.readString(LibreOffice.convert(docx, "fodt", "fodt"));
        assertThat(xml).contains("Labor proposal L-3: Paid time off").contains("For the Employer")
                .contains("No cap applies").contains("&amp; &lt;none&gt; is &quot;set&quot;");
        assertThat(styleOf(xml, "twelve")).as("the inserted word's style").contains("style:text-underline-style=\"solid\"");
        assertThat(styleOf(xml, "eight")).as("the deleted word's style").contains("style:text-line-through-style=\"solid\"");

        String text = Files.readString(LibreOffice.convert(docx, "txt:Text", "txt"));
        assertThat(text).contains("Employees accrue").contains("hours per month.").contains("M-2");
    }

    /** The automatic style LibreOffice gave the span holding the word. */
    private static String styleOf(String xml, String word) {
        Matcher span = Pattern.compile("<text:span text:style-name=\"([^\"]+)\">" + word + "</text:span>").matcher(xml);
        assertThat(span.find()).as("a span holding '" + word + "'").isTrue();
        Matcher style = Pattern.compile("<style:style style:name=\"" + Pattern.quote(span.group(1))
                + "\" style:family=\"text\">\\s*<style:text-properties[^>]*>").matcher(xml);
        assertThat(style.find()).as("the style " + span.group(1)).isTrue();
        return style.group();
    }
}
