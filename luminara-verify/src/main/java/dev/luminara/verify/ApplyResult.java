package dev.luminara.verify;

/**
 * The outcome of {@link CodeVerifier#apply}.
 *
 * @param reason why it was refused or rolled back; null when applied
 * @param operationId the timeline operation that applied it, or -1 when refused
 * @param rollbackOperationId the operation that rolled it back, or -1
 * @param monitor null when refused
 */
public record ApplyResult(
        ApplyStatus status,
        String reason,
        long operationId,
        long rollbackOperationId,
        VerificationResult verification,
        MonitorReport monitor) {}
