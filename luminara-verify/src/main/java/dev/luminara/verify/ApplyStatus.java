package dev.luminara.verify;

/** How an apply ended. */
public enum ApplyStatus {
    /** Verified, applied as one timeline operation, and it behaved for the monitored frames. */
    APPLIED,
    /** Applied, then misbehaved and was rolled back automatically (recorded as an operation with the reason). */
    ROLLED_BACK,
    /** Verification failed; nothing was applied. */
    REFUSED
}
