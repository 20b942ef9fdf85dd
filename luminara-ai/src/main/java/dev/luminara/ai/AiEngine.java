package dev.luminara.ai;

import dev.luminara.ai.change.ChangeSet;
import dev.luminara.ai.change.WorldVersion;
import dev.luminara.ai.command.CommandExecutor;
import dev.luminara.ai.command.EngineCommand;
import dev.luminara.ai.command.ScriptStore;
import dev.luminara.ai.context.ContextEngine;
import dev.luminara.ai.context.ContextRequest;
import dev.luminara.ai.context.SchemaLevel;
import dev.luminara.ai.context.TokenCounter;
import dev.luminara.ai.context.WorldContext;
import dev.luminara.ai.intent.AiIntent;
import dev.luminara.ai.intent.EntityReference;
import dev.luminara.ai.intent.IntentResolver;
import dev.luminara.ai.perf.PerformanceAdvisor;
import dev.luminara.ai.perf.PerformanceBudget;
import dev.luminara.ai.perf.PerformanceImpact;
import dev.luminara.ai.project.AiProject;
import dev.luminara.ai.search.SearchHit;
import dev.luminara.ai.search.SemanticIndex;
import dev.luminara.ai.timeline.Operation;
import dev.luminara.ai.timeline.OperationTimeline;
import dev.luminara.ai.timeline.TimelineException;
import dev.luminara.ai.timeline.TimelineOptions;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.app.App;
import dev.luminara.core.schema.ComponentSchema;
import dev.luminara.core.spatial.SpatialIndex;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The AI layer's one entry point: digests, schemas, search, change sets, intent resolution, engine commands recorded
 * on a durable timeline, and performance estimates, over one world. Built over an {@link App} every call runs between
 * frames ({@link App#call}), so tools may call it from any thread; built over a bare {@link World} the caller keeps to
 * one thread. With a project folder the world, scripts and timeline come from it (see {@link AiProject}).
 */
public final class AiEngine implements AutoCloseable {
    private final WorldAccess access;
    private final World world;
    private final AiProject project;
    private final OperationTimeline timeline;
    private final CommandExecutor executor;
    private final SemanticIndex index;
    private final ContextEngine context;
    private final IntentResolver resolver;
    private final PerformanceAdvisor advisor;

    private AiEngine(Builder b) {
        this.world = b.app != null ? b.app.world() : b.world;
        if (world == null) throw new IllegalStateException("AiEngine.builder() needs a world or an app");
        App app = b.app;
        this.access = app == null ? WorldAccess.direct(world) : WorldAccess.between(app);
        this.project =
                b.project == null ? null : call(w -> AiProject.open(b.project, w, b.timelineOptions, b.saveScene));
        ScriptStore scripts = project != null ? project.scripts() : b.scripts;
        this.executor = project != null ? project.executor() : new CommandExecutor(world, scripts);
        this.timeline = project != null
                ? project.timeline()
                : b.timelineFile == null
                        ? null
                        : call(w -> OperationTimeline.open(b.timelineFile, executor, b.timelineOptions));
        SpatialIndex spatial = world.findResource(SpatialIndex.class).orElseGet(() -> SpatialIndex.of(world));
        this.index = new SemanticIndex(world, spatial);
        this.advisor = new PerformanceAdvisor(b.budget);
        if (app != null) advisor.observe(app);
        this.context = new ContextEngine(
                world, index, spatial, TokenCounter.of(b.encoding), () -> advisor.generateContext(world));
        this.resolver = new IntentResolver(world, spatial, index, scripts);
    }

    public static Builder builder() {
        return new Builder();
    }

    private <T> T call(Function<World, T> f) {
        return access.call(f);
    }

    // ---- context ----

    public WorldContext context(ContextRequest request) {
        return call(w -> context.generate(request));
    }

    /** {@code generate_context(query, max_tokens)}: the detail digest for a query within a token budget. */
    public WorldContext generateContext(String query, int maxTokens) {
        return context(ContextRequest.of(query, maxTokens));
    }

    public ComponentSchema schema(String component, SchemaLevel level) {
        return call(w -> context.getSchema(component, level));
    }

    public List<ComponentSchema> schemas(SchemaLevel level) {
        return call(w -> context.schemas().all(level));
    }

    public List<SearchHit> search(String description, int topK) {
        return call(w -> index.search(description, topK));
    }

    /** Checkpoints the world; {@link #changesSince} reports what happens after, with field differences. */
    public WorldVersion mark() {
        return call(w -> context.mark());
    }

    public ChangeSet changesSince(WorldVersion version) {
        return call(w -> context.changesSince(version));
    }

    // ---- intents and commands ----

    /** The commands an intent stands for in the world as it is now; nothing is applied. */
    public List<EngineCommand> resolve(AiIntent intent) {
        return call(w -> resolver.resolve(intent));
    }

    public Entity resolveReference(EntityReference reference) {
        return call(w -> resolver.resolveReference(reference));
    }

    /** Applies commands (all or nothing) and records them on the timeline as one operation. */
    public Operation apply(String prompt, String response, List<EngineCommand> commands, List<String> tags) {
        OperationTimeline t = requireTimeline();
        return call(w -> t.apply(prompt, response, commands, tags));
    }

    /** Resolves an intent and applies the result as one operation, tagged with the intent's kind. */
    public Operation execute(String prompt, String response, AiIntent intent, List<String> tags) {
        OperationTimeline t = requireTimeline();
        return call(w -> {
            List<EngineCommand> commands = resolver.resolve(intent);
            List<String> all = new java.util.ArrayList<>(tags);
            all.add("intent:" + intent.getClass().getSimpleName());
            return t.apply(prompt, response, commands, all);
        });
    }

    public PerformanceImpact estimateImpact(AiIntent intent) {
        return call(w -> advisor.estimateImpact(intent, w, resolver));
    }

    // ---- parts, for what the facade does not cover ----

    public Optional<OperationTimeline> timeline() {
        return Optional.ofNullable(timeline);
    }

    public Optional<AiProject> project() {
        return Optional.ofNullable(project);
    }

    public PerformanceAdvisor advisor() {
        return advisor;
    }

    public CommandExecutor executor() {
        return executor;
    }

    /** The world; outside {@link App#call} touch it only from the thread that runs the game. */
    public World world() {
        return world;
    }

    /** Runs {@code action} with the world the way every engine call does (between frames when built over an app). */
    public <T> T withWorld(Function<World, T> action) {
        return call(action);
    }

    private OperationTimeline requireTimeline() {
        if (timeline == null) {
            throw new TimelineException(
                    "no timeline: build the engine with a project folder or a timeline file to" + " record operations");
        }
        return timeline;
    }

    @Override
    public void close() {
        index.close();
        if (project != null) project.close();
        else if (timeline != null) timeline.close();
    }

    /** Configures an {@link AiEngine}: a world or an app, optionally a project folder. */
    public static final class Builder {
        private World world;
        private App app;
        private Path project;
        private Path timelineFile;
        private ScriptStore scripts = ScriptStore.none();
        private String encoding = TokenCounter.DEFAULT_ENCODING;
        private PerformanceBudget budget = PerformanceBudget.FPS_60;
        private TimelineOptions timelineOptions = TimelineOptions.DEFAULT;
        private boolean saveScene = true;

        private Builder() {}

        public Builder world(World world) {
            this.world = world;
            return this;
        }

        /** Calls then run between the app's frames. */
        public Builder app(App app) {
            this.app = app;
            return this;
        }

        /** A project folder: its scene is opened into the world (which must be empty), with its scripts and timeline. */
        public Builder project(Path folder) {
            this.project = folder;
            return this;
        }

        /** A timeline file for a world without a project folder. */
        public Builder timeline(Path file) {
            this.timelineFile = file;
            return this;
        }

        /** Where script commands go when there is no project folder. */
        public Builder scripts(ScriptStore store) {
            this.scripts = store;
            return this;
        }

        /** The tokenizer digests are counted with: cl100k_base (default), o200k_base, p50k_base, r50k_base. */
        public Builder encoding(String name) {
            this.encoding = name;
            return this;
        }

        public Builder budget(PerformanceBudget budget) {
            this.budget = budget;
            return this;
        }

        public Builder timelineOptions(TimelineOptions options) {
            this.timelineOptions = options;
            return this;
        }

        /** Whether the project's scene file is rewritten after each timeline change (default true). */
        public Builder saveSceneOnChange(boolean save) {
            this.saveScene = save;
            return this;
        }

        public AiEngine build() {
            return new AiEngine(this);
        }
    }
}
