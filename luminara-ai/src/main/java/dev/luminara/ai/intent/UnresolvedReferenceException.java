package dev.luminara.ai.intent;

import dev.luminara.ai.AiException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A reference that names no entity, or several about equally well: the resolver never guesses. The message lists the
 * candidates with their scores, so an agent can pick one and retry with {@code ById}.
 */
public final class UnresolvedReferenceException extends AiException {
    /** Why the reference did not resolve. */
    public enum Reason {
        NOT_FOUND,
        AMBIGUOUS
    }

    private final Reason reason;
    private final List<Candidate> candidates;

    public UnresolvedReferenceException(String reference, Reason reason, String detail, List<Candidate> candidates) {
        super(message(reference, reason, detail, candidates));
        this.reason = reason;
        this.candidates = List.copyOf(candidates);
    }

    private static String message(String reference, Reason reason, String detail, List<Candidate> candidates) {
        String head = (reason == Reason.AMBIGUOUS ? "ambiguous reference " : "no entity for ")
                + reference
                + (detail.isEmpty() ? "" : ": " + detail);
        if (candidates.isEmpty()) return head;
        return head + "; " + (reason == Reason.AMBIGUOUS ? "candidates: " : "closest: ")
                + candidates.stream().map(Candidate::toString).collect(Collectors.joining(", "));
    }

    public Reason reason() {
        return reason;
    }

    public List<Candidate> candidates() {
        return candidates;
    }
}
