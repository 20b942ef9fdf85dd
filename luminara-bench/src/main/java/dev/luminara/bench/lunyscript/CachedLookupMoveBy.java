package dev.luminara.bench.lunyscript;

import dev.luminara.lunyscript.generated.TransformService;
import dev.luminara.lunyscript.script.ScriptBlock;
import dev.luminara.lunyscript.script.ScriptContext;
import dev.luminara.lunyscript.script.ServiceSet;

/**
 * {@code Transform.MoveBy} as generated blocks did it until 2026-12-02: the service cached per service set in a static
 * handle (compare the set, load the cached entry), kept only so the benchmark can show what the slot lookup of the
 * generated blocks saves against it in the same run.
 */
final class CachedLookupMoveBy implements ScriptBlock {
    private static Entry last;

    private record Entry(ServiceSet set, TransformService service) {}

    private final double x;
    private final double y;
    private final double z;

    CachedLookupMoveBy(double x, double y, double z) {
        this.x = x;
        this.y = y;
        this.z = z;
    }

    private static TransformService service(ScriptContext context) {
        ServiceSet set = context.services();
        Entry e = last;
        if (e == null || e.set != set) {
            e = new Entry(set, set.get(TransformService.class));
            last = e;
        }
        return e.service;
    }

    @Override
    public void execute(ScriptContext context) {
        service(context).moveBy(context.object(), x, y, z);
    }
}
