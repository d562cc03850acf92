package org.parley.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.parley.contract.Article;
import org.parley.contract.ImportPreview;
import org.parley.contract.Section;
import org.parley.platform.ParleyException;

/** PDF and HTML import, and every format's importer fed bad input: refused with a clear message, memory bounded. */
class AgreementFormatsTest {

    static final String[][] ARTICLES = {{"1", "RECOGNITION"}, {"2", "MANAGEMENT RIGHTS"}, {"3", "HOURS OF WORK"}, {"4", "SENIORITY"}};

    /**
     * A county nurses' agreement as its PDF sets it: every page's footer repeats the heading and title of
     * the article the page is in, "n of 6" and the agreement's name; the real headings stand in the body.
     */
    static byte[] agreementWithRunningFooters() {
        PdfFixture pdf = new PdfFixture();
        int article = -1;
        int pages = 6;
        for (int p = 1; p <= pages; p++) {
            pdf.page();
            float top = 90;
            for (int k = 0; k < 40; k++, top += 15) {
                boolean starts = (p == 1 && k == 0) || (p == 3 && k == 10) || (p == 4 && k == 0) || (p == 5 && k == 20);
                if (starts) {
                    article++;
                    if (k > 0) {
                        top += 10;
                    }
                    pdf.heading(top, "ARTICLE " + ARTICLES[article][0]);
                    top += 15;
                    pdf.heading(top, ARTICLES[article][1]);
                    top += 25;
                    continue;
                }
                pdf.body(top, "Clause " + p + "." + k + " the parties agree on the term numbered " + (p * 100 + k) + ".");
            }
            pdf.text(72, 745, 9, false, "ARTICLE " + ARTICLES[Math.max(article, 0)][0]);
            pdf.text(72, 757, 9, false, ARTICLES[Math.max(article, 0)][1] + "   " + p + " of " + pages);
            pdf.text(72, 769, 9, false, "County Nurses Agreement 2024-2027");
        }
        return pdf.bytes();
    }

    @Test
    void aPdfsRunningFootersAreSetAsideAndItsRealHeadingsKept() {
        ImportPreview preview = AgreementFile.read("nurses.pdf", agreementWithRunningFooters());
        assertThat(preview.format()).isEqualTo("PDF");
        assertThat(preview.saveable()).as(preview.problems().toString()).isTrue();
        assertThat(preview.articles()).extracting(Article::number).containsExactly("1", "2", "3", "4");
        assertThat(preview.articles()).extracting(Article::title)
                .containsExactly("RECOGNITION", "MANAGEMENT RIGHTS", "HOURS OF WORK", "SENIORITY");
        String all = text(preview);
        assertThat(all).doesNotContain("of 6").doesNotContain("County Nurses Agreement").contains("Clause 6.39");
        // a clause that runs across a page break stays one paragraph in its article
        assertThat(preview.articles().get(0).sections().get(0).text()).contains("Clause 1.1 ").contains("Clause 2.5 ");
        assertThat(preview.problems()).anyMatch(p -> p.message().contains("running header, footer and page-number lines"));
    }

    @Test
    void aTwoColumnPageIsReadLeftColumnFirst() {
        PdfFixture pdf = new PdfFixture().page().heading(80, "ARTICLE 1 - RECOGNITION");
        for (int k = 1; k <= 24; k++) {
            pdf.text(72, 100 + k * 14, 10, false, "Left " + k + " of the recognition clause.");
            pdf.text(330, 100 + k * 14, 10, false, "Right " + k + " of the recognition text.");
        }
        ImportPreview preview = AgreementFile.read("columns.pdf", pdf.bytes());
        String text = preview.articles().get(0).sections().get(0).text();
        assertThat(text.indexOf("Left 24 ")).isLessThan(text.indexOf("Right 1 "));
        assertThat(text.indexOf("Left 1 ")).isLessThan(text.indexOf("Left 2 "));
        assertThat(text.indexOf("Right 23 ")).isLessThan(text.indexOf("Right 24 "));
    }

    @Test
    void aScannedPdfIsRefusedSayingItHasNoTextLayer() {
        PdfFixture scan = new PdfFixture().page().heading(80, "COLLECTIVE BARGAINING AGREEMENT")
                .body(100, "between the County and the Nurses' Association, 2024-2027");
        for (int i = 0; i < 5; i++) {
            scan.page();
        }
        assertThatThrownBy(() -> AgreementFile.read("scan.pdf", scan.bytes())).isInstanceOf(ParleyException.class)
                .hasMessageContaining("5 of the PDF's 6 pages have no text layer").hasMessageContaining("OCR")
                .hasMessageContaining("Nothing was saved");
    }

