package org.parley.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellTest {

    @Test
    void quotesCommasQuotesAndLineBreaks() {
        assertThat(CsvCell.of("Wages, steps")).isEqualTo("\"Wages, steps\"");
        assertThat(CsvCell.of("the \"Sword\"")).isEqualTo("\"the \"\"Sword\"\"\"");
        assertThat(CsvCell.of("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvCell.of("plain")).isEqualTo("plain");
    }

    @Test
    void defusesCellsASpreadsheetWouldRunAsFormulas() {
        assertThat(CsvCell.of("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvCell.of("+SUM(A1)")).isEqualTo("'+SUM(A1)");
        assertThat(CsvCell.of("-2")).isEqualTo("'-2");
        assertThat(CsvCell.of("@cmd")).isEqualTo("'@cmd");
    }
}
