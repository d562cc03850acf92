package org.parley.costing;

import java.util.List;

/**
 * What a workforce or salary schedule file held: the rows kept, and what is wrong per row (those rows are
 * left out). Nothing is saved on a preview.
 *
 * @param rows  the number of rows kept
 * @param saved false for a preview
 */
public record WorkforceImport(int rows, List<Problem> problems, List<Position> sample, boolean saved) {

    /** @param row the row of the file (1 is the header) */
    public record Problem(int row, String message) {
    }
}
