package dev.luminara.ai.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.luminara.core.ComponentType;
import dev.luminara.core.InvalidComponentException;
import dev.luminara.core.schema.ComponentJson;
import dev.luminara.core.schema.ComponentSchema;
import dev.luminara.core.schema.FieldSchema;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

/**
 * The arithmetic of {@link ComponentMutation}: set and merge are core's JSON merges; add and scale build on them.
 * Arithmetic is done in the field's own precision (float for float fields and vectors), so a mutation gives the same
 * result whether its operand came straight from a tool or back from the timeline's JSON.
 */
final class Mutations {
    private Mutations() {}

    static Record apply(ComponentType<?> type, Record value, ComponentMutation mutation) {
        ComponentSchema schema = type.schema();
        if (mutation instanceof ComponentMutation.SetField s) {
            return ComponentJson.withField(value, schema, s.path(), s.value());
        } else if (mutation instanceof ComponentMutation.Merge m) {
            return ComponentJson.merge(value, schema, m.patch());
        } else if (mutation instanceof ComponentMutation.AddToField a) {
            return arithmetic(schema, value, a.path(), a.delta(), Double::sum, "add");
        } else if (mutation instanceof ComponentMutation.ScaleField s) {
            JsonNode factor = JsonNodeFactory.instance.numberNode(s.factor());
            return arithmetic(schema, value, s.path(), factor, (x, f) -> x * f, "scale by");
        }
        throw new IllegalStateException(
                "unhandled mutation " + mutation.getClass().getSimpleName());
    }

    private static Record arithmetic(
            ComponentSchema schema, Record value, String path, JsonNode operand, DoubleBinaryOperator op, String verb) {
        JsonNode current = ComponentJson.field(value, schema, path);
        Precision precision = precision(schema, path);
        JsonNode result;
        if (current.isNumber() && operand.isNumber()) {
            result = precision.node(op, current.doubleValue(), operand.doubleValue());
        } else if (current.isArray() && allNumbers(current)) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < current.size(); i++) {
                double d;
                if (operand.isNumber()) {
                    d = operand.doubleValue();
                } else if (operand.isArray() && operand.size() == current.size() && allNumbers(operand)) {
                    d = operand.get(i).doubleValue();
                } else {
                    throw new InvalidComponentException(
                            schema.name(),
                            path,
                            "cannot " + verb + " " + operand + ": expected a number or " + current.size() + " numbers");
                }
                out.add(precision.node(op, current.get(i).doubleValue(), d));
            }
            result = out;
        } else {
            throw new InvalidComponentException(
                    schema.name(), path, "cannot " + verb + " " + operand + ": the field is " + current);
        }
        return ComponentJson.withField(value, schema, path, result);
    }

    private enum Precision {
        FLOAT,
        DOUBLE,
        INTEGRAL;

        JsonNode node(DoubleBinaryOperator op, double a, double b) {
            switch (this) {
                case FLOAT:
                    return JsonNodeFactory.instance.numberNode((float) op.applyAsDouble((float) a, (float) b));
                case INTEGRAL:
                    return JsonNodeFactory.instance.numberNode(Math.round(op.applyAsDouble(a, b)));
                default:
                    return JsonNodeFactory.instance.numberNode(op.applyAsDouble(a, b));
            }
        }
    }

    /** The precision of the field at a dotted path; vector members ({@code position.x}) are float. */
    private static Precision precision(ComponentSchema schema, String path) {
        List<FieldSchema> fields = schema.fields();
        FieldSchema found = null;
        for (String part : path.split("\\.")) {
            found = null;
            for (FieldSchema f : fields) {
                if (f.name().equals(part)) found = f;
            }
            if (found == null) return Precision.FLOAT; // a vector member: Vec3, Quat and Color are float
            fields = found.fields();
        }
        String t = found.typeName();
        if (t.equals("double")) return Precision.DOUBLE;
        if (t.equals("int") || t.equals("long")) return Precision.INTEGRAL;
        return Precision.FLOAT;
    }

    private static boolean allNumbers(JsonNode array) {
        for (JsonNode n : array) if (!n.isNumber()) return false;
        return true;
    }
}
