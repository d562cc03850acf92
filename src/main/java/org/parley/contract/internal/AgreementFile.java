package org.parley.contract.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.parley.contract.ImportPreview;
import org.parley.platform.ParleyException;

/**
 * An uploaded agreement: PDF, DOCX, HTML, Markdown or plain text, read into lines by the reader of
 * its format ({@link PdfLayout}, {@link DocxLayout}, {@link HtmlLayout}) for the {@link AgreementParser}.
 * Refuses what is not what it claims to be, what is too large, and zip bombs, before parsing.
 */
final class AgreementFile {

    static final int MAX_BYTES = 15 * 1024 * 1024;
    /**
     * At most this many documents are read at once on one server: a document being read holds up
     * to a few hundred megabytes (a PDF's page objects, a DOCX's parts), so a burst of uploads waits
     * its turn rather than exhausting the heap together.
     */
    private static final Semaphore READING = new Semaphore(2, true);

    private AgreementFile() {
    }

    static ImportPreview read(String filename, byte[] bytes) {
        return read(filename, bytes, StructureCorrections.NONE);
    }

    static ImportPreview read(String filename, byte[] bytes, StructureCorrections corrections) {
        if (bytes == null || bytes.length == 0) {
            throw ParleyException.invalid("The file is empty.");
        }
        if (bytes.length > MAX_BYTES) {
            throw ParleyException.invalid("The file is " + bytes.length / (1024 * 1024) + " MB; agreements up to "
                    + MAX_BYTES / (1024 * 1024) + " MB can be imported.");
        }
        try {
            if (!READING.tryAcquire(60, TimeUnit.SECONDS)) {
                throw new ParleyException(ParleyException.Kind.CONFLICT,
                        "The server is busy reading other documents; please try again in a minute.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ParleyException.invalid("The upload was interrupted; please try again.");
        }
        try {
            return readLines(filename, bytes, corrections);
        } finally {
            READING.release();
        }
    }

    private static ImportPreview readLines(String filename, byte[] bytes, StructureCorrections corrections) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        boolean zip = bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        boolean pdf = startsWith(bytes, "%PDF-") || name.endsWith(".pdf") && indexOf(bytes, "%PDF-", 1024) >= 0;
        if (name.endsWith(".pdf") || pdf) {
            if (!pdf) {
                throw ParleyException.invalid("'" + filename + "' is not a valid PDF file (it does not start with %PDF).");
            }
            return AgreementParser.parse("PDF", PdfLayout.lines(bytes), false, corrections);
        }
        if (name.endsWith(".docx") || zip) {
            if (!zip) {
                throw ParleyException.invalid("'" + filename + "' is not a valid DOCX file (a DOCX file is a zip archive).");
            }
            return AgreementParser.parse("DOCX", DocxLayout.lines(bytes), false, corrections);
        }
        if (name.endsWith(".doc") || name.endsWith(".odt") || name.endsWith(".rtf")) {
            throw ParleyException.invalid("Parley imports PDF, DOCX, HTML, Markdown and plain text. Save '" + filename
                    + "' as DOCX or PDF, and import that.");
        }
        String text = text(bytes, filename);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".php") || HtmlLayout.looksLikeHtml(text)) {
            return AgreementParser.parse("HTML", HtmlLayout.lines(text), false, corrections);
        }
        boolean markdown = name.endsWith(".md") || name.endsWith(".markdown") || text.lines().anyMatch(l -> l.startsWith("## "));
        List<AgreementParser.Line> lines = new ArrayList<>();
        int number = 1;
        for (String line : text.split("\r\n|\r|\n", -1)) {
            // Markdown tables and headings carry line breaks as <br>; they are spaces in a title or a cell
            lines.add(AgreementParser.Line.of(number++, markdown ? line.replaceAll("(?i)<br\\s*/?>", " ") : line));
        }
        return AgreementParser.parse(markdown ? "Markdown" : "Text", Layout.of(lines), markdown, corrections);
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        return indexOf(bytes, prefix, prefix.length()) == 0;
    }

    private static int indexOf(byte[] bytes, String needle, int within) {
        byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + n.length <= Math.min(bytes.length, within + n.length); i++) {
            int j = 0;
            while (j < n.length && bytes[i + j] == n[j]) {
                j++;
            }
            if (j == n.length) {
                return i;
            }
        }
        return -1;
    }

    private static String text(byte[] bytes, String filename) {
        for (byte b : bytes) {
            if (b == 0) {
                throw ParleyException.invalid("'" + filename + "' is not a text file. Parley imports PDF, DOCX, HTML, "
                        + "Markdown and plain text.");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }
}
