package dev.luminara.lunyscript.registry;

import dev.luminara.lunyscript.LunyObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * One binding's whole call (validation, transforms, receiver lookup, target) as a single method handle held as a
 * {@code static final} constant of a hidden class of its own, so the JIT treats the handle as a constant and inlines
 * the chain into the caller; a handle in an instance field is invoked out of line.
 *
 * <p>Each binding defines {@link CompiledCallTemplate}'s bytes again as a hidden class, with the handle as its class
 * data ({@link MethodHandles.Lookup#defineHiddenClassWithClassData}); the template itself is never loaded.
 */
abstract class CompiledCall {
    /** {@code (LunyObject object, Object[] args) -> Object}: the arguments exactly as many as the semantic has. */
    static final MethodType TYPE = MethodType.methodType(Object.class, LunyObject.class, Object[].class);

    private static final String TEMPLATE = "CompiledCallTemplate.class";
    private static byte[] templateBytes;

    /** Calls the chain; exceptions from the target arrive wrapped in {@link CallChain.TargetFailure}. */
    abstract Object call(LunyObject object, Object[] args) throws Throwable;

    /** A hidden class holding {@code chain} (of {@link #TYPE}) as a constant. */
    static CompiledCall of(MethodHandle chain) {
        try {
            MethodHandles.Lookup hidden =
                    MethodHandles.lookup().defineHiddenClassWithClassData(template(), chain.asType(TYPE), true);
            return (CompiledCall) hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class))
                    .invoke();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("cannot define a compiled binding class", t);
        }
    }

    private static synchronized byte[] template() {
        if (templateBytes == null) {
            try (InputStream in = CompiledCall.class.getResourceAsStream(TEMPLATE)) {
                if (in == null) throw new IllegalStateException("missing class resource " + TEMPLATE);
                templateBytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return templateBytes;
    }
}
