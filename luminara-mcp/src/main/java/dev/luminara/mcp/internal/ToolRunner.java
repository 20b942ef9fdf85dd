package dev.luminara.mcp.internal;

import dev.luminara.core.CoreException;
import dev.luminara.render.RenderException;
import dev.luminara.script.ScriptException;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.spec.McpSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a {@link ToolSpec} into the SDK's tool specification. Every call is answered: bad arguments and refused
 * changes become {@code isError} results whose message names the input; an unexpected exception becomes one too
 * (logged to stderr, never sent as a stack trace).
 */
public final class ToolRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ToolRunner.class);

    private static final java.util.concurrent.atomic.AtomicLong UNEXPECTED =
            new java.util.concurrent.atomic.AtomicLong();

    private ToolRunner() {}

    /** How many calls ended in an exception no handler expected (each answered as an error, and logged). */
    public static long unexpectedFailures() {
        return UNEXPECTED.get();
    }

    public static McpSchema.Tool describe(ToolSpec spec) {
        McpSchema.Tool.Builder b =
                McpSchema.Tool.builder(spec.name(), spec.inputSchema()).description(spec.description());
        if (spec.outputSchema() != null) b.outputSchema(spec.outputSchema());
        if (spec.readOnly()) {
            b.annotations(new McpSchema.ToolAnnotations(null, true, false, true, false, null));
        }
        return b.build();
    }

    public static McpServerFeatures.SyncToolSpecification toSdk(ToolSpec spec, RateLimiter limiter) {
        McpSchema.Tool tool = describe(spec);
        return McpServerFeatures.SyncToolSpecification.builder()
                .tool(tool)
                .callHandler((exchange, request) -> {
                    if (!limiter.tryAcquire()) {
                        return Reply.error("rate limit: at most " + (long) limiter.perSecond()
                                        + " tool calls per second; try again shortly")
                                .toResult();
                    }
                    return run(spec, request.arguments(), new CallContext(exchange))
                            .toResult();
                })
                .build();
    }

    /** Runs a tool; never throws. */
    public static Reply run(ToolSpec spec, java.util.Map<String, Object> arguments, CallContext context) {
        try {
            Reply r = spec.handler().call(Args.of(arguments), context);
            return r == null ? Reply.error(spec.name() + ": no result") : r;
        } catch (InvalidArgumentException e) {
            return Reply.error(spec.name() + ": " + e.getMessage());
        } catch (CoreException | ScriptException | RenderException e) {
            return Reply.error(spec.name() + ": " + e.getMessage());
        } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError | OutOfMemoryError e) {
            UNEXPECTED.incrementAndGet();
            LOG.warn("tool {} failed unexpectedly", spec.name(), e);
            String message = e.getMessage() == null ? "" : ": " + e.getMessage();
            return Reply.error(spec.name() + ": internal error (" + e.getClass().getSimpleName() + message + ")");
        }
    }
}
