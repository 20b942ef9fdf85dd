package dev.luminara.verify;

/** How bad a static finding is: errors fail verification, warnings and notes do not. */
public enum IssueSeverity {
    ERROR,
    WARNING,
    INFO
}
