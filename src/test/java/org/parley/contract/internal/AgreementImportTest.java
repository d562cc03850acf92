package org.parley.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.parley.contract.Article;
import org.parley.contract.ImportPreview;
import org.parley.contract.ImportProblem;
import org.parley.contract.Section;
import org.parley.platform.ParleyException;
import org.parley.support.Agreements;
import org.parley.support.SharedCorpus;

class AgreementImportTest {

    static ImportPreview read(String name, String text) {
        return AgreementFile.read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void markdownArticlesSectionsAndTablesAreFound() {
        ImportPreview preview = read("cba.md", Agreements.MARKDOWN);
        assertThat(preview.saveable()).isTrue();
        assertThat(preview.articles()).extracting(Article::number).containsExactly("1", "13", "20");
        assertThat(preview.articles().get(1).title()).isEqualTo("PAID TIME OFF");
        assertThat(preview.articles().get(1).sections()).extracting(Section::number).containsExactly("13.1", "13.2", "13.3");
        Section accrual = preview.articles().get(1).sections().get(1);
        assertThat(accrual.title()).isEqualTo("Accrual");
        assertThat(accrual.text()).isEqualTo("Employees accrue eight hours of paid time off per month of service.");
        assertThat(preview.articles().get(2).sections().get(0).text()).contains("| Step | Hourly rate |").contains("| 1 | $24.00 |");
        assertThat(preview.problems()).anyMatch(p -> p.message().contains("before the first article"));
    }

    @Test
    void theUsualPlainTextHeadingsAreRecognised() {
        ImportPreview preview = read("cba.txt", """
                ARTICLE 4 – MANAGEMENT RIGHTS

                Section 1. General.
                All rights not abridged remain with the Employer.

                Section 2. Enumeration. The rights of the Employer include the right
                to direct the work force.

                Article 5

                Section 5.1 Stewards
                The Union may appoint stewards.

                5.2.1 Steward training is paid.

                ARTICLE XIII: HOLIDAYS

                Section 1(A). Observed holidays. New Year's Day is a holiday.
                """);
        assertThat(preview.saveable()).as(preview.problems().toString()).isTrue();
        assertThat(preview.articles()).extracting(Article::number).containsExactly("4", "5", "XIII");
        assertThat(preview.articles().get(0).sections()).extracting(Section::number, Section::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("4.1", "General"), org.assertj.core.groups.Tuple.tuple("4.2", "Enumeration"));
        assertThat(preview.articles().get(0).sections().get(1).text())
                .isEqualTo("The rights of the Employer include the right to direct the work force.");
        assertThat(preview.articles().get(1).sections()).extracting(Section::number).containsExactly("5.1", "5.2.1");
        assertThat(preview.articles().get(2).sections().get(0).number()).isEqualTo("13.1(A)");
    }

    @Test
    void aDocumentWithoutArticlesIsRefusedWithWhereAndWhy() {
        ImportPreview preview = read("letter.txt", "Dear members,\n\nThank you for voting.\n");
        assertThat(preview.saveable()).isFalse();
        assertThat(preview.problems()).anyMatch(p -> p.severity() == ImportProblem.Severity.ERROR && p.line() == 1
                && p.message().contains("No article headings"));
    }

    @Test
    void aSectionNumberedTwiceIsAnErrorNamingBothLines() {
        ImportPreview preview = read("twice.txt", "ARTICLE 1 – ONE\n\n1.1 First. Text.\n\n1.1 Again. Text.\n");
        assertThat(preview.saveable()).isFalse();
        assertThat(preview.problems()).anyMatch(p -> p.message().contains("Section 1.1 appears twice (lines 3 and 5)"));
    }

    @Test
    void wordsAutomaticNumberingIsSpelledOut() throws IOException {
        byte[] docx = docxWithAutomaticNumbering();
        ImportPreview preview = AgreementFile.read("numbered.docx", docx);
        assertThat(preview.saveable()).as(preview.problems().toString()).isTrue();
        assertThat(preview.articles()).extracting(Article::number).containsExactly("1", "2");
        assertThat(preview.articles().get(1).title()).isEqualTo("Paid Time Off");
        assertThat(preview.articles().get(1).sections()).extracting(Section::number).containsExactly("2.1", "2.2");
        assertThat(preview.articles().get(1).sections().get(1).text()).contains("eight hours");
        assertThat(preview.articles().get(0).sections().get(0).text()).contains("| Step | Rate |");
    }

    @Test
    void aFileThatIsNotADocxIsRefused() {
        assertThatThrownBy(() -> AgreementFile.read("contract.docx", "plain words".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ParleyException.class).hasMessageContaining("not a valid DOCX");
        assertThatThrownBy(() -> AgreementFile.read("broken.docx", new byte[] {'P', 'K', 3, 4, 1, 2, 3}))
                .isInstanceOf(ParleyException.class).hasMessageContaining("not a valid DOCX");
        assertThatThrownBy(() -> AgreementFile.read("empty.md", new byte[0])).hasMessageContaining("empty");
        assertThatThrownBy(() -> AgreementFile.read("scan.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("not a readable PDF");
    }

    @Test
    void aZipBombIsRefusedBeforeItExpands() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros); // 300 MB of nothing, a few hundred kilobytes compressed
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(AgreementFile.MAX_BYTES);
        assertThatThrownBy(() -> AgreementFile.read("bomb.docx", bytes.toByteArray()))
                .isInstanceOf(ParleyException.class).hasMessageContaining("zip bomb");
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() {
        assertThatThrownBy(() -> AgreementFile.read("huge.txt", new byte[AgreementFile.MAX_BYTES + 1]))
                .hasMessageContaining("MB");
    }

    @Test
    void realAgreementsImportWithTheirArticlesAndSections() throws IOException {
        ImportPreview grinnell = AgreementFile.read("grinnell.md",
                Files.readAllBytes(SharedCorpus.file("contracts/grinnell-ugsdw/ugsdw-grinnell-contract-2024-2027.md")));
        assertThat(grinnell.saveable()).isTrue();
        assertThat(grinnell.articles()).hasSize(9);
        assertThat(grinnell.articles().get(0).sections().get(0).number()).isEqualTo("1.1");

        ImportPreview oregon = AgreementFile.read("oregon.txt",
                Files.readAllBytes(SharedCorpus.file("contracts/oregon-state-cia/oregon-das-cia-cba-2025-2027.txt")));
        assertThat(oregon.saveable()).as(oregon.problems().toString()).isTrue();
        assertThat(oregon.articles().stream().filter(a -> a.number().matches("\\d+"))).hasSize(43);
        assertThat(oregon.articles().stream().filter(a -> a.number().startsWith("LOA"))).hasSize(5);
        assertThat(oregon.problems()).anyMatch(p -> p.message().contains("running header or footer"));
        Section overtime = oregon.articles().stream().filter(a -> a.number().equals("13")).findFirst().orElseThrow()
                .sections().stream().filter(s -> s.number().equals("13.4")).findFirst().orElseThrow();
        assertThat(overtime.title()).isEqualTo("Overtime");
        assertThat(overtime.text()).doesNotContain("Collective Bargaining Agreement");

        ImportPreview seiu = AgreementFile.read("seiu.txt", Files.readAllBytes(SharedCorpus.file(
                "contracts/seiu503-oregon-public-universities/seiu503-oregon-public-universities-cba-2022-2026.pdftotext-layout.txt")));
        assertThat(seiu.saveable()).as(seiu.problems().toString()).isTrue();
        assertThat(seiu.articles().stream().filter(a -> a.number().matches("\\d+"))).hasSize(64);
        assertThat(seiu.problems()).anyMatch(p -> p.line() == 3098 && p.message().contains("ARTICL 40"));
        assertThat(seiu.articles().stream().filter(a -> a.number().startsWith("LOA")).map(Article::title))
                .contains("ARTICLE 21: SALARY", "Article 13: CONTRACTING OUT");
    }

    static byte[] docxWithAutomaticNumbering() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFNumbering numbering = document.createNumbering();
            CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
            definition.setAbstractNumId(BigInteger.ONE);
            CTLvl articles = definition.addNewLvl();
            articles.setIlvl(BigInteger.ZERO);
            articles.addNewStart().setVal(BigInteger.ONE);
            articles.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
            articles.addNewLvlText().setVal("ARTICLE %1 –");
            CTLvl sections = definition.addNewLvl();
            sections.setIlvl(BigInteger.ONE);
            sections.addNewStart().setVal(BigInteger.ONE);
            sections.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
            sections.addNewLvlText().setVal("%1.%2");
            BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
            BigInteger numId = numbering.addNum(abstractId);
            heading(document, numId, 0, "Recognition");
            body(document, "The Employer recognizes the Union.");
            XWPFTable table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Step");
            table.getRow(0).getCell(1).setText("Rate");
            table.getRow(1).getCell(0).setText("1");
            table.getRow(1).getCell(1).setText("$24.00");
            heading(document, numId, 0, "Paid Time Off");
            heading(document, numId, 1, "Eligibility");
            body(document, "Employees working twenty hours a week are eligible.");
            heading(document, numId, 1, "Accrual");
            body(document, "Employees accrue eight hours per month.");
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void heading(XWPFDocument document, BigInteger numId, int level, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(level == 0 ? "Heading1" : "Heading2");
        paragraph.setNumID(numId);
        paragraph.setNumILvl(BigInteger.valueOf(level));
        paragraph.createRun().setText(text);
    }

    private static void body(XWPFDocument document, String text) {
        document.createParagraph().createRun().setText(text);
    }

    static List<String> numbers(ImportPreview preview) {
        return preview.articles().stream().flatMap(a -> a.sections().stream()).map(Section::number).toList();
    }
}
