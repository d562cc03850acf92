package org.parley.contract.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small synthetic PDFs for the importer's tests: text placed where a word processor would place it. */
final class PdfFixture {

    record Text(float x, float top, float size, boolean bold, String text) {
    }

    private final List<List<Text>> pages = new ArrayList<>();
    private String password;

    PdfFixture page() {
        pages.add(new ArrayList<>());
        return this;
    }

    /** Places a line with its baseline {@code top} points below the top of a US Letter page. */
    PdfFixture text(float x, float top, float size, boolean bold, String text) {
        pages.get(pages.size() - 1).add(new Text(x, top, size, bold, text));
        return this;
    }

    PdfFixture body(float top, String text) {
        return text(72, top, 11, false, text);
    }

    PdfFixture heading(float top, String text) {
        return text(72, top, 12, true, text);
    }

    PdfFixture protectedBy(String userPassword) {
        this.password = userPassword;
        return this;
    }

    byte[] bytes() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            for (List<Text> lines : pages) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    if (lines.isEmpty()) {
                        content.addRect(72, 72, 400, 600); // a scan: a picture, no text
                        content.fill();
                    }
                    for (Text line : lines) {
                        content.beginText();
                        content.setFont(line.bold() ? bold : regular, line.size());
                        content.newLineAtOffset(line.x(), PDRectangle.LETTER.getHeight() - line.top());
                        content.showText(line.text());
                        content.endText();
                    }
                }
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
