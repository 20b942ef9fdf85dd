package dev.luminara.verify;

import java.util.List;

/**
 * What watching the live game after the apply saw.
 *
 * @param frames frames stepped after the apply (fewer when it was stopped early by an error)
 * @param errors errors and limits hit by the applied script on its entities
 * @param baselineMedianMillis median CPU time per frame over the frames stepped just before the apply (0 if none)
 * @param medianFrameMillis median CPU time per frame after it
 * @param budgetMillis the performance budget's frame time
 */
public record MonitorReport(
        int frames,
        List<SandboxProblem> errors,
        double baselineMedianMillis,
        double medianFrameMillis,
        double budgetMillis) {
    public MonitorReport {
        errors = List.copyOf(errors);
    }
}
