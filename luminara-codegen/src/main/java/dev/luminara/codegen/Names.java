package dev.luminara.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.luminara.lunyscript.descriptor.ParamDef;
import dev.luminara.lunyscript.descriptor.Semantic;
import java.util.Locale;

/** Java names and types for descriptor names, in one place so that every rule agrees. */
final class Names {
    private Names() {}

    /** {@code SetSpeed} → {@code setSpeed}. */
    static String method(Semantic s) {
        return Character.toLowerCase(s.name().charAt(0)) + s.name().substring(1);
    }

    static String blockClass(Semantic s) {
        return s.name() + "Block";
    }

    /** {@code SetSpeed}, {@code speed} → {@code SET_SPEED_SPEED}. */
    static String specConstant(Semantic s, ParamDef p) {
        return snake(s.name()) + "_" + snake(p.name());
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    /** The Java type of a semantic parameter: double, boolean, String or Object. */
    static TypeName paramType(ParamDef p) {
        return typeOf(ParamDef.canonicalType(p.type()));
    }

    static TypeName typeOf(String canonical) {
        switch (canonical) {
            case "number":
                return TypeName.DOUBLE;
            case "bool":
                return TypeName.BOOLEAN;
            case "string":
                return TypeName.get(String.class);
            default:
                return ClassName.OBJECT;
        }
    }

    static TypeName returnType(Semantic s) {
        return s.returnsValue() ? typeOf(s.returns()) : TypeName.VOID;
    }

    /** The boxed type a query block evaluates to. */
    static TypeName boxedReturn(Semantic s) {
        return returnType(s).box();
    }
}
