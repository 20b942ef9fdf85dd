package dev.luminara.lunyscript.registry;

import dev.luminara.lunyscript.DescriptorException;
import dev.luminara.lunyscript.descriptor.Origin;
import dev.luminara.lunyscript.descriptor.TargetChoice;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Resolves {@code "Type.member"} by reflection, as the seed describes: the type is looked up under the binding's
 * namespace (then as written); the member is a method of that name, else a property (a {@code setX}/{@code getX} or
 * {@code isX} pair), else a public field. Overloads are told apart by argument count, then by the binding's
 * {@code signature} (simple type names).
 */
public final class TargetResolver {
    private final ClassLoader loader;
    private final Class<?> objectType;

    public TargetResolver(ClassLoader loader, Class<?> objectType) {
        this.loader = loader;
        this.objectType = objectType;
    }

    /**
     * @param arity how many arguments reach the target (-1: unknown, then the name alone or the signature decides)
     * @param query whether the verb returns a value (a getter or field read) or not (a setter, field write or call)
     */
    public ResolvedTarget resolve(
            String namespace, TargetChoice choice, int arity, boolean query, List<String> signature, Origin at) {
        String target = choice.target();
        int dot = target.lastIndexOf('.');
        String typeName = target.substring(0, dot);
        String memberName = target.substring(dot + 1);
        Class<?> type = findType(namespace, typeName, at);
        Object member =
                query ? reader(type, memberName, signature, at) : writer(type, memberName, arity, signature, at);
        if (member == null) {
            throw error(
                    at,
                    "'" + typeName + "' has no public " + (query ? "readable" : "callable or writable")
                            + " member '" + memberName + "'"
                            + (arity >= 0 && !query ? " taking " + arity + " argument(s)" : "")
                            + candidates(type, memberName));
        }
        if (member instanceof Method m) {
            return new ResolvedTarget(
                    strategy(type, Modifier.isStatic(m.getModifiers())),
                    type,
                    m,
                    Arrays.asList(m.getParameterTypes()),
                    m.getReturnType(),
                    choice);
        }
        Field f = (Field) member;
        List<Class<?>> params = query ? List.of() : List.of(f.getType());
        return new ResolvedTarget(
                strategy(type, Modifier.isStatic(f.getModifiers())),
                type,
                f,
                params,
                query ? f.getType() : void.class,
                choice);
    }

    private BindingStrategy strategy(Class<?> type, boolean isStatic) {
        if (isStatic) return BindingStrategy.STATIC;
        return type.isAssignableFrom(objectType) ? BindingStrategy.MEMBER : BindingStrategy.COMPONENT;
    }

    private Class<?> findType(String namespace, String typeName, Origin at) {
        List<String> tried = new ArrayList<>();
        for (String candidate : new String[] {namespace + "." + typeName, typeName}) {
            for (String name : nestedForms(candidate)) {
                tried.add(name);
                try {
                    return Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // try the next form
                }
            }
        }
        throw error(at, "type '" + typeName + "' not found (tried " + String.join(", ", tried) + ")");
    }

    /** {@code a.B.C} may be a nested class: also try {@code a.B$C}. */
    private static List<String> nestedForms(String name) {
        List<String> out = new ArrayList<>(List.of(name));
        int dot = name.lastIndexOf('.');
        if (dot > 0 && Character.isUpperCase(name.charAt(name.lastIndexOf('.', dot - 1) + 1))) {
            out.add(name.substring(0, dot) + "$" + name.substring(dot + 1));
        }
        return out;
    }

    private static Object writer(Class<?> type, String name, int arity, List<String> signature, Origin at) {
        Method m = pick(type, name, arity, signature, at);
        if (m != null) return m;
        Method setter = pick(type, "set" + capitalise(name), arity < 0 ? 1 : arity, signature, at);
        if (setter != null) return setter;
        Field f = field(type, name);
        return f != null && !Modifier.isFinal(f.getModifiers()) && (arity < 0 || arity == 1) ? f : null;
    }

    private static Object reader(Class<?> type, String name, List<String> signature, Origin at) {
        for (String n : new String[] {"get" + capitalise(name), "is" + capitalise(name), name}) {
            Method m = pick(type, n, 0, signature, at);
            if (m != null && m.getReturnType() != void.class) return m;
        }
        return field(type, name);
    }

    private static Method pick(Class<?> type, String name, int arity, List<String> signature, Origin at) {
        List<Method> named = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && !m.isBridge() && !m.isSynthetic())
                .filter(m -> arity < 0 || m.getParameterCount() == arity)
                .sorted(Comparator.comparing(Method::toGenericString))
                .toList();
        if (signature != null) {
            named = named.stream()
                    .filter(m -> Arrays.stream(m.getParameterTypes())
                            .map(Class::getSimpleName)
                            .toList()
                            .equals(signature))
                    .toList();
        }
        if (named.size() > 1) {
            throw error(
                    at,
                    "'" + type.getSimpleName() + "." + name + "' is overloaded (" + describe(named)
                            + "); add signature = {...} with the parameter type names");
        }
        return named.isEmpty() ? null : named.get(0);
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static String candidates(Class<?> type, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        List<Method> close = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().toLowerCase(Locale.ROOT).contains(lower))
                .sorted(Comparator.comparing(Method::toGenericString))
                .limit(4)
                .toList();
        return close.isEmpty() ? "" : " (similar: " + describe(close) + ")";
    }

    private static String describe(List<Method> methods) {
        return String.join(
                ", ",
                methods.stream()
                        .map(m -> m.getName() + "("
                                + String.join(
                                        ", ",
                                        Arrays.stream(m.getParameterTypes())
                                                .map(Class::getSimpleName)
                                                .toList())
                                + ")")
                        .toList());
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static DescriptorException error(Origin at, String message) {
        return new DescriptorException(at.file(), at.keyPath(), message);
    }
}
