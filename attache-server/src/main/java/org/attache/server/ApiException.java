package org.attache.server;

/**
 * A request the server refuses, with the HTTP status and a message for the client (which must
 * never carry internals). Rendered as {@code {"error": message, "status": status}}.
 */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    ApiException(int status, String message) {
        super(message, null, false, false); // no stack trace: this is an answer, not a failure
        this.status = status;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    int status() {
        return status;
    }
}
