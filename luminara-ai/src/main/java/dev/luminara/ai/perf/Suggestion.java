package dev.luminara.ai.perf;

/** A way to lower an impact: {@code kind} is stable for tools ({@code reduce-count}, {@code drop-component}, …). */
public record Suggestion(String kind, String message) {}
