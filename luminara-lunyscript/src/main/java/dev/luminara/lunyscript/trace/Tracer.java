package dev.luminara.lunyscript.trace;

/** Where trace events go. {@link #OFF} costs one boolean check per call. */
public interface Tracer {
    Tracer OFF = new Tracer() {
        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public void record(TraceEvent event) {}
    };

    boolean enabled();

    void record(TraceEvent event);
}
