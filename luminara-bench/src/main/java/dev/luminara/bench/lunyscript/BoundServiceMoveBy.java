package dev.luminara.bench.lunyscript;

import dev.luminara.lunyscript.generated.TransformService;
import dev.luminara.lunyscript.script.ScriptBlock;
import dev.luminara.lunyscript.script.ScriptContext;

/**
 * {@code Transform.MoveBy} as a block bound to one engine's service at construction: no lookup at all, so the
 * benchmark row shows what the block abstraction itself costs (interface dispatch, the context's object) and, by
 * difference, what the generated blocks' slot lookup adds. Not something generated blocks can be: they run on any
 * engine.
 */
final class BoundServiceMoveBy implements ScriptBlock {
    private final TransformService service;
    private final double x;
    private final double y;
    private final double z;

    BoundServiceMoveBy(TransformService service, double x, double y, double z) {
        this.service = service;
        this.x = x;
        this.y = y;
        this.z = z;
    }

    @Override
    public void execute(ScriptContext context) {
        service.moveBy(context.object(), x, y, z);
    }
}
