package dev.luminara.core.app;

import dev.luminara.core.World;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Assembles an {@link App}: tick rate, seed, plugins, systems and resources. */
public final class AppBuilder {
    private final World world = new World();
    private final Schedule schedule = new Schedule();
    private final Set<Class<?>> plugins = new HashSet<>();
    private final List<Consumer<App>> onBuild = new ArrayList<>();
    private double hz = 60;
    private long seed;

    AppBuilder() {}

    /** Simulation steps per simulated second (the fixed timestep is 1/hz). */
    public AppBuilder hz(double hz) {
        if (!(hz > 0 && hz <= 10_000)) {
            throw new AppException("tick rate must be in (0, 10000] Hz, got " + hz);
        }
        this.hz = hz;
        return this;
    }

    public AppBuilder seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Adds a plugin once; adding the same plugin class again is ignored, so plugins may depend on each other. */
    public AppBuilder plugin(Plugin plugin) {
        if (plugins.add(plugin.getClass())) {
            plugin.build(this);
        }
        return this;
    }

    public boolean hasPlugin(Class<? extends Plugin> type) {
        return plugins.contains(type);
    }

    public AppBuilder system(Stage stage, String name, GameSystem system) {
        schedule.add(stage, name, system);
        return this;
    }

    public AppBuilder resource(Object resource) {
        world.insertResource(resource);
        return this;
    }

    /** Runs once the app is built, before the first frame. */
    public AppBuilder onBuild(Consumer<App> action) {
        onBuild.add(action);
        return this;
    }

    /** The world being assembled, for plugins that register component types or seed resources. */
    public World world() {
        return world;
    }

    public double hz() {
        return hz;
    }

    public App build() {
        world.insertResource(Time.start(hz));
        world.insertResource(new GameRandom(seed));
        world.insertResource(new RealTime());
        App app = new App(world, schedule, hz, seed);
        onBuild.forEach(a -> a.accept(app));
        return app;
    }
}
