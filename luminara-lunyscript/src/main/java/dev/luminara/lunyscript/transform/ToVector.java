package dev.luminara.lunyscript.transform;

import java.lang.invoke.MethodHandle;

/**
 * {@code ToVector3Forward} (v → (0, 0, -v)), {@code ToVector3Up} (v → (0, v, 0)) and {@code ToVector3} ((x, y, z) →
 * vector). The vector is of the target's own type, built through its public {@code (float, float, float)}
 * constructor, found once at load: Luminara's {@code Vec3} and jMonkeyEngine's {@code Vector3f} both have one. Both
 * engines are right-handed, Y up, -Z forward.
 */
public record ToVector(Axis axis, Class<?> vectorType, MethodHandle constructor) implements BuiltinTransformation {
    public enum Axis {
        FORWARD,
        UP,
        XYZ
    }

    @Override
    public Object apply(Object value) {
        float v = ((Number) value).floatValue();
        return axis == Axis.FORWARD ? make(0f, 0f, -v) : make(0f, v, 0f);
    }

    @Override
    public Object[] applyAll(Object[] args) {
        if (axis != Axis.XYZ) {
            return BuiltinTransformation.super.applyAll(args);
        }
        return new Object[] {
            make(((Number) args[0]).floatValue(), ((Number) args[1]).floatValue(), ((Number) args[2]).floatValue())
        };
    }

    private Object make(float x, float y, float z) {
        try {
            return constructor.invoke(x, y, z);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(vectorType.getName() + "(float, float, float) failed", t);
        }
    }

    @Override
    public int inputArity() {
        return axis == Axis.XYZ ? 3 : 1;
    }

    @Override
    public int outputArity(int inputs) {
        return 1;
    }

    @Override
    public Class<?> outputType() {
        return vectorType;
    }

    @Override
    public String describe() {
        String name = axis == Axis.FORWARD ? "ToVector3Forward" : axis == Axis.UP ? "ToVector3Up" : "ToVector3";
        return name + "(" + vectorType.getSimpleName() + ")";
    }
}
