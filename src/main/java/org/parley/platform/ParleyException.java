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

    private final Kind kind;
    private final java.util.Map<String, Object> details;

    public ParleyException(Kind kind, String message) {
        this(kind, message, java.util.Map.of());
    }

    /** @param details extra members of the problem detail, e.g. the problems an import found */
    public ParleyException(Kind kind, String message, java.util.Map<String, Object> details) {
        super(message);
        this.kind = kind;
        this.details = java.util.Map.copyOf(details);
    }

    public Kind kind() {
        return kind;
    }

    public java.util.Map<String, Object> details() {
        return details;
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
}
