package dev.luminara.ai;

import dev.luminara.core.World;
import dev.luminara.core.app.App;
import java.util.function.Function;

/** How the engine reaches its world: directly, or between an app's frames. */
interface WorldAccess {
    <T> T call(Function<World, T> action);

    static WorldAccess direct(World world) {
        return new WorldAccess() {
            @Override
            public <T> T call(Function<World, T> action) {
                return action.apply(world);
            }
        };
    }

    static WorldAccess between(App app) {
        return new WorldAccess() {
            @Override
            public <T> T call(Function<World, T> action) {
                return app.call(action);
            }
        };
    }
}
