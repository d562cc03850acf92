package org.parley.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;

/**
 * Successive terms of the same agreement in the shared corpus (EXPECTED.md, "Series and pairs"), as
 * text: PDFs through PDFBox's {@link PDFTextStripper} directly (the benchmark measures the redline,
 * not the importer), HTML as the text of its body, text and Markdown as they are. Besides successive
 * terms, one agreement in two renderings (UC Davis: Markdown with and without headings, and HTML; SEIU:
 * two PDF extractions), where nearly every line differs in its spacing or markup. Pairs whose files
 * are absent are left out, with a message.
 */
public final class CorpusPairs {

    public record Pair(String name, String oldText, String newText) {
    }

    /** Each pair as (name, older file, newer file), paths under the corpus's contracts folder. */
    private static final String[][] PAIRS = {
            {"Grinnell UGSDW 2016→2017", "grinnell-ugsdw/ugsdw-grinnell-contract-2016-2017.md", "grinnell-ugsdw/ugsdw-grinnell-contract-2017-2019.md"},
            {"Grinnell UGSDW 2017→2019", "grinnell-ugsdw/ugsdw-grinnell-contract-2017-2019.md", "grinnell-ugsdw/ugsdw-grinnell-contract-2019-2020.md"},
            {"Grinnell UGSDW 2019→2021", "grinnell-ugsdw/ugsdw-grinnell-contract-2019-2020.md", "grinnell-ugsdw/ugsdw-grinnell-contract-2021-2023.md"},
            {"Grinnell UGSDW 2021→2024", "grinnell-ugsdw/ugsdw-grinnell-contract-2021-2023.md", "grinnell-ugsdw/ugsdw-grinnell-contract-2024-2027.md"},
            {"Arlington AFSCME FY16→FY18 (PDF)", "arlington-ma-afscme/arlington-afscme-fy2016-2018.pdf", "arlington-ma-afscme/arlington-afscme-fy2018-2021.pdf"},
            {"Oregon DAS CIA 2023→2025", "oregon-state-cia/oregon-das-cia-cba-2023-2025.txt", "oregon-state-cia/oregon-das-cia-cba-2025-2027.txt"},
            {"UPS Teamsters 710 2013→2023 (PDF)", "ups-teamsters710/ups-teamsters710-2013-2018.pdf", "ups-teamsters710/ups-teamsters710-2023-2028.pdf"},
            {"SFUSD UESF 2017→2020 (PDF)", "sfusd-uesf-classified/sfusd-uesf-classified-2017-2020.pdf", "sfusd-uesf-classified/sfusd-uesf-classified-2020-2023.pdf"},
            {"UC Davis CIR .md → .md without headings", "ucdavis-health-cir/ucdh-cir-residents-2022-2025.md",
                    "ucdavis-health-cir/ucdh-cir-residents-2022-2025-no-headers.md"},
            {"UC Davis CIR .md → .html (its text)", "ucdavis-health-cir/ucdh-cir-residents-2022-2025.md",
                    "ucdavis-health-cir/ucdh-cir-residents-2022-2025.html"},
            {"SEIU 503 PDFBox→pdftotext -layout", "seiu503-oregon-public-universities/seiu503-oregon-public-universities-cba-2022-2026.pdf",
                    "seiu503-oregon-public-universities/seiu503-oregon-public-universities-cba-2022-2026.pdftotext-layout.txt"},
    };

    private CorpusPairs() {
    }

    public static List<Pair> all() throws IOException {
        List<Pair> pairs = new ArrayList<>();
        for (String[] pair : PAIRS) {
            Path older = SharedCorpus.ROOT.resolve("contracts").resolve(pair[1]);
            Path newer = SharedCorpus.ROOT.resolve("contracts").resolve(pair[2]);
            if (Files.isReadable(older) && Files.isReadable(newer)) {
                pairs.add(new Pair(pair[0], text(older), text(newer)));
            } else {
                System.err.println("corpus pair " + pair[0] + " is absent: left out");
            }
        }
        return pairs;
    }

    public static String text(Path file) throws IOException {
        if (file.getFileName().toString().endsWith(".pdf")) {
            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                return new PDFTextStripper().getText(document);
            }
        }
        if (file.getFileName().toString().endsWith(".html")) {
            return Jsoup.parse(Files.readString(file)).body().wholeText();
        }
        return Files.readString(file);
    }
}
