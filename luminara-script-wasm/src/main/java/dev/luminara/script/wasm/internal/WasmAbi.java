package dev.luminara.script.wasm.internal;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.FunctionType;
import dev.luminara.core.Entity;
import dev.luminara.core.math.Vec3;
import dev.luminara.script.ApiCallException;
import dev.luminara.script.ApiFunction;
import dev.luminara.script.ApiParam;
import dev.luminara.script.ScriptJson;
import dev.luminara.script.ScriptValue;
import dev.luminara.script.ValueType;
import dev.luminara.script.wasm.WasmHostAbi;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one mapping from an {@link ApiFunction}'s signature to a WASM import type, used for every registered function
 * (so LunyScript's verbs need no WASM code of their own).
 *
 * <pre>
 * parameter      wasm params          nil is
 * number/integer f64                  NaN
 * bool           i32 (0/1)            -
 * entity         i64 (Entity.toBits)  -1
 * vec3           f32 f32 f32          -
 * string         i32 ptr, i32 len     len -1     (UTF-8 in linear memory)
 * list/map       i32 ptr, i32 len     len -1     (JSON text, UTF-8)
 * any            i32 ptr, i32 len     len -1     (JSON text; text that is not JSON is a string)
 *
 * result         wasm                 nil is
 * nil            (none)
 * number/integer f64                  NaN
 * bool           i32
 * entity         i64                  -1
 * vec3           + i32 outPtr param; the host writes x, y, z as three f32 (12 bytes)
 * string/json    + i32 outPtr, i32 outCap params; returns i32 byte length (-1 for nil); writes at most outCap
 * </pre>
 */
final class WasmAbi {
    private WasmAbi() {}

    static FunctionType typeOf(ApiFunction f) {
        return WasmHostAbi.typeOf(f);
    }

    /** Decodes the raw arguments of a call to {@code f}. */
    static List<ScriptValue> decode(ApiFunction f, Instance instance, long[] args) {
        List<ApiParam> params = f.params();
        // one or two parameters (most of the API) decode into an immutable pair, not an ArrayList and its array
        if (params.size() == 1) return List.of(decodeOne(params.get(0), instance, args, 0));
        if (params.size() == 2) {
            ApiParam first = params.get(0);
            return List.of(
                    decodeOne(first, instance, args, 0), decodeOne(params.get(1), instance, args, width(first.type())));
        }
        List<ScriptValue> out = new ArrayList<>(params.size());
        int at = 0;
        for (ApiParam p : params) {
            out.add(decodeOne(p, instance, args, at));
            at += width(p.type());
        }
        return out;
    }

    private static ScriptValue.EntityRef lastEntity;

    /** How many WASM values a parameter of type {@code t} takes. */
    private static int width(ValueType t) {
        return switch (t) {
            case NUMBER, INTEGER, BOOL, ENTITY -> 1;
            case VEC3 -> 3;
            case NIL -> 0;
            default -> 2;
        };
    }

    /** Decodes parameter {@code p}, whose slots start at {@code args[at]}. */
    private static ScriptValue decodeOne(ApiParam p, Instance instance, long[] args, int at) {
        switch (p.type()) {
            case NUMBER, INTEGER -> {
                double d = Double.longBitsToDouble(args[at]);
                return Double.isNaN(d) ? ScriptValue.NIL : ScriptValue.of(d);
            }
            case BOOL -> {
                return ScriptValue.of(args[at] != 0);
            }
            case ENTITY -> {
                long bits = args[at];
                if (bits == -1) return ScriptValue.NIL;
                // a module passes its own entity again and again: values are immutable, so a racy one-entry cache is
                // safe
                ScriptValue.EntityRef last = lastEntity;
                if (last != null && last.entity().toBits() == bits) return last;
                ScriptValue.EntityRef r = new ScriptValue.EntityRef(Entity.fromBits(bits));
                lastEntity = r;
                return r;
            }
            case VEC3 -> {
                float x = Float.intBitsToFloat((int) args[at]);
                float y = Float.intBitsToFloat((int) args[at + 1]);
                float z = Float.intBitsToFloat((int) args[at + 2]);
                return ScriptValue.of(new Vec3(x, y, z));
            }
            case NIL -> {
                return ScriptValue.NIL;
            }
            case STRING -> {
                int ptr = (int) args[at];
                int len = (int) args[at + 1];
                return len < 0 ? ScriptValue.NIL : ScriptValue.of(read(instance.memory(), ptr, len));
            }
            default -> {
                int ptr = (int) args[at];
                int len = (int) args[at + 1];
                if (len < 0) return ScriptValue.NIL;
                String text = read(instance.memory(), ptr, len);
                if (p.type() != ValueType.ANY) return ScriptJson.read(text);
                try {
                    return ScriptJson.read(text);
                } catch (ApiCallException e) {
                    return ScriptValue.of(text);
                }
            }
        }
    }

    /** Encodes {@code result} as {@code f}'s WASM result, writing through the out parameters when it has them. */
    static long[] encode(ApiFunction f, Instance instance, long[] args, ScriptValue result) {
        switch (f.returns()) {
            case NIL:
                return null;
            case NUMBER:
            case INTEGER:
                return new long[] {
                    Double.doubleToRawLongBits(result instanceof ScriptValue.Number n ? n.value() : Double.NaN)
                };
            case BOOL:
                return new long[] {result instanceof ScriptValue.Bool b && b.value() ? 1 : 0};
            case ENTITY:
                return new long[] {
                    result instanceof ScriptValue.EntityRef e ? e.entity().toBits() : -1
                };
            case VEC3: {
                int out = (int) args[args.length - 1];
                Vec3 v = result instanceof ScriptValue.Vector vec ? vec.value() : Vec3.ZERO;
                Memory m = instance.memory();
                m.writeF32(out, v.x());
                m.writeF32(out + 4, v.y());
                m.writeF32(out + 8, v.z());
                return null;
            }
            default: {
                if (result.isNil()) return new long[] {-1};
                String text = f.returns() == ValueType.STRING ? result.toString() : ScriptJson.write(result);
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                int ptr = (int) args[args.length - 2];
                int cap = (int) args[args.length - 1];
                instance.memory().write(ptr, bytes, 0, Math.min(cap, bytes.length));
                return new long[] {bytes.length};
            }
        }
    }

    static String read(Memory m, int ptr, int len) {
        if (len > (16 << 20)) throw new ApiCallException("string of " + len + " bytes is too long");
        return new String(m.readBytes(ptr, len), StandardCharsets.UTF_8);
    }
}
