package org.parley.platform;

/**
 * The one way a use case refuses a request. The {@link Kind} decides the HTTP status of the
 * problem detail (API) or the message shown on the page; the message is written for a person.
 */
public class ParleyException extends RuntimeException {

    public enum Kind {
        /** The request is malformed or breaks a rule of the record (HTTP 400). */
        INVALID_INPUT(400, "Invalid input"),
        /** Not signed in (HTTP 401). */
        UNAUTHENTICATED(401, "Sign-in required"),
        /** Signed in, but this role may not do it (HTTP 403). */
        FORBIDDEN(403, "Not allowed"),
        /** Nothing with that id is visible to the viewer (HTTP 404). */
        NOT_FOUND(404, "Not found"),
        /** The record's current state does not allow it (HTTP 409). */
        CONFLICT(409, "Conflict"),
        /** Too many attempts (HTTP 429). */
        TOO_MANY_ATTEMPTS(429, "Too many attempts");

        private final int status;
        private final String title;

        Kind(int status, String title) {
            this.status = status;
            this.title = title;
        }

        public int status() {
            return status;
        }

        public String title() {
            return title;
        }
    }

    /**
     * One refused field: {@code field} is the name the form and the JSON body use ("title", "date"),
     * {@code message} the sentence shown beside it, in the form's own words.
     */
    public record FieldError(String field, String message) {
    }

    private final Kind kind;
    private final java.util.Map<String, Object> details;
    private final java.util.List<FieldError> fieldErrors;

    public ParleyException(Kind kind, String message) {
        this(kind, message, java.util.Map.of());
    }

    /** @param details extra members of the problem detail, e.g. the problems an import found */
    public ParleyException(Kind kind, String message, java.util.Map<String, Object> details) {
        this(kind, message, details, java.util.List.of());
    }

    private ParleyException(Kind kind, String message, java.util.Map<String, Object> details, java.util.List<FieldError> fieldErrors) {
        super(message);
        this.kind = kind;
        this.details = java.util.Map.copyOf(details);
        this.fieldErrors = java.util.List.copyOf(fieldErrors);
    }

    public Kind kind() {
        return kind;
    }

    public java.util.Map<String, Object> details() {
        return details;
    }

    /** The fields this refusal concerns: pages show each message beside its field, the API lists them as {@code errors}. */
    public java.util.List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /**
     * The same refusal, said to concern the field {@code field} (the form's and the JSON body's name for it).
     * Only invalid input concerns a field; any other refusal (not allowed, not found) is returned as it is.
     */
    public ParleyException about(String field) {
        if (field == null || kind != Kind.INVALID_INPUT || fieldErrors.stream().anyMatch(error -> error.field().equals(field))) {
            return this;
        }
        java.util.List<FieldError> errors = new java.util.ArrayList<>(fieldErrors);
        errors.add(new FieldError(field, getMessage()));
        return new ParleyException(kind, getMessage(), details, errors);
    }

    /** Refuses what was typed into one field; the message uses the form's label for it. */
    public static ParleyException invalidField(String field, String message) {
        return invalid(message).about(field);
    }

    public static ParleyException invalid(String message) {
        return new ParleyException(Kind.INVALID_INPUT, message);
    }

    public static ParleyException notFound(String message) {
        return new ParleyException(Kind.NOT_FOUND, message);
    }

    public static ParleyException forbidden(String message) {
        return new ParleyException(Kind.FORBIDDEN, message);
    }

    public static ParleyException conflict(String message) {
        return new ParleyException(Kind.CONFLICT, message);
    }

    /** Refuses a blank required text with a message naming the field as a person would. */
    public static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw invalid(what + " is required.");
        }
        return value.strip();
    }

    public static <T> T require(T value, String what) {
        if (value == null) {
            throw invalid(what + " is required.");
        }
        return value;
    }

    /** {@link #requireText(String, String)} for the field named {@code field} in the form and the JSON body. */
    public static String requireText(String value, String field, String what) {
        if (value == null || value.isBlank()) {
            throw invalidField(field, what + " is required.");
        }
        return value.strip();
    }

    /** {@link #require(Object, String)} for the field named {@code field} in the form and the JSON body. */
    public static <T> T require(T value, String field, String what) {
        if (value == null) {
            throw invalidField(field, what + " is required.");
        }
        return value;
    }
}
