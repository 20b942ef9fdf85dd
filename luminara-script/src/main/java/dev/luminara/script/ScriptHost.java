package dev.luminara.script;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.app.Time;
import dev.luminara.script.internal.EntityMap;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the scripts of one world: attaches an instance to every entity with a {@link ScriptComponent}, calls its hooks
 * in a fixed order each frame, contains its failures, applies hot reloads, and reports what happened. The
 * {@link ScriptingPlugin} drives one per app; the verifier builds one for a forked world
 * ({@link ScriptingPlugin.Builder#buildHost}) and reads {@link #report()} after N frames.
 *
 * <p>Order within {@link #update()}: (1) {@code on_destroy} for scripts whose entity or component went away; (2) new
 * scripts are loaded and get {@code on_start}; (3) messages sent last frame are delivered ({@code on_message}), then
 * event sources ({@code on_collision}, {@code on_trigger}); (4) {@code on_update(dt)} for every running script. Each
 * step goes in entity id order. Structural changes scripts make are commands, applied after the stage.
 */
public final class ScriptHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ScriptHost.class);
    private static final int MAX_ERRORS_KEPT = 1000;

    private final World world;
    private final ScriptEnvironment environment;
    private final Map<ScriptLanguage, RuntimeSession> sessions = new EnumMap<>(ScriptLanguage.class);
    private final TierPolicy tiers;
    private final List<ScriptListener> listeners;
    private final List<ScriptEventSource> eventSources;
    private final TreeMap<Entity, AttachedScript> attached = new TreeMap<>();
    private final EntityMap<AttachedScript> index = new EntityMap<>();
    /** {@link #attached} as a list in entity order, rebuilt only when scripts come or go (iterated every frame). */
    private final List<AttachedScript> ordered = new ArrayList<>();

    private boolean orderDirty;
    private long frameStamp;
    private final AttachScan attachScan = new AttachScan();
    private final ArrayDeque<Message> messages = new ArrayDeque<>();
    private final ArrayDeque<ScriptError> errors = new ArrayDeque<>();
    private final Reloads reloads = new Reloads(this);
    private final ScriptLoader loader;
    private HotReload hotReload;
    private long errorCount;

    ScriptHost(
            World world,
            ApiRegistry api,
            ScriptSources sources,
            SandboxConfig sandbox,
            List<ScriptRuntime> runtimes,
            TierPolicy tiers,
            List<ScriptListener> listeners,
            List<ScriptEventSource> eventSources) {
        this.world = world;
        this.environment = new ScriptEnvironment(api, sources, sandbox);
        this.tiers = tiers;
        this.listeners = List.copyOf(listeners);
        this.eventSources = List.copyOf(eventSources);
        for (ScriptRuntime r : runtimes) {
            sessions.putIfAbsent(r.language(), r.open(environment));
        }
        this.loader = new ScriptLoader(environment.sources(), sessions, tiers);
        world.register(ScriptComponent.class);
        world.register(ScriptStatus.class);
    }

    public World world() {
        return world;
    }

    public ApiRegistry api() {
        return environment.api();
    }

    public SandboxConfig sandboxConfig() {
        return environment.sandboxConfig();
    }

    // ---- the frame ----

    /** Runs one frame of scripts (see the class comment for the order). */
    public void update() {
        if (hotReload != null) {
            var changed = hotReload.drain();
            if (!changed.isEmpty()) reload(changed);
        }
        if (sandboxConfig().window() == BudgetWindow.FRAME) {
            for (AttachedScript a : inOrder()) a.sandbox.resetWindow();
        }
        int messagesFromLastFrame = messages.size();
        if (attachScan.needed(world, attached.size())) scanAttachments();
        for (AttachedScript a : inOrder()) sync(a);
        deliverEvents(messagesFromLastFrame);
        double dt = world.findResource(Time.class).map(Time::delta).orElse(1.0 / 60);
        ScriptValue[] dtArgs = {ScriptValue.of(dt)}; // one array for every instance: runtimes only read hook arguments
        for (AttachedScript a : inOrder()) {
            if (a.running()) run(a, ScriptInstance.ON_UPDATE, dtArgs);
        }
        for (AttachedScript a : inOrder()) publish(a);
    }

    private void scanAttachments() {
        attachScan.scanning(world);
        long stamp = ++frameStamp;
        List<Map.Entry<Entity, ScriptComponent>> fresh = new ArrayList<>();
        world.query(ScriptComponent.class).forEach(ScriptComponent.class, (e, c) -> {
            AttachedScript a = index.get(e);
            if (a != null && a.component.path().equals(c.path())) {
                a.component = c;
                a.seen = stamp;
                // a restored snapshot can bring back a status this host has since replaced: publish it again
                if (a.published != null && !ScriptStatus.shows(world, e, a.published)) a.published = null;
            } else {
                fresh.add(Map.entry(e, c));
            }
        });
        destroyGone(stamp);
        fresh.sort(Map.Entry.comparingByKey());
        for (Map.Entry<Entity, ScriptComponent> e : fresh) attach(e.getKey(), e.getValue(), stamp);
    }

    private List<AttachedScript> inOrder() {
        if (orderDirty) {
            ordered.clear();
            ordered.addAll(attached.values());
            orderDirty = false;
        }
        return ordered;
    }

    private void destroyGone(long stamp) {
        List<AttachedScript> gone = new ArrayList<>();
        for (AttachedScript a : inOrder()) {
            if (a.seen != stamp) gone.add(a);
        }
        for (AttachedScript a : gone) {
            detach(a);
            // an entity given another script keeps the component: the new script publishes its own status into it
            if (world.isAlive(a.entity)
                    && world.has(a.entity, ScriptStatus.class)
                    && !world.has(a.entity, ScriptComponent.class)) {
                world.commands().remove(a.entity, ScriptStatus.class);
            }
        }
    }

    private void detach(AttachedScript a) {
        if (a.started && !a.failed() && a.instance != null) run(a, ScriptInstance.ON_DESTROY);
        if (a.instance != null) a.instance.close();
        attached.remove(a.entity);
        index.remove(a.entity);
        orderDirty = true;
    }

    private void attach(Entity e, ScriptComponent component, long stamp) {
        ScriptId id;
        AttachedScript a;
        try {
            id = component.id();
            ScriptLanguage.ofPath(id.path());
            a = newAttached(e, component, id);
        } catch (ScriptException ex) {
            id = ScriptId.of("invalid" + ScriptLanguage.LUA.extension());
            a = newAttached(e, component, id);
            fail(a, new ScriptError(id, e, "attach", ex.getMessage(), null, "", null));
        }
        a.seen = stamp;
    }

    private void sync(AttachedScript a) {
        if (a.failed()) return;
        if (!a.component.enabled()) {
            if (!(a.state instanceof ScriptState.Paused)) a.state = ScriptState.PAUSED;
            return;
        }
        if (!a.started) {
            start(a);
        } else if (a.state instanceof ScriptState.Paused) {
            a.state = ScriptState.RUNNING;
        }
    }

    private AttachedScript newAttached(Entity e, ScriptComponent component, ScriptId id) {
        Sandbox sandbox = environment.newSandbox(id);
        ScriptContext ctx = new ScriptContext(world, e, id, sandbox, this::queueMessage);
        AttachedScript a = new AttachedScript(e, component, id, sandbox, ctx);
        attached.put(e, a);
        index.put(e, a);
        orderDirty = true;
        return a;
    }

    private void start(AttachedScript a) {
        LoadedScript l = load(a.id);
        if (!l.ok()) {
            fail(a, withEntity(l.error(), a.entity));
            return;
        }
        List<String> missing = missingComponents(a.entity, l.compiled().metadata());
        if (!missing.isEmpty()) {
            MissingComponentsException ex = new MissingComponentsException(a.id, a.entity, missing);
            fail(a, new ScriptError(a.id, a.entity, "attach", ex.getMessage(), null, "", null));
            return;
        }
        a.instance = l.compiled().instantiate(a.context);
        a.started = true;
        a.state = ScriptState.RUNNING;
        run(a, ScriptInstance.ON_START);
    }

    List<String> missingComponents(Entity e, ScriptMetadata m) {
        List<String> missing = new ArrayList<>();
        for (String name : m.requiredComponents()) {
            if (!world.components().has(name)
                    || !world.has(e, world.components().byName(name).type())) {
                missing.add(name);
            }
        }
        return missing;
    }

    private void deliverEvents(int n) {
        for (int i = 0; i < n; i++) {
            Message m = messages.poll();
            AttachedScript a = attached.get(m.to);
            if (a != null && a.running()) {
                run(a, ScriptInstance.ON_MESSAGE, ScriptValue.of(m.from), ScriptValue.of(m.name), m.payload);
            }
        }
        for (ScriptEventSource source : eventSources) {
            source.collect(world, (target, hook, args) -> {
                AttachedScript a = attached.get(target);
                if (a != null && a.running()) run(a, hook, args);
            });
        }
    }

    private void queueMessage(Entity from, Entity to, String name, ScriptValue payload) {
        messages.add(new Message(from, to, name, payload));
    }

    /** Calls a hook, turning any failure into the instance's Error state. Returns false if it failed. */
    boolean run(AttachedScript a, String hook, ScriptValue... args) {
        return invoke(a, hook, args) != null;
    }

    /** Calls a hook and returns its result, or null if it failed (the instance is then in Error). */
    ScriptValue invoke(AttachedScript a, String hook, ScriptValue... args) {
        try {
            return a.instance.call(hook, args);
        } catch (ScriptLimitException e) {
            fail(a, new ScriptError(a.id, a.entity, hook, e.getMessage(), e.location(), "", e.kind()));
        } catch (ScriptRuntimeException e) {
            fail(a, new ScriptError(a.id, a.entity, hook, e.detail(), e.location(), e.traceback(), null));
        } catch (ScriptException e) {
            fail(a, new ScriptError(a.id, a.entity, hook, e.getMessage(), null, "", null));
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("internal error in {} {} of {}", a.id, hook, a.entity, e);
            fail(a, new ScriptError(a.id, a.entity, hook, "internal error: " + e, null, "", null));
        }
        return null;
    }

    void fail(AttachedScript a, ScriptError error) {
        a.state = error.toState();
        record(error);
    }

    void record(ScriptError error) {
        errorCount++;
        errors.add(error);
        while (errors.size() > MAX_ERRORS_KEPT) errors.poll();
        LOG.debug("script error: {}", error.describe());
        for (ScriptListener l : listeners) l.failed(error);
    }

    private void publish(AttachedScript a) {
        if (a.state == a.published || a.state.equals(a.published) || !world.isAlive(a.entity)) return;
        ScriptStatus status = ScriptStatus.of(a.state);
        if (world.has(a.entity, ScriptStatus.class)) world.set(a.entity, status);
        else world.commands().insert(a.entity, status);
        a.published = a.state;
    }

    // ---- loading and reloading ----

    LoadedScript load(ScriptId id) {
        return loader.load(id);
    }

    LoadedScript compile(ScriptId id) {
        return loader.compile(id);
    }

    private static ScriptError withEntity(ScriptError e, Entity entity) {
        return new ScriptError(e.script(), entity, e.hook(), e.message(), e.location(), e.traceback(), e.limit());
    }

    /**
     * Reloads changed scripts and the scripts that {@code require} them. A version that fails to load is refused: the
     * old one keeps running and the error is reported; the next good version recovers (instances stopped by an error
     * start afresh).
     */
    public List<ReloadResult> reload(Collection<ScriptId> changed) {
        return reloads.reload(changed);
    }

    /**
     * Watches {@code root} (the folder this host reads scripts from) and reloads changed scripts at the start of each
     * frame. Editor save bursts are merged by the watcher's quiet period.
     */
    public void watch(Path root, Duration quietPeriod) {
        if (hotReload != null) hotReload.close();
        hotReload = new HotReload(root, quietPeriod);
    }

    public boolean watching() {
        return hotReload != null;
    }

    Map<ScriptId, LoadedScript> loadedScripts() {
        return loader.loaded();
    }

    Collection<AttachedScript> attachedScripts() {
        return attached.values();
    }

    List<ScriptListener> listeners() {
        return listeners;
    }

    // ---- what tools and the verifier read ----

    /** The state of the script on {@code entity}, or empty if it has none attached. */
    public Optional<ScriptState> state(Entity entity) {
        return Optional.ofNullable(attached.get(entity)).map(a -> a.state);
    }

    /** The live instance on {@code entity} (for tests and tools), or empty. */
    public Optional<ScriptInstance> instance(Entity entity) {
        return Optional.ofNullable(attached.get(entity)).map(a -> a.instance);
    }

    /** The sandbox usage of the script on {@code entity}, or empty. */
    public Optional<SandboxUsage> usage(Entity entity) {
        return Optional.ofNullable(attached.get(entity)).map(a -> a.sandbox.usage());
    }

    /** The scripts loaded so far, with their ids. */
    public List<ScriptId> scripts() {
        return loader.loaded().keySet().stream().sorted().toList();
    }

    /** Every error kept (the most recent {@value #MAX_ERRORS_KEPT}) and the budgets used. */
    public ScriptReport report() {
        long calls = 0;
        int spawns = 0;
        Map<String, Long> byFunction = new TreeMap<>();
        for (AttachedScript a : attached.values()) {
            SandboxUsage u = a.sandbox.usage();
            calls += u.apiCalls();
            spawns += u.entitiesSpawned();
            u.callsByFunction().forEach((k, v) -> byFunction.merge(k, v, Long::sum));
        }
        return new ScriptReport(List.copyOf(errors), calls, spawns, byFunction);
    }

    /** How many errors were recorded in total (the report keeps the most recent ones). */
    public long errorCount() {
        return errorCount;
    }

    void log(CallContext c, String level, String message) {
        String line = c.script() + " (" + c.entity() + "): " + message;
        LOG.debug("{} {}", level, line); // listeners (the CLI, tools) are where script output is shown
        for (ScriptListener l : listeners) l.logged(c.script(), c.entity(), level, message);
    }

    /** Runs {@code on_destroy} for every script and closes the runtimes. */
    @Override
    public void close() {
        if (hotReload != null) hotReload.close();
        for (AttachedScript a : new ArrayList<>(attached.values())) detach(a);
        sessions.values().forEach(RuntimeSession::close);
        environment.close();
    }

    private record Message(Entity from, Entity to, String name, ScriptValue payload) {}
}
