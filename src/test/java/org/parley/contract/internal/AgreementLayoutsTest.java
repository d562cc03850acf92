package org.parley.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.contract.Agreement;
import org.parley.contract.AgreementKind;
import org.parley.contract.Article;
import org.parley.contract.Citation;
import org.parley.contract.ImportPreview;
import org.parley.contract.Section;

/** The layouts agreements come in, each pinned with a small synthetic fixture; corrections and citations. */
class AgreementLayoutsTest {

    static ImportPreview read(String name, String text) {
        return AgreementFile.read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void articleHeadingsInEveryUsualFormWithTheTitleOnTheSameLineOrTheNext() {
        ImportPreview preview = read("cba.txt", """
                ARTICLE 12
                HOURS OF WORK

                The normal work week is forty hours.

                Article XIII: Holidays, Floating Holidays and the Days the Employer Observes in Place of Them Each Year

                New Year's Day is a holiday.

                Art. 14 – Vacations

                Vacation accrues monthly.

                Article XV      Longevity Benefits

                Longevity is paid in December.
                """);
        assertThat(preview.saveable()).as(preview.problems().toString()).isTrue();
        assertThat(preview.articles()).extracting(Article::number, Article::title).containsExactly(
                tuple("12", "HOURS OF WORK"),
                tuple("XIII", "Holidays, Floating Holidays and the Days the Employer Observes in Place of Them Each Year"),
                tuple("14", "Vacations"), tuple("XV", "Longevity Benefits"));
        assertThat(preview.articles().get(0).sections().get(0).text()).isEqualTo("The normal work week is forty hours.");
    }

    @Test
    void anAgreementOfNumberedSectionsWithoutArticlesHasThemAsItsUnitsWithLetteredSubsections() {
        ImportPreview preview = read("dispatch.txt", """
                AGREEMENT BETWEEN THE CITY AND THE DISPATCHERS

                9. RECOGNITION

                The City recognizes the Association.

                10. HOURS OF WORK

                A. Work Week
                The work week is forty hours.

                B. Overtime
                1. Overtime is paid at time and one half.
                2. Overtime is offered by seniority, as set out in
                Section 10.B.

                C. Shift Trades
                1. Trades require notice.
                5. A trade may not cause overtime.

                Section 11 – Holidays

                Holidays are paid.
                """);
        assertThat(preview.saveable()).as(preview.problems().toString()).isTrue();
        assertThat(preview.articles()).extracting(Article::number, Article::title)
                .containsExactly(tuple("9", "RECOGNITION"), tuple("10", "HOURS OF WORK"), tuple("11", "Holidays"));
        assertThat(preview.articles().get(1).sections()).extracting(Section::number, Section::title)
                .containsExactly(tuple("10.A", "Work Week"), tuple("10.B", "Overtime"), tuple("10.C", "Shift Trades"));
        assertThat(preview.articles().get(1).sections().get(1).text())
                .contains("2. Overtime is offered by seniority, as set out in Section 10.B.");
    }

    @Test
    void decimalNumberingOfAnyDepthAndItemsKeepTheirContinuationLines() {
        ImportPreview preview = read("cba.txt", """
                ARTICLE 12 – SENIORITY

                12.01 Definition
                Seniority is length of service.

                12.01.1(a) Bargaining unit seniority counts from the date of hire.

                12.02 Layoff
                (A) Layoff is in inverse order of seniority
                within the classification.
                (B) Recall is in order of seniority.
                """);
        assertThat(preview.saveable()).as(preview.problems().toString()).isTrue();
        assertThat(AgreementImportTest.numbers(preview)).containsExactly("12.01", "12.01.1(a)", "12.02");
        assertThat(preview.articles().get(0).sections().get(2).text())
                .isEqualTo("(A) Layoff is in inverse order of seniority within the classification.\n\n(B) Recall is in order of seniority.");
    }

    @Test
    void appendicesSchedulesAndLettersAreUnitsWithTheirOwnClauseNumbers() {
        ImportPreview preview = read("cba.txt", """
                ARTICLE 1 – RECOGNITION

                1.01 The Employer recognizes the Union.

                SCHEDULE A – SALARY GRID

                A.01 The grid applies from July 1.

                A.02 Steps are annual.

                APPENDIX B – BENEFITS

                1.01 Benefits continue.

                MEMORANDUM OF UNDERSTANDING – PARKING

                Parking stays free.

                SIDE LETTER – UNIFORMS

                Uniforms are supplied.
                """);
        assertThat(preview.saveable()).as(preview.problems().toString()).isTrue();
        assertThat(preview.articles()).extracting(Article::number).containsExactly("1", "Schedule A", "Appendix B", "LOA 1", "LOA 2");
        assertThat(preview.articles().get(1).sections()).extracting(Section::number).containsExactly("Schedule A.01", "Schedule A.02");
        assertThat(preview.articles().get(2).sections()).extracting(Section::number).containsExactly("Appendix B.1.01");
        assertThat(preview.articles().get(3).title()).isEqualTo("PARKING");
    }

    @Test
    void contentsCoverPagesAndSignatureBlocksAreSetAsideWithANoteAndNeverBecomeUnits() {
        ImportPreview preview = read("cba.txt", """
                COLLECTIVE BARGAINING AGREEMENT
                between the County and the Union

                TABLE OF CONTENTS
                ARTICLE 1 RECOGNITION
                ARTICLE 2 WAGES
                LETTER OF AGREEMENT – PARKING

                ARTICLE 1 RECOGNITION

                The County recognizes the Union.

                ARTICLE 2 WAGES

                Wages rise three percent.

                IN WITNESS WHEREOF the parties have signed.
                For the County:
                1. Jane Smith, County Manager
                For the Union:
                2. John Doe, President
                """);
        assertThat(preview.saveable()).as(preview.problems().toString()).isTrue();
        assertThat(preview.articles()).extracting(Article::number).containsExactly("1", "2");
        assertThat(preview.articles().get(1).sections()).hasSize(1);
        assertThat(preview.articles().get(1).sections().get(0).text()).contains("Jane Smith");
        assertThat(preview.problems()).anyMatch(p -> p.message().contains("table-of-contents lines"));
        assertThat(preview.problems()).anyMatch(p -> p.message().contains("come before the first article"));
    }

    @Test
    void aWrappedCrossReferenceIsNeverAHeadingAndTheImporterSaysWhereItWasUnsure() {
        ImportPreview preview = read("cba.txt", """
                ARTICLE 7 – OVERTIME

                Section 1. Rate. Overtime is paid as provided in Article 8,
                Section 2. The rate is time and one half.

                ARTICLE 8 – WAGES

                Section 2. Rates. Rates are in Appendix A.
                """);
        assertThat(preview.saveable()).as(preview.problems().toString()).isTrue();
        assertThat(AgreementImportTest.numbers(preview)).containsExactly("7.1", "8.2");
        assertThat(preview.articles().get(0).sections().get(0).text())
                .isEqualTo("Overtime is paid as provided in Article 8, Section 2. The rate is time and one half.");
        assertThat(preview.problems()).anyMatch(p -> p.line() == 4 && p.message().contains("wrapped cross-reference"));
    }

    @Test
    void markdownLineBreakTagsAreNotKeptInTitles() {
        ImportPreview preview = read("cba.md", "## ARTICLE 1<br>RECOGNITION\n\nThe Employer recognizes the Union.\n");
        assertThat(preview.articles()).extracting(Article::title).containsExactly("RECOGNITION");
    }

    @Test
    void aPersonPromotesDemotesAndMergesHeadingsInThePreview() {
        String text = """
                ARTICLE 1 – RECOGNITION

                The Employer recognizes the Union.

                ARTICLE 2 – DUES

                Dues are deducted monthly.

                Safety Committee

                A committee meets monthly.
                """;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ImportPreview found = AgreementFile.read("cba.txt", bytes);
        assertThat(found.headings()).extracting(ImportPreview.Heading::line).containsExactly(1, 5);
        StructureCorrections corrections = StructureCorrections.NONE.with(9, StructureCorrections.Role.UNIT);
        ImportPreview promoted = AgreementFile.read("cba.txt", bytes, corrections);
        assertThat(promoted.articles()).extracting(Article::title).containsExactly("RECOGNITION", "DUES", "Committee");
        ImportPreview demoted = AgreementFile.read("cba.txt", bytes, corrections.with(9, StructureCorrections.Role.SECTION));
        assertThat(demoted.articles()).hasSize(2);
        assertThat(demoted.articles().get(1).sections()).extracting(Section::number).contains("2.9");
        ImportPreview merged = AgreementFile.read("cba.txt", bytes, StructureCorrections.parse("5:TEXT"));
        assertThat(merged.articles()).extracting(Article::number).containsExactly("1");
        assertThat(merged.articles().get(0).sections().get(0).text()).contains("ARTICLE 2 – DUES").contains("Dues are deducted");
        assertThat(StructureCorrections.parse("9:unit,5:TEXT").format()).isEqualTo("5:TEXT,9:UNIT");
    }

    @Test
    void citationsResolveToTheUnitSectionAndSubdivisionTheyName() {
        Agreement agreement = new Agreement(1, "CBA", AgreementKind.CURRENT, "cba.txt", Instant.EPOCH, List.of(
                new Article("10", "HOURS OF WORK", List.of(
                        new Section("10.A", "Work Week", "The work week is forty hours."),
                        new Section("10.L", "Shift Trades", "1. Trades require notice.\n\n5. A trade may not cause overtime.\n\n"
                                + "6. Trades are logged."))),
                new Article("11", "HOLIDAYS", List.of(new Section("11", "", "A. New Year's Day.\n\nB. Labor Day, as in Article 12, Section 2(F)."))),
                new Article("12", "BENEFITS", List.of(new Section("12.2", "Plans", "(E) Dental.\n\n(F) Vision, every two years.\n\n(G) Life."))),
                new Article("Appendix A", "SALARIES", List.of(new Section("Appendix A.01", "", "| Step | Rate |")))));
        Citations citations = new Citations(agreement);
        Citation item = citations.resolve("10.L.5").orElseThrow();
        assertThat(item.sectionNumber()).isEqualTo("10.L");
        assertThat(item.subdivision()).isEqualTo("5");
        assertThat(item.text()).isEqualTo("5. A trade may not cause overtime.");
        Citation vision = citations.resolve("Article 12, Section 2(F)").orElseThrow();
        assertThat(vision.articleNumber()).isEqualTo("12");
        assertThat(vision.text()).isEqualTo("(F) Vision, every two years.");
        Citation labor = citations.resolve("Sec. 11.B").orElseThrow();
        assertThat(labor.text()).startsWith("B. Labor Day");
        assertThat(citations.resolve("Appendix A").orElseThrow().articleTitle()).isEqualTo("SALARIES");
        assertThat(citations.resolve("Article 40")).isEmpty();
        assertThat(citations.pieces("B. Labor Day, as in Article 12, Section 2(F), and Article 40."))
                .extracting(Citations.Piece::ref).containsExactly(null, "Article 12, Section 2(F)", null);
    }
}
