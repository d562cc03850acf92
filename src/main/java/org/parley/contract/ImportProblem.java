package org.parley.contract;

/**
 * Something the importer noticed, with the line of the document it is about (0: the whole
 * document). An ERROR means the document cannot be saved as it is; a WARNING is worth checking.
 */
public record ImportProblem(int line, Severity severity, String message) {

    public enum Severity { ERROR, WARNING }

    public static ImportProblem error(int line, String message) {
        return new ImportProblem(line, Severity.ERROR, message);
    }

    public static ImportProblem warning(int line, String message) {
        return new ImportProblem(line, Severity.WARNING, message);
    }
}
