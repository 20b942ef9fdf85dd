package dev.luminara.ai.perf;

import java.util.List;

/**
 * The predicted effect of an intent: frame time and frame rate after it, severity, a message and suggestions. {@code
 * basis} says where the costs come from: fitted from measurements, or uncalibrated defaults ({@link DefaultCosts}).
 * {@code predictedFps} is null when the predicted frame takes no time (nothing measured, nothing added): never
 * infinite. {@code measured} is false when nothing measured or observed the current frame; it is then priced at
 * {@link DefaultCosts#ENTITY_NANOS} per entity.
 */
public record PerformanceImpact(
        Severity severity,
        double predictedFrameMillis,
        Double predictedFps,
        boolean measured,
        double deltaMillis,
        String basis,
        String message,
        List<Suggestion> suggestions) {
    public PerformanceImpact {
        suggestions = List.copyOf(suggestions);
    }
}
