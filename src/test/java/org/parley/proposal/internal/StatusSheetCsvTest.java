package org.parley.proposal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusSheetCsvTest {

    @Test
    void quotesCommasQuotesAndLineBreaks() {
        assertThat(StatusSheetCsv.cell("Wages, steps")).isEqualTo("\"Wages, steps\"");
        assertThat(StatusSheetCsv.cell("the \"Sword\"")).isEqualTo("\"the \"\"Sword\"\"\"");
        assertThat(StatusSheetCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(StatusSheetCsv.cell("plain")).isEqualTo("plain");
    }

    @Test
    void defusesCellsASpreadsheetWouldRunAsFormulas() {
        assertThat(StatusSheetCsv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(StatusSheetCsv.cell("+SUM(A1)")).isEqualTo("'+SUM(A1)");
        assertThat(StatusSheetCsv.cell("-2")).isEqualTo("'-2");
        assertThat(StatusSheetCsv.cell("@cmd")).isEqualTo("'@cmd");
    }
}
