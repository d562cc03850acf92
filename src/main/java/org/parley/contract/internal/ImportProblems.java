package org.parley.contract.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.contract.ImportProblem;

/**
 * Keeps a preview's list of problems readable and its response small: the first problems are listed
 * one by one, errors before warnings; the rest are counted in one line per severity.
 */
final class ImportProblems {

    private ImportProblems() {
    }

    static List<ImportProblem> bounded(List<ImportProblem> problems, int listed) {
        if (problems.size() <= listed) {
            return List.copyOf(problems);
        }
        List<ImportProblem> errorsFirst = new ArrayList<>(problems.stream().filter(p -> p.severity() == ImportProblem.Severity.ERROR)
                .toList());
        problems.stream().filter(p -> p.severity() != ImportProblem.Severity.ERROR).forEach(errorsFirst::add);
        List<ImportProblem> kept = new ArrayList<>(errorsFirst.subList(0, listed));
        Map<ImportProblem.Severity, Integer> more = new LinkedHashMap<>();
        errorsFirst.subList(listed, errorsFirst.size()).forEach(p -> more.merge(p.severity(), 1, Integer::sum));
        more.forEach((severity, count) -> kept.add(new ImportProblem(0, severity, "… and " + count + " more "
                + (severity == ImportProblem.Severity.ERROR ? "errors" : "warnings") + " like those above (not listed: "
                + listed + " are shown). A document with this many is probably not an agreement's text, or not in a "
                + "layout Parley knows.")));
        return List.copyOf(kept);
    }
}
