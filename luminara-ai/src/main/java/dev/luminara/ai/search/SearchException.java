package dev.luminara.ai.search;

import dev.luminara.ai.AiException;

/** The semantic index could not be updated or searched (an I/O failure inside Lucene). */
public final class SearchException extends AiException {
    public SearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
