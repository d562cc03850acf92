package org.parley.contract.internal;

import java.util.List;
import org.parley.contract.ImportProblem;

/**
 * What a format's reader hands the {@link AgreementParser}: the document's lines in reading order,
 * and notes on what the reader itself set aside (running headers, scripts), shown in the preview.
 */
record Layout(List<AgreementParser.Line> lines, List<ImportProblem> notes) {

    static Layout of(List<AgreementParser.Line> lines) {
        return new Layout(lines, List.of());
    }
}
