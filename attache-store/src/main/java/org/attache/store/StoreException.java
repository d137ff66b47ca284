package org.attache.store;

/**
 * A storage operation failed: the database could not be opened, a statement failed, or the schema
 * is newer than this code. Unchecked, so that stores fit streaming callbacks; the message says
 * what was being done.
 */
public final class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
