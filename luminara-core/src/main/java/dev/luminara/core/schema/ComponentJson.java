package dev.luminara.core.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.core.InvalidComponentException;
import dev.luminara.core.json.Json;
import dev.luminara.core.math.Color;
import dev.luminara.core.math.Quat;
import dev.luminara.core.math.Vec3;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Converts component records to and from JSON through their schema: field order is the record's, missing fields take
 * their declared default or are reported as required, unknown fields and out-of-range values are rejected with the
 * field's path. Field mutations ({@code position.x = 3}) are JSON merges, so they get the same checks.
 */
public final class ComponentJson {
    // getRecordComponents() copies its array on every call and accessors need setAccessible: both are per class.
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] rcs = COMPONENTS.get(type);
            Method[] out = new Method[rcs.length];
            for (int i = 0; i < rcs.length; i++) {
                out[i] = rcs[i].getAccessor();
                out[i].setAccessible(true);
            }
            return out;
        }
    };

    private ComponentJson() {}

    public static ObjectNode toJson(Record value) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        RecordComponent[] rcs = COMPONENTS.get(value.getClass());
        Method[] accessors = ACCESSORS.get(value.getClass());
        for (int i = 0; i < rcs.length; i++) {
            RecordComponent rc = rcs[i];
            Object field = read(rc, accessors[i], value);
            if (field instanceof Record nested && Schemas.isStructured(nested.getClass())) {
                node.set(rc.getName(), toJson(nested));
            } else {
                node.set(rc.getName(), Json.mapper().valueToTree(field));
            }
        }
        return node;
    }

    public static <T extends Record> T fromJson(Class<T> type, ComponentSchema schema, JsonNode json) {
        return type.cast(build(schema.name(), type, schema.fields(), json, ""));
    }

    /** {@code value} with the field at a dotted path replaced, e.g. {@code position.x} or {@code color}. */
    public static <T extends Record> T withField(T value, ComponentSchema schema, String path, JsonNode newValue) {
        ObjectNode json = toJson(value);
        setPath(schema.name(), json, path.split("\\."), 0, newValue, path);
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) value.getClass();
        return fromJson(type, schema, json);
    }

    /** {@code value} with every member of {@code patch} merged in (nested objects merge, other values replace). */
    public static <T extends Record> T merge(T value, ComponentSchema schema, JsonNode patch) {
        if (!patch.isObject()) {
            throw new InvalidComponentException(schema.name(), "", "a patch must be a JSON object, got " + patch);
        }
        ObjectNode json = toJson(value);
        mergeInto(json, (ObjectNode) patch);
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) value.getClass();
        return fromJson(type, schema, json);
    }

    /** The JSON value of the field at a dotted path. */
    public static JsonNode field(Record value, ComponentSchema schema, String path) {
        JsonNode node = toJson(value);
        for (String part : path.split("\\.")) {
            JsonNode next = member(node, part);
            if (next == null) {
                throw new InvalidComponentException(schema.name(), path, noSuchField(node, part));
            }
            node = next;
        }
        return node;
    }

    private static JsonNode member(JsonNode node, String part) {
        if (node.isObject()) {
            return node.get(part);
        }
        int idx = vectorIndex(part);
        return node.isArray() && idx >= 0 && idx < node.size() ? node.get(idx) : null;
    }

    /** "no such field", with the closest of the fields there are ({@code colour} → {@code color}). */
    private static String noSuchField(JsonNode node, String part) {
        if (!node.isObject()) return "no such field";
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return "no such field" + Suggest.didYouMean(part, names);
    }

    private static int vectorIndex(String part) {
        return switch (part) {
            case "x", "r" -> 0;
            case "y", "g" -> 1;
            case "z", "b" -> 2;
            case "w", "a" -> 3;
            default -> -1;
        };
    }

    private static void setPath(String component, JsonNode node, String[] parts, int i, JsonNode value, String path) {
        String part = parts[i];
        boolean last = i == parts.length - 1;
        if (node instanceof ObjectNode obj) {
            if (!obj.has(part)) {
                throw new InvalidComponentException(component, path, noSuchField(obj, part));
            }
            if (last) {
                obj.set(part, value);
            } else {
                setPath(component, obj.get(part), parts, i + 1, value, path);
            }
            return;
        }
        int idx = vectorIndex(part);
        if (node instanceof ArrayNode arr && idx >= 0 && idx < arr.size() && last) {
            arr.set(idx, value);
            return;
        }
        throw new InvalidComponentException(component, path, "no such field");
    }

    private static void mergeInto(ObjectNode target, ObjectNode patch) {
        Iterator<String> names = patch.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            JsonNode p = patch.get(name);
            JsonNode t = target.get(name);
            if (t instanceof ObjectNode to && p instanceof ObjectNode po) {
                mergeInto(to, po);
            } else if (t instanceof ArrayNode ta && p instanceof ObjectNode po && isVectorPatch(po, ta.size())) {
                po.properties().forEach(e -> ta.set(vectorIndex(e.getKey()), e.getValue()));
            } else {
                target.set(name, p);
            }
        }
    }

    private static boolean isVectorPatch(ObjectNode patch, int size) {
        Iterator<String> names = patch.fieldNames();
        while (names.hasNext()) {
            int idx = vectorIndex(names.next());
            if (idx < 0 || idx >= size) {
                return false;
            }
        }
        return true;
    }

    private static Object build(String component, Class<?> type, List<FieldSchema> fields, JsonNode json, String at) {
        if (json == null || !json.isObject()) {
            throw new InvalidComponentException(component, trim(at), "expected a JSON object, got " + describe(json));
        }
        RecordComponent[] rcs = COMPONENTS.get(type);
        List<String> names = new ArrayList<>();
        for (RecordComponent rc : rcs) {
            names.add(rc.getName());
        }
        Iterator<String> given = json.fieldNames();
        while (given.hasNext()) {
            String name = given.next();
            if (!names.contains(name)) {
                throw new InvalidComponentException(
                        component,
                        at + name,
                        "unknown field; expected one of " + names + Suggest.didYouMean(name, names));
            }
        }
        Object[] args = new Object[rcs.length];
        Class<?>[] params = new Class<?>[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            RecordComponent rc = rcs[i];
            FieldSchema fs = fields.get(i);
            String path = at + rc.getName();
            params[i] = rc.getType();
            JsonNode node = json.get(rc.getName());
            if (node == null || node.isNull()) {
                if (fs.defaultValue() == null) {
                    throw new InvalidComponentException(
                            component, path, "missing required field (" + fs.typeName() + ")");
                }
                node = fs.defaultValue();
            }
            if (!fs.fields().isEmpty()) {
                args[i] = build(component, rc.getType(), fs.fields(), node, path + ".");
            } else {
                args[i] = convert(component, path, rc, fs, node);
            }
        }
        try {
            Constructor<?> ctor = type.getDeclaredConstructor(params);
            ctor.setAccessible(true);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new InvalidComponentException(component, trim(at), String.valueOf(cause.getMessage()));
        } catch (ReflectiveOperationException e) {
            throw new InvalidComponentException(component, trim(at), "cannot construct: " + e);
        }
    }

    private static Object convert(String component, String path, RecordComponent rc, FieldSchema fs, JsonNode node) {
        JavaType javaType = Json.mapper().getTypeFactory().constructType(rc.getGenericType());
        Object value;
        try {
            value = Json.mapper().readerFor(javaType).readValue(node);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String hint = fs.constraints().allowed().isEmpty()
                    ? ""
                    : " (one of " + fs.constraints().allowed() + ")";
            throw new InvalidComponentException(
                    component, path, "expected " + fs.typeName() + hint + ", got " + describe(node));
        } catch (java.io.IOException e) {
            throw new InvalidComponentException(component, path, e.getMessage());
        }
        if (value == null && rc.getType().isPrimitive()) {
            throw new InvalidComponentException(component, path, "expected " + fs.typeName() + ", got null");
        }
        check(component, path, fs, value);
        return value;
    }

    private static void check(String component, String path, FieldSchema fs, Object value) {
        if (value instanceof Quat q && !(q.x() * q.x() + q.y() * q.y() + q.z() * q.z() + q.w() * q.w() > 1e-12)) {
            // a zero (or NaN) quaternion is no rotation at all: normalising it gives NaN everywhere downstream
            throw new InvalidComponentException(
                    component,
                    path,
                    "a rotation quaternion must not be zero, got [" + q.x() + ", " + q.y() + ", " + q.z() + ", " + q.w()
                            + "] (no rotation is [0, 0, 0, 1])");
        }
        FieldConstraints c = fs.constraints();
        if (!c.allowed().isEmpty() && value instanceof String s && !c.allowed().contains(s)) {
            throw new InvalidComponentException(component, path, "'" + s + "' is not one of " + c.allowed());
        }
        if (c.min() == null && c.max() == null) {
            return;
        }
        for (double v : numbers(value)) {
            if (Double.isNaN(v) || (c.min() != null && v < c.min()) || (c.max() != null && v > c.max())) {
                throw new InvalidComponentException(
                        component, path, "must be within [" + bound(c.min()) + ", " + bound(c.max()) + "], got " + v);
            }
        }
    }

    private static double[] numbers(Object value) {
        if (value instanceof Number n) return new double[] {n.doubleValue()};
        if (value instanceof Vec3 v) return new double[] {v.x(), v.y(), v.z()};
        if (value instanceof Quat q) return new double[] {q.x(), q.y(), q.z(), q.w()};
        if (value instanceof Color col) return new double[] {col.r(), col.g(), col.b(), col.a()};
        return new double[0];
    }

    private static String bound(Double d) {
        return d == null ? "any" : (d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d));
    }

    private static String trim(String at) {
        return at.endsWith(".") ? at.substring(0, at.length() - 1) : at;
    }

    static String describe(JsonNode node) {
        if (node == null) return "nothing";
        String text = node.toString();
        if (text.length() > 40) text = text.substring(0, 37) + "...";
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + text;
    }

    private static Object read(RecordComponent rc, Method accessor, Object value) {
        try {
            return accessor.invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + rc.getName(), e);
        }
    }
}
