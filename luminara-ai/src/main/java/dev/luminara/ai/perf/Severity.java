package dev.luminara.ai.perf;

/** How an estimated impact relates to the frame budget. */
public enum Severity {
    /** The frame stays under 80% of the budget. */
    OK,
    /** The frame would take 80–100% of the budget: fine now, little room left. */
    WARNING,
    /** The frame would no longer fit the budget: the target frame rate is lost. */
    CRITICAL
}
