package dev.luminara.script.internal;

import dev.luminara.core.Entity;
import dev.luminara.core.math.Vec3;
import dev.luminara.script.ApiParam;
import dev.luminara.script.CallContext;
import dev.luminara.script.ScriptValue;
import dev.luminara.script.ValueType;
import java.util.ArrayList;
import java.util.List;

/** Small readers for already-checked API arguments, shared by the built-in modules. */
public final class Values {
    private Values() {}

    /** An optional entity parameter: the script's own entity when left out. */
    public static ApiParam selfParam(String description) {
        return ApiParam.of("entity", ValueType.ENTITY, description + " (default: the script's own entity)")
                .withDefault(ScriptValue.NIL);
    }

    public static Entity entityOrSelf(CallContext ctx, ScriptValue v) {
        return v instanceof ScriptValue.EntityRef e ? e.entity() : ctx.entity();
    }

    public static Entity entity(ScriptValue v) {
        return ((ScriptValue.EntityRef) v).entity();
    }

    public static Vec3 vec(ScriptValue v) {
        return ((ScriptValue.Vector) v).value();
    }

    public static double num(ScriptValue v) {
        return ((ScriptValue.Number) v).value();
    }

    public static String str(ScriptValue v) {
        return ((ScriptValue.Text) v).value();
    }

    public static boolean bool(ScriptValue v) {
        return ((ScriptValue.Bool) v).value();
    }

    public static ScriptValue entities(List<Entity> es) {
        List<ScriptValue> out = new ArrayList<>(es.size());
        es.forEach(e -> out.add(ScriptValue.of(e)));
        return ScriptValue.list(out);
    }

    public static List<String> strings(ScriptValue v) {
        List<String> out = new ArrayList<>();
        if (v instanceof ScriptValue.ListValue l) {
            for (ScriptValue i : l.items()) out.add(i.toString());
        } else if (v instanceof ScriptValue.Text t) {
            out.add(t.value());
        }
        return out;
    }
}
