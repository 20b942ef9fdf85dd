package dev.luminara.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;

/** A Java expression in generated code and its static type, as values flow from parameters through transforms. */
record Value(CodeBlock expr, Class<?> type) {
    static Value of(Class<?> type, String format, Object... args) {
        return new Value(CodeBlock.of(format, args), type);
    }

    CodeBlock asFloat() {
        if (type == float.class) return expr;
        if (type == double.class || type == int.class || type == long.class) return CodeBlock.of("(float) $L", wrap());
        return CodeBlock.of("(($T) $L).floatValue()", Number.class, expr);
    }

    CodeBlock asDouble() {
        if (type == double.class || type == float.class || type == int.class || type == long.class) return expr;
        return CodeBlock.of("(($T) $L).doubleValue()", Number.class, expr);
    }

    /** The expression converted to {@code target}: numeric narrowing, unboxing or a cast. */
    CodeBlock as(Class<?> target) {
        if (target == float.class || target == Float.class) return asFloat();
        if (target == double.class || target == Double.class) return asDouble();
        if (target == int.class || target == Integer.class)
            return CodeBlock.of("(int) $T.round($L)", Math.class, asDouble());
        if (target == long.class || target == Long.class) return CodeBlock.of("$T.round($L)", Math.class, asDouble());
        if (target == boolean.class || target == Boolean.class) {
            return type == boolean.class || type == Boolean.class ? expr : CodeBlock.of("($T) $L", Boolean.class, expr);
        }
        if (target.isAssignableFrom(type)) return expr;
        return CodeBlock.of("($T) $L", ClassName.get(target), expr);
    }

    /** Parenthesised when the expression is not a plain name, for use inside a larger one. */
    CodeBlock wrap() {
        String s = expr.toString();
        return s.matches("[A-Za-z_][A-Za-z0-9_]*") ? expr : CodeBlock.of("($L)", expr);
    }
}