    @Test
    void encryptedTruncatedAndBrokenPdfsAreRefusedCleanly() {
        PdfFixture locked = new PdfFixture().page().heading(80, "ARTICLE 1 - RECOGNITION").body(100, "Text.");
        assertThatThrownBy(() -> AgreementFile.read("locked.pdf", locked.protectedBy("secret").bytes()))
                .isInstanceOf(ParleyException.class).hasMessageContaining("protected by a password");
        byte[] whole = agreementWithRunningFooters();
        assertThatThrownBy(() -> AgreementFile.read("half.pdf", Arrays.copyOf(whole, 600)))
                .isInstanceOf(ParleyException.class).hasMessageContaining("PDF");
        assertThatThrownBy(() -> AgreementFile.read("garbage.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage"
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(ParleyException.class).hasMessageContaining("PDF");
        assertThatThrownBy(() -> AgreementFile.read("fake.pdf", "plain words".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ParleyException.class).hasMessageContaining("not a valid PDF");
    }

    @Test
    void aPdfWhoseCrossReferenceTableIsBrokenIsRebuiltFromItsObjectsOrRefused() {
        byte[] pdf = agreementWithRunningFooters();
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        int xref = raw.lastIndexOf("startxref");
        assertThat(xref).isPositive();
        // point startxref at nonsense: the reader must rebuild the table by scanning, or refuse cleanly
        String broken = raw.substring(0, xref) + "startxref\n999999\n%%EOF\n";
        try {
            ImportPreview preview = AgreementFile.read("broken-xref.pdf", broken.getBytes(StandardCharsets.ISO_8859_1));
            assertThat(preview.articles()).extracting(Article::number).containsExactly("1", "2", "3", "4");
        } catch (ParleyException refused) {
            assertThat(refused.getMessage()).contains("not a readable PDF");
        }
    }

    @Test
    void htmlHeadingsListsAndTablesAreReadAndScriptsNeverAre() {
        String html = """
                <?php echo 'x'; ?>
                <!DOCTYPE html><html><head><title>CBA</title><script>document.write('ARTICLE 99 INJECTED')</script>
                <style>h2 { color: red }</style></head><body>
                <nav><a href="#a1">Article 1</a></nav>
                <h1>Collective Agreement</h1>
                <h2>ARTICLE 1: RECOGNITION, SCOPE AND THE DEFINITIONS OF EVERY TERM USED IN THIS AGREEMENT</h2>
                <p>The Employer recognizes the Union.<br>It bargains for all employees.</p>
                <ol start="2" type="a"><li>Part-time employees.</li><li>Casual employees.</li></ol>
                <script>alert('ARTICLE 98 INJECTED')</script>
                <h2>ARTICLE 2: WAGES</h2>
                <table><tr><th>Step</th><th>Rate</th></tr><tr><td>1</td><td>$24.00</td></tr></table>
                <h2>SCHEDULE A – SALARY GRID</h2>
                <p>A.01 The grid applies from July 1.</p>
                <p>A.02 Steps are annual.</p>
                </body></html>
                """;
        ImportPreview preview = AgreementFile.read("cba.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.format()).isEqualTo("HTML");
        assertThat(preview.articles()).extracting(Article::number).containsExactly("1", "2", "Schedule A");
        assertThat(preview.articles().get(0).title()).isEqualTo("RECOGNITION, SCOPE AND THE DEFINITIONS OF EVERY TERM USED IN THIS AGREEMENT");
        String first = preview.articles().get(0).sections().get(0).text();
        assertThat(first).contains("b. Part-time employees.").contains("c. Casual employees.");
        assertThat(preview.articles().get(1).sections().get(0).text()).isEqualTo("| Step | Rate |\n| 1 | $24.00 |");
        assertThat(preview.articles().get(2).sections()).extracting(Section::number).containsExactly("Schedule A.01", "Schedule A.02");
        assertThat(text(preview)).doesNotContain("INJECTED").doesNotContain("echo");
        assertThat(preview.problems()).anyMatch(p -> p.message().contains("Ignored") && p.message().contains("scripts"));
    }

    @Test
    void aZipBombSpreadOverManyEntriesIsRefusedWithoutExpandingIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            byte[] zeros = new byte[1024 * 1024];
            for (int part = 0; part < 11; part++) { // each part under any per-entry limit, together far beyond an agreement
                zip.putNextEntry(new ZipEntry("word/media/part" + part + ".xml"));
                for (int i = 0; i < 30; i++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }
        }
        assertThat(bytes.size()).isLessThan(AgreementFile.MAX_BYTES);
        long before = allocated();
        assertThatThrownBy(() -> AgreementFile.read("bomb.docx", bytes.toByteArray()))
                .isInstanceOf(ParleyException.class).hasMessageContaining("expands to more than 80 MB").hasMessageContaining("zip bomb");
        assertThat(allocated() - before).as("bytes allocated while refusing").isLessThan(32L * 1024 * 1024);
    }

    @Test
    void anArchiveOfThousandsOfEntriesAndATruncatedDocxAreRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i <= DocxLayout.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("word/p" + i + ".xml"));
                zip.write('x');
                zip.closeEntry();
            }
        }
        assertThatThrownBy(() -> AgreementFile.read("many.docx", bytes.toByteArray()))
                .isInstanceOf(ParleyException.class).hasMessageContaining("more than 1000 parts");
        byte[] docx = AgreementImportTest.docxWithAutomaticNumbering();
        assertThatThrownBy(() -> AgreementFile.read("cut.docx", Arrays.copyOf(docx, docx.length / 2)))
                .isInstanceOf(ParleyException.class).hasMessageContaining("not a valid DOCX");
    }

    @Test
    void aPreviewListsAtMostTheFirstFewHundredProblemsAndCountsTheRest() {
        StringBuilder text = new StringBuilder("ARTICLE 1 – ONE\n\n");
        for (int i = 0; i < 5_000; i++) {
            text.append("1.1 Again. Text.\n\n");
        }
        ImportPreview preview = AgreementImportTest.read("many.txt", text.toString());
        assertThat(preview.problems()).hasSize(AgreementParser.MAX_LISTED_PROBLEMS + 1);
        assertThat(preview.problems().getLast().message()).containsPattern("… and \\d{4} more errors");
        assertThat(preview.saveable()).isFalse();
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    static String text(ImportPreview preview) {
        StringBuilder all = new StringBuilder();
        preview.articles().forEach(a -> a.sections().forEach(s -> all.append(s.text()).append('\n')));
        return all.toString();
    }
}
