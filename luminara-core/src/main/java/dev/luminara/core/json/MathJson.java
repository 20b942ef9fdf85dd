package dev.luminara.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.luminara.core.math.Color;
import dev.luminara.core.math.Quat;
import dev.luminara.core.math.Vec3;
import java.io.IOException;

/** Array-form JSON for the math values; input may also be an object with named members. */
final class MathJson {
    private MathJson() {}

    static float[] read(JsonParser p, DeserializationContext ctx, Class<?> type, String[] names, float[] defaults)
            throws IOException {
        JsonNode node = p.readValueAsTree();
        float[] out = defaults.clone();
        String expected = "an array of " + names.length + " numbers " + String.join(",", names) + " or an object";
        if (node != null && node.isArray()) {
            if (node.size() != names.length && !(type == Color.class && node.size() == 3)) {
                return fail(ctx, type, expected + ", got an array of " + node.size());
            }
            for (int i = 0; i < node.size(); i++) {
                out[i] = number(ctx, type, node.get(i), names[i], expected);
            }
            return out;
        }
        if (node != null && node.isObject()) {
            var fields = node.fieldNames();
            while (fields.hasNext()) {
                String name = fields.next();
                int idx = indexOf(names, name);
                if (idx < 0) {
                    return fail(ctx, type, "unknown member '" + name + "', expected " + String.join(", ", names));
                }
                out[idx] = number(ctx, type, node.get(name), name, expected);
            }
            return out;
        }
        return fail(ctx, type, expected + ", got " + (node == null ? "nothing" : node.getNodeType()));
    }

    private static float number(DeserializationContext ctx, Class<?> type, JsonNode n, String name, String expected)
            throws IOException {
        if (!n.isNumber()) {
            fail(ctx, type, expected + "; member " + name + " is " + n);
        }
        return n.floatValue();
    }

    private static float[] fail(DeserializationContext ctx, Class<?> type, String message) throws IOException {
        ctx.reportInputMismatch(type, "%s", message);
        return null;
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    static void write(JsonGenerator g, float... values) throws IOException {
        g.writeStartArray();
        for (float v : values) {
            g.writeNumber(v);
        }
        g.writeEndArray();
    }

    static final class Vec3Serializer extends StdSerializer<Vec3> {
        private static final long serialVersionUID = 1L;

        Vec3Serializer() {
            super(Vec3.class);
        }

        @Override
        public void serialize(Vec3 v, JsonGenerator g, SerializerProvider p) throws IOException {
            write(g, v.x(), v.y(), v.z());
        }
    }

    static final class Vec3Deserializer extends StdDeserializer<Vec3> {
        private static final long serialVersionUID = 1L;
        private static final String[] NAMES = {"x", "y", "z"};

        Vec3Deserializer() {
            super(Vec3.class);
        }

        @Override
        public Vec3 deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            float[] f = read(p, ctx, Vec3.class, NAMES, new float[3]);
            return new Vec3(f[0], f[1], f[2]);
        }
    }

    static final class QuatSerializer extends StdSerializer<Quat> {
        private static final long serialVersionUID = 1L;

        QuatSerializer() {
            super(Quat.class);
        }

        @Override
        public void serialize(Quat q, JsonGenerator g, SerializerProvider p) throws IOException {
            write(g, q.x(), q.y(), q.z(), q.w());
        }
    }

    static final class QuatDeserializer extends StdDeserializer<Quat> {
        private static final long serialVersionUID = 1L;
        private static final String[] NAMES = {"x", "y", "z", "w"};

        QuatDeserializer() {
            super(Quat.class);
        }

        @Override
        public Quat deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            float[] f = read(p, ctx, Quat.class, NAMES, new float[] {0, 0, 0, 1});
            return new Quat(f[0], f[1], f[2], f[3]);
        }
    }

    static final class ColorSerializer extends StdSerializer<Color> {
        private static final long serialVersionUID = 1L;

        ColorSerializer() {
            super(Color.class);
        }

        @Override
        public void serialize(Color c, JsonGenerator g, SerializerProvider p) throws IOException {
            write(g, c.r(), c.g(), c.b(), c.a());
        }
    }

    static final class ColorDeserializer extends StdDeserializer<Color> {
        private static final long serialVersionUID = 1L;
        private static final String[] NAMES = {"r", "g", "b", "a"};

        ColorDeserializer() {
            super(Color.class);
        }

        @Override
        public Color deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            if (p.currentToken() != null && p.currentToken().isScalarValue() && p.getText() != null) {
                Color named = Color.named(p.getText());
                if (named != null) {
                    return named;
                }
            }
            float[] f = read(p, ctx, Color.class, NAMES, new float[] {0, 0, 0, 1});
            return new Color(f[0], f[1], f[2], f[3]);
        }
    }
}
