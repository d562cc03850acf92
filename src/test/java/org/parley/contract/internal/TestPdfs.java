package org.parley.contract.internal;

/** PDFs for tests outside this package. */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** A scan: pages with a picture and no text. */
    public static byte[] scan(int pages) {
        PdfFixture pdf = new PdfFixture();
        for (int i = 0; i < pages; i++) {
            pdf.page();
        }
        return pdf.bytes();
    }
}
