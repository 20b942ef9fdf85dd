package dev.luminara.lunyscript.trace;

import java.util.List;

/**
 * One verb call as the semantic trace records it: which correlation (the handler run it belongs to), which engine and
 * path (reflective or generated), the target and the version rule that picked it, the transforms applied, the
 * arguments before and after validation and transforms, and the result or error.
 */
public record TraceEvent(
        String correlationId,
        String engine,
        String path,
        String verb,
        String object,
        String target,
        String strategy,
        String rule,
        List<String> transforms,
        List<Object> args,
        List<Object> engineArgs,
        Object result,
        String error) {
    public TraceEvent {
        transforms = List.copyOf(transforms);
        args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
        engineArgs = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(engineArgs));
    }

    /** {@code [buggy#3.update] JME reflective Vehicle.SetSpeed(50.0) -> DriveControl.setLinearVelocity(Vector3f) ...} */
    public String line() {
        StringBuilder b = new StringBuilder();
        b.append('[')
                .append(correlationId)
                .append("] ")
                .append(engine)
                .append(' ')
                .append(path)
                .append(' ');
        b.append(verb).append(args).append(" on ").append(object);
        if (target != null) {
            b.append(" -> ").append(strategy).append(' ').append(target).append(engineArgs);
            b.append(" (").append(rule).append(')');
        }
        if (!transforms.isEmpty()) b.append(" transforms ").append(transforms);
        if (result != null) b.append(" = ").append(result);
        if (error != null) b.append(" FAILED: ").append(error);
        return b.toString();
    }
}
