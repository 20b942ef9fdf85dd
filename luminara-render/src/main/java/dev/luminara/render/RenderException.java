package dev.luminara.render;

/** The root of the renderer's errors: a capture or comparison that cannot be made, with the input that was wrong. */
public class RenderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RenderException(String message) {
        super(message);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
