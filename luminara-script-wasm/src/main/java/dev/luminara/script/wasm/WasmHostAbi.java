package dev.luminara.script.wasm;

import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import dev.luminara.script.ApiFunction;
import dev.luminara.script.ApiParam;
import dev.luminara.script.ValueType;
import java.util.ArrayList;
import java.util.List;

/**
 * The WASM signature each engine API function is imported with: the one table the runtime links against and the
 * verifier checks modules against. Numbers are f64, booleans i32, entities i64, vectors three f32 (a vector result is
 * written to memory at an extra i32 pointer); strings and other values are (pointer, length) i32 pairs, returned as
 * the length of JSON written to a buffer.
 */
public final class WasmHostAbi {
    private WasmHostAbi() {}

    public static FunctionType typeOf(ApiFunction f) {
        List<ValType> params = new ArrayList<>();
        for (ApiParam p : f.params()) params.addAll(slots(p.type()));
        List<ValType> results = new ArrayList<>();
        switch (f.returns()) {
            case NIL -> {}
            case NUMBER, INTEGER -> results.add(ValType.F64);
            case BOOL -> results.add(ValType.I32);
            case ENTITY -> results.add(ValType.I64);
            case VEC3 -> params.add(ValType.I32);
            default -> {
                params.add(ValType.I32);
                params.add(ValType.I32);
                results.add(ValType.I32);
            }
        }
        return FunctionType.of(params, results);
    }

    private static List<ValType> slots(ValueType t) {
        return switch (t) {
            case NUMBER, INTEGER -> List.of(ValType.F64);
            case BOOL -> List.of(ValType.I32);
            case ENTITY -> List.of(ValType.I64);
            case VEC3 -> List.of(ValType.F32, ValType.F32, ValType.F32);
            case NIL -> List.of();
            default -> List.of(ValType.I32, ValType.I32);
        };
    }
}
