package dev.luminara.ai.perf;

/**
 * What one more entity with a component costs per frame: CPU time fitted from measurements, memory estimated from the
 * component's stored layout, draw calls from what it renders. GPU time is 0: the software renderer does not run per
 * frame (it renders on request), so there is nothing to measure yet.
 */
public record ComponentCost(
        double cpuCostPerEntity, double gpuCostPerEntity, long memoryPerEntity, float drawCallsPerEntity) {
    /** CPU cost in microseconds per entity per frame. */
    public double cpuMicros() {
        return cpuCostPerEntity;
    }
}
