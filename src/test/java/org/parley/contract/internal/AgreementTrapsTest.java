package org.parley.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.junit.jupiter.api.Test;
import org.parley.contract.Article;
import org.parley.contract.ImportPreview;

/**
 * The traps real agreements set for an importer (contents pages that wrap, misprinted numbers,
 * headings printed without space before them, titles only in a page header), each pinned with a
 * small synthetic fixture: every expected unit found, none invented.
 */
class AgreementTrapsTest {

    static ImportPreview read(String name, String text) {
        return AgreementFile.read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static String leaders(String entry, int page) {
        return entry + " " + ".".repeat(Math.max(3, 144 - entry.length())) + " " + page;
    }

    @Test
    void aContentsPageWithDotLeadersAndAnEntryWrappedOverTwoLinesInventsNoUnit() {
        ImportPreview preview = read("cba.txt", "TABLE OF CONTENTS\n\n"
                + leaders("DEFINITIONS", 3) + "\n"
                + leaders("ARTICLE 1   INTENT AND PURPOSE", 4) + "\n"
                + "ARTICLE 2   PROCEDURE FOR FILLING AND PROBATIONARY PERIOD FOR\n"
                + leaders("BEGINNING POSITIONS IN THE DEPARTMENT….", 5) + "\n"
                + leaders("ARTICLE 3   DURATION", 9) + "\n\n"
                + """
                DEFINITIONS

                "Agreement" means this collective bargaining agreement between the City and the Association.

                "Association" means the firefighters' association, its officers and the agents authorized to act for it.

                "Business Day" means Monday through Friday during normal business hours, excluding any day when
                City Hall is closed to the public, and "Calendar Day" means every day, weekends and holidays included.

                "Shift" means a twenty-four hour shift in the Operations Division, unless otherwise specified.

                ARTICLE 1
                INTENT AND PURPOSE

                The parties intend harmony.

                ARTICLE 2
                PROCEDURE FOR FILLING AND PROBATIONARY PERIOD FOR
                BEGINNING POSITIONS IN THE DEPARTMENT

                Positions are filled by examination.

                ARTICLE 3
                DURATION

                This agreement lasts three years.
                """);
        assertThat(preview.saveable()).as(preview.problems().toString()).isTrue();
        assertThat(preview.articles()).extracting(Article::number).containsExactly("1", "2", "3");
        assertThat(preview.problems()).anyMatch(p -> p.message().contains("Set aside 6 table-of-contents lines"));
    }
    @Test
    void aContentsPageWithoutPageNumbersIsSetAsideWhereTheBodyStartsTheCountAgain() {
        StringBuilder contents = new StringBuilder("""
                TABLE OF CONTENTS

                ARTICLE 1 RECOGNITION
                SECTION 1.01 - REPRESENTATION
                SECTION 1.02 - ADMINISTRATION,
                SECTION 1.03 - HOLD HARMLESS

                ARTICLE 2 SENIORITY...
                ARTICLE 3 SALARIES..
                SECTION 3.01 - PAY PROGRESSIONS
                """);
        for (int step = 1; step <= 14; step++) {
            contents.append("Subd. ").append(step).append(". Step ").append(step).append(" of the Progression for Officers ..\n");
        }
        contents.append("""

                ARTICLE 4 TERM OF AGREEMENT..

                ARTICLE 1
                RECOGNITION

                SECTION 1.01 - REPRESENTATION
                The City recognizes the Federation as the exclusive representative of the police unit.

                ARTICLE 2
                SENIORITY

                Seniority is the length of continuous service in the department.

                ARTICLE 3
                SALARIES

                SECTION 3.01 - PAY PROGRESSIONS
                Officers progress one step each year of service.

                ARTICLE 4
                TERM OF AGREEMENT

                This agreement runs for three years.
                """);
        ImportPreview preview = read("cba.txt", contents.toString());
        assertThat(preview.saveable()).as(preview.problems().toString()).isTrue();
        assertThat(preview.articles()).extracting(Article::number, Article::title).containsExactly(tuple("1", "RECOGNITION"),
                tuple("2", "SENIORITY"), tuple("3", "SALARIES"), tuple("4", "TERM OF AGREEMENT"));
        assertThat(preview.articles().get(2).sections().get(0).text()).isEqualTo("Officers progress one step each year of service.");
        assertThat(preview.problems()).anyMatch(p -> p.message().contains("were read as a table of contents"));
    }
    @Test
    void aBoldArticleLabelRightUnderTheLastLineOfAFormStartsItsArticle() {
        PdfFixture pdf = new PdfFixture().page().heading(80, "ARTICLE 16").heading(95, "RESIGNATION");
        float top = 125;
        for (int k = 1; k <= 6; k++, top += 15) {
            pdf.body(top, "Clause " + k + " of the resignation procedure applies to every employee who quits.");
        }
        pdf.body(top, "Employee Signature ______________________________");
        pdf.body(top + 15, "Steward/Member Signature ______________________________");
        pdf.heading(top + 30, "ARTICLE 17").heading(top + 45, "LIE DETECTION");
        pdf.body(top + 70, "No employee shall be required to take a lie detector test.");
        pdf.heading(top + 95, "ARTICLE 18").heading(top + 110, "BAIL");
        pdf.body(top + 135, "The Employer shall furnish bail for accidents during working hours.");
        ImportPreview preview = AgreementFile.read("rider.pdf", pdf.bytes());
        assertThat(preview.saveable()).as(preview.problems().toString()).isTrue();
        assertThat(preview.articles()).extracting(Article::number, Article::title)
                .containsExactly(tuple("16", "RESIGNATION"), tuple("17", "LIE DETECTION"), tuple("18", "BAIL"));
        assertThat(preview.articles().get(0).sections().get(0).text()).endsWith("Steward/Member Signature ______________________________");
    }
    @Test
    void aMisprintedNumeralThatRepeatsAnEarlierArticleIsReadByTheSequenceAndThePreviewSaysSo() {
        StringBuilder text = new StringBuilder();
        String clause = "The parties agree on the terms of this article for the whole term of the agreement. ".repeat(5);
        for (String numeral : new String[] {"XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV", "XXVI", "XXVII", "XXVIII", "XIX"}) {
            text.append("ARTICLE ").append(numeral).append(" - TITLE\n\n").append(clause).append("\n\n");
        }
        text.append("APPENDIX A - EXCLUSIONS\n\nThe appendix lists the excluded positions.\n");
        ImportPreview preview = read("cba.txt", text.toString());
        assertThat(preview.saveable()).as(preview.problems().toString()).isTrue();
        assertThat(preview.articles()).extracting(Article::number).containsExactly("XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV",
                "XXVI", "XXVII", "XXVIII", "XXIX", "Appendix A");
        assertThat(preview.problems()).anyMatch(p -> p.line() == 41 && p.message().contains("repeats the number of Article XIX (line 1)")
                && p.message().contains("read as Article XXIX, a misprint"));
        assertThat(preview.headings()).filteredOn(h -> h.line() == 41).singleElement()
                .satisfies(h -> assertThat(h.number()).isEqualTo("XXIX"))
                .satisfies(h -> assertThat(h.printed()).isEqualTo("XIX"));
    }
    @Test
    void aContentsPageWhoseEntriesWrapDoesNotHideTheBodyOfAnAgreementOfNumberedSections() {
        ImportPreview preview = read("cba.txt", """
                1 Agreement and Union Recognition   1
                2 Definitions   1
                3 Union Rights   3
                APPENDIX
                Appendix A: Employment Classes   75
                Appendix F:  Tentative Agreement for a Memorandum of   108
                Understanding on Distribution of Parcel Tax Revenues
                Addendum E – Allocation of Revenue to Support Salary Increases (July 1, 125
                2014)
                Addendum F – Apportionment of Revenues to Support Salary Increases and 126
                Paraeducator Professional Development
                Appendix G – Special Education   128

                1.   Agreement and Union Recognition

                1.1   This is an Agreement made between the District and the Union.

                2.   Definitions

                2.1   A day is a day on which the schools are open.

                3.   Union Rights

                3.1   The Union may use the school mail.

                APPENDIX A – EMPLOYMENT CLASSES

                The classes of the unit are listed below.
                """);
        assertThat(preview.saveable()).as(preview.problems().toString()).isTrue();
        assertThat(preview.articles()).extracting(Article::number).containsExactly("1", "2", "3", "Appendix A");
        assertThat(preview.problems()).anyMatch(p -> p.message().contains("Set aside 12 table-of-contents lines"));
    }
    @Test
    void aMemorandumWhoseTitleIsOnlyInItsPageHeaderIsImportedUnderThatTitle() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
            header.createParagraph().createRun().setText("MEMORANDUM OF UNDERSTANDING BETWEEN");
            header.createParagraph().createRun().setText("THE DISTRICT AND THE UNION ON WELLNESS CENTERS");
            document.createParagraph().createRun().setText("The District and the Union agree to form a joint committee.");
            document.createParagraph().createRun().setText("The committee meets quarterly.");
            document.createParagraph().createRun().setText("For the District,\tFor the Union,");
            document.write(out);
            ImportPreview preview = AgreementFile.read("mou.docx", out.toByteArray());
            assertThat(preview.saveable()).as(preview.problems().toString()).isTrue();
            assertThat(preview.articles()).singleElement().satisfies(mou -> {
                assertThat(mou.title()).isEqualTo("BETWEEN THE DISTRICT AND THE UNION ON WELLNESS CENTERS");
                assertThat(mou.sections().get(0).text()).startsWith("The District and the Union agree").contains("meets quarterly");
            });
            assertThat(preview.problems()).anyMatch(p -> p.line() == 1 && p.message().contains("page header"));
        }
    }
}
