/**
 * JMH benchmarks. Each benchmark class measures a Luminara operation next to a baseline (a plain Java loop, a direct
 * call, a no-op server) in the same run, so that results are read as ratios. Sub-packages mirror the modules measured.
 */
package dev.luminara.bench;
