package dev.luminara.lunyscript.registry;

import dev.luminara.lunyscript.descriptor.TargetChoice;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.util.List;

/**
 * A target resolved by reflection: the type, the member (a method, or a field read or written), the strategy, and the
 * Java types of its arguments and result. The reflective path turns it into a method handle; the code generator into
 * a direct call.
 */
public record ResolvedTarget(
        BindingStrategy strategy,
        Class<?> type,
        Member member,
        List<Class<?>> parameterTypes,
        Class<?> returnType,
        TargetChoice choice) {
    public ResolvedTarget {
        parameterTypes = List.copyOf(parameterTypes);
    }

    public boolean isField() {
        return member instanceof Field;
    }

    public boolean isFieldWrite() {
        return member instanceof Field && !parameterTypes.isEmpty();
    }

    public Method method() {
        return (Method) member;
    }

    public Field field() {
        return (Field) member;
    }

    /** {@code BodyView.setVelocity(Vec3)} */
    public String describe() {
        String params = String.join(
                ", ", parameterTypes.stream().map(Class::getSimpleName).toList());
        if (member instanceof Field) {
            return type.getSimpleName() + "." + member.getName() + (parameterTypes.isEmpty() ? "" : " = " + params);
        }
        return type.getSimpleName() + "." + member.getName() + "(" + params + ")";
    }
}
