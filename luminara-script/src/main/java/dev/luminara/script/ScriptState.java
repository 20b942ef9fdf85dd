package dev.luminara.script;

import java.util.Objects;

/** Where a script instance is in its life. Handled by exhaustive instanceof chains; see {@link ScriptStatus}. */
public sealed interface ScriptState {
    Uninitialized UNINITIALIZED = new Uninitialized();
    Running RUNNING = new Running();
    Paused PAUSED = new Paused();

    /** The name used in the {@code ScriptStatus} component and in tools. */
    String label();

    /** Attached but {@code on_start} has not run yet. */
    record Uninitialized() implements ScriptState {
        @Override
        public String label() {
            return "Uninitialized";
        }
    }

    /** Started; receives {@code on_update} and events. */
    record Running() implements ScriptState {
        @Override
        public String label() {
            return "Running";
        }
    }

    /** Disabled ({@code enabled = false}): keeps its state, receives nothing. */
    record Paused() implements ScriptState {
        @Override
        public String label() {
            return "Paused";
        }
    }

    /**
     * Stopped by an error or a limit: no more hooks run until the script is reloaded or re-attached.
     *
     * @param file the script file the error points at (relative to the script root), "?" if unknown
     * @param line 1-based, 0 if unknown
     */
    record Error(String message, String file, int line, String traceback) implements ScriptState {
        public Error {
            Objects.requireNonNull(message, "message");
            file = file == null ? "?" : file;
            traceback = traceback == null ? "" : traceback;
        }

        @Override
        public String label() {
            return "Error";
        }

        public ScriptLocation location() {
            return new ScriptLocation(file, line);
        }
    }
}
