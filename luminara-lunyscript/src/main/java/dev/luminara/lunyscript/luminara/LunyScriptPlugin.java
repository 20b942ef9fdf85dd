package dev.luminara.lunyscript.luminara;

import dev.luminara.core.app.AppBuilder;
import dev.luminara.core.app.Plugin;
import dev.luminara.core.app.Stage;
import dev.luminara.core.app.Time;
import dev.luminara.lunyscript.script.ScriptRunner;
import java.util.function.Function;

/**
 * Runs LunyScript on a Luminara app: one {@link ScriptRunner} in {@code Stage.SCRIPTS}, stepped with the frame's
 * delta, and a {@link LunyScripts} resource to attach scripts with. The factory chooses the path: generated services
 * ({@code LuminaraServices.create(adapter, descriptor)}) or the reflective registry, or both.
 */
public final class LunyScriptPlugin implements Plugin {
    private final Function<CoreEngineAdapter, ScriptRunner> runnerFactory;

    public LunyScriptPlugin(Function<CoreEngineAdapter, ScriptRunner> runnerFactory) {
        this.runnerFactory = runnerFactory;
    }

    @Override
    public void build(AppBuilder app) {
        CoreVerbs.registerComponents(app.world());
        CoreEngineAdapter adapter = new CoreEngineAdapter(app.world());
        ScriptRunner runner = runnerFactory.apply(adapter);
        app.world().insertResource(new LunyScripts(adapter, runner));
        app.system(
                Stage.SCRIPTS,
                "lunyscript.run",
                w -> runner.update(w.resource(Time.class).delta()));
    }
}
