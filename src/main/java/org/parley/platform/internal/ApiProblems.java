package org.parley.platform.internal;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.parley.platform.ParleyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one error format of the JSON API: RFC 9457 problem details whose {@code detail} a person
 * can act on. Page controllers have their own advice ({@link PageProblems}).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(ParleyException.class)
    ResponseEntity<ProblemDetail> refused(ParleyException e) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.valueOf(e.kind().status()), e.kind().title(), e.getMessage());
        e.details().forEach(response.getBody()::setProperty);
        if (!e.fieldErrors().isEmpty()) {
            response.getBody().setProperty("errors", e.fieldErrors());
        }
        return response;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed", "Your role may not do this.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another value" : describe(e.getRequiredType());
        return problem(HttpStatus.BAD_REQUEST, "Invalid input",
                "'" + e.getValue() + "' is not a valid " + e.getName() + "; expected " + expected + ".");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse) {
            throw e; // Spring MVC's own exceptions are handled by the base class.
        }
        log.error("Unexpected error in API call", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Server error",
                "Something went wrong on our side; nothing was saved. The error is logged.");
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            org.springframework.web.multipart.MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The file is larger than Parley accepts (" + UPLOAD_LIMIT + "); nothing was saved.");
        body.setTitle("File too large");
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    static final String UPLOAD_LIMIT = "20 MB";

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, unreadable(e));
        body.setTitle("Invalid input");
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static String unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof tools.jackson.core.JacksonException) && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof InvalidFormatException invalid) {
            return "'" + invalid.getValue() + "' is not a valid " + field(invalid) + "; expected "
                    + describe(invalid.getTargetType()) + ".";
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + unknown.getPropertyName() + "'; nothing was saved.";
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return "The value of " + field(mismatched) + " has the wrong type"
                    + (mismatched.getTargetType() == null ? "" : "; expected " + describe(mismatched.getTargetType())) + ".";
        }
        if (cause instanceof DatabindException || cause instanceof tools.jackson.core.JacksonException) {
            return "The request body is not valid JSON: " + cause.getMessage().lines().findFirst().orElse("");
        }
        return "The request body is missing or is not valid JSON.";
    }

    private static String field(DatabindException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date like 2026-03-17";
            case "LocalTime" -> "a time like 09:30";
            case "OffsetDateTime", "LocalDateTime", "Instant" -> "a date-time like 2026-03-17T09:30:00-07:00";
            case "Long", "long", "Integer", "int" -> "a whole number";
            case "Boolean", "boolean" -> "true or false";
            default -> "a " + type.getSimpleName();
        };
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
