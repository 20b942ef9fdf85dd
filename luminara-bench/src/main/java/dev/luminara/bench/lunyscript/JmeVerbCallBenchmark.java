package dev.luminara.bench.lunyscript;

import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import dev.luminara.bench.Goal;
import dev.luminara.jme.JmeEngineAdapter;
import dev.luminara.jme.JmeObject;
import dev.luminara.jme.generated.JmeServices;
import dev.luminara.lunyscript.descriptor.Descriptor;
import dev.luminara.lunyscript.descriptor.DescriptorLoader;
import dev.luminara.lunyscript.generated.Transform;
import dev.luminara.lunyscript.generated.TransformService;
import dev.luminara.lunyscript.registry.ApiBinding;
import dev.luminara.lunyscript.registry.ApiRegistry;
import dev.luminara.lunyscript.script.Api;
import dev.luminara.lunyscript.script.ScriptBlock;
import dev.luminara.lunyscript.script.ScriptContext;
import dev.luminara.lunyscript.script.ServiceSet;
import dev.luminara.lunyscript.trace.Tracer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code Transform.MoveBy(1, 2, 3)} on a jME spatial: a cheap engine call ({@code Spatial.move(float, float, float)}),
 * so this measures what each path adds around it. Ratios are other / {@link #baselineDirectJava}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JmeVerbCallBenchmark {
    Node root;
    Node spatial;
    JmeObject object;
    double x = 1, y = 2, z = 3;
    Object[] args = {1.0, 2.0, 3.0};
    TransformService service;
    ScriptContext generatedContext;
    ScriptContext reflectiveContext;
    ScriptBlock generatedBlock;
    ScriptBlock cachedLookupBlock;
    ScriptBlock boundServiceBlock;
    ScriptBlock reflectiveBlock;
    ApiBinding binding;

    @Setup
    public void setUp() {
        root = new Node("root");
        spatial = new Node("buggy");
        root.attachChild(spatial);
        JmeEngineAdapter adapter = new JmeEngineAdapter(root);
        object = adapter.object(spatial);
        Descriptor descriptor = DescriptorLoader.builtIn();
        ServiceSet services = JmeServices.create(adapter, descriptor);
        ApiRegistry registry = ApiRegistry.load(descriptor, adapter);
        service = services.get(TransformService.class);
        generatedContext = new ScriptContext(object, services, null, Tracer.OFF);
        reflectiveContext = new ScriptContext(object, ServiceSet.EMPTY, registry, Tracer.OFF);
        generatedBlock = Transform.moveBy(1, 2, 3);
        cachedLookupBlock = new CachedLookupMoveBy(1, 2, 3);
        boundServiceBlock = new BoundServiceMoveBy(service, 1, 2, 3);
        reflectiveBlock = Api.verb("Transform.MoveBy", 1.0, 2.0, 3.0);
        binding = registry.binding("Transform.MoveBy");
    }

    /**
     * What a hand-written jME game does under the same contract: check that the spatial is still in this scene (under
     * its root: what "alive" means for every verb on jME, {@code JmeObject.isAlive}), range-check, then move. An
     * earlier baseline only tested {@code getParent() != null}, a weaker check than the verbs make.
     */
    @Benchmark
    public void baselineDirectJava() {
        if (!inScene(spatial)) throw new IllegalStateException();
        spatial.move((float) Math.max(-1000, Math.min(1000, x)), (float) Math.max(-1000, Math.min(1000, y)), (float)
                Math.max(-1000, Math.min(1000, z)));
    }

    private boolean inScene(Spatial s) {
        for (; s != null; s = s.getParent()) {
            if (s == root) return true;
        }
        return false;
    }

    @Benchmark
    @Goal(max = 1.2)
    public void generatedService() {
        service.moveBy(object, x, y, z);
    }

    @Benchmark
    @Goal(max = 1.2)
    public void generatedBlock() {
        generatedBlock.execute(generatedContext);
    }

    /** The generated block's former service lookup (a cache per service set), for comparison; no goal. */
    @Benchmark
    public void cachedLookupBlock() {
        cachedLookupBlock.execute(generatedContext);
    }

    /** A block holding its service (no lookup; not engine-neutral): what the block abstraction costs; no goal. */
    @Benchmark
    public void boundServiceBlock() {
        boundServiceBlock.execute(generatedContext);
    }

    @Benchmark
    @Goal(max = 2)
    public void reflectiveBinding() {
        binding.invoke(object, args);
    }

    @Benchmark
    @Goal(max = 2)
    public void reflectiveBlock() {
        reflectiveBlock.execute(reflectiveContext);
    }
}
