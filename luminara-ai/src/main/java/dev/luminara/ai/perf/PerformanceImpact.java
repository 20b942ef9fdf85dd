package dev.luminara.ai.perf;

import java.util.List;

/**
 * The predicted effect of an intent: frame time and frame rate after it, severity, a message and suggestions. {@code
 * basis} says where the costs come from: fitted from measurements, or uncalibrated defaults ({@link DefaultCosts}).
 */
public record PerformanceImpact(
        Severity severity,
        double predictedFrameMillis,
        float predictedFps,
        double deltaMillis,
        String basis,
        String message,
        List<Suggestion> suggestions) {
    public PerformanceImpact {
        suggestions = List.copyOf(suggestions);
    }
}
