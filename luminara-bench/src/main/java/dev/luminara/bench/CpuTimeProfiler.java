package dev.luminara.bench;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Reports the benchmark JVM's CPU time per operation ({@value #LABEL}, ns/op): process CPU time over an iteration
 * (benchmark thread plus GC and compiler threads) divided by the operations it completed. Unlike wall time it hardly
 * moves when other processes compete for the cores, which is what a shared build machine needs; it does not hide
 * memory-bandwidth or cache contention. {@code RatioRunner --cpu} computes ratios from it. Use with one benchmark
 * thread.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    public static final String LABEL = "cpu.time.per.op";

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long startCpu;

    @Override
    public String getDescription() {
        return "process CPU time per operation (ns/op)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        startCpu = os.getProcessCpuTime();
    }

    @Override
    @SuppressWarnings("rawtypes") // JMH's interface declares the raw Result type
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        long cpu = os.getProcessCpuTime() - startCpu;
        // JMH's op count already includes @OperationsPerInvocation (multiplying again made such CPU figures 1000x
        // small)
        long ops = Math.max(1, result.getMetadata().getAllOps());
        return List.of(new ScalarResult(LABEL, cpu / (double) ops, "ns/op", AggregationPolicy.AVG));
    }
}
