package dev.luminara.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.codegen.fixture.FixtureAdapter;
import dev.luminara.codegen.fixture.Robot;
import dev.luminara.codegen.fixture.RobotLog;
import dev.luminara.lunyscript.LunyObject;
import dev.luminara.lunyscript.LunyScriptException;
import dev.luminara.lunyscript.descriptor.Descriptor;
import dev.luminara.lunyscript.registry.ApiRegistry;
import dev.luminara.lunyscript.script.ScriptContext;
import dev.luminara.lunyscript.script.ServiceSet;
import dev.luminara.lunyscript.trace.Tracer;
import dev.luminara.lunyscript.verb.Verb;
import dev.luminara.lunyscript.verb.VerbTable;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles the fixture's generated code with javac (warnings as errors) and runs it next to the reflective registry:
 * every verb must do the same to the same robot.
 */
class GeneratedCodeRunsTest {
    @TempDir
    static Path dir;

    static ClassLoader loader;

    record RobotObject(String name, Robot robot) implements LunyObject {
        @Override
        public Object nativeObject() {
            return robot;
        }

        @Override
        public boolean isAlive() {
            return true;
        }

        @Override
        public boolean isEnabled() {
            return true;
        }
    }

    @BeforeAll
    static void compile() throws Exception {
        List<GeneratedFile> files = CodeGenerator.generate(Fixture.request());
        CodeGenerator.write(files, dir);
        List<String> args = new ArrayList<>(List.of(
                "-Xlint:all",
                "-Werror",
                "-d",
                dir.resolve("classes").toString(),
                "-cp",
                System.getProperty("java.class.path")));
        for (GeneratedFile f : files) args.add(dir.resolve(f.path()).toString());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int code = javac.run(null, null, null, args.toArray(String[]::new));
        assertThat(code).as("javac exit code").isZero();
        loader = new URLClassLoader(
                new URL[] {dir.resolve("classes").toUri().toURL()}, GeneratedCodeRunsTest.class.getClassLoader());
    }

    static ServiceSet generatedServices(FixtureAdapter adapter, Descriptor descriptor) throws Exception {
        Class<?> factory = loader.loadClass("dev.luminara.fixture.generated.robot.FixtureServices");
        Method create = factory.getMethod("create", dev.luminara.lunyscript.EngineAdapter.class, Descriptor.class);
        return (ServiceSet) create.invoke(null, adapter, descriptor);
    }

    static VerbTable generatedVerbs(Descriptor descriptor) throws Exception {
        Class<?> verbs = loader.loadClass("dev.luminara.fixture.generated.GeneratedVerbs");
        return (VerbTable) verbs.getMethod("register", VerbTable.class, Descriptor.class)
                .invoke(null, new VerbTable(), descriptor);
    }

    @Test
    void generatedAndReflectivePathsDoTheSame() throws Exception {
        Descriptor descriptor = Fixture.descriptor();
        List<List<String>> results = new ArrayList<>();
        for (boolean generated : new boolean[] {true, false}) {
            Robot me = new Robot();
            Robot leader = new Robot();
            leader.setColor("green");
            FixtureAdapter adapter = new FixtureAdapter(Map.of("leader", leader));
            ScriptContext ctx = new ScriptContext(
                    new RobotObject("me", me),
                    generated ? generatedServices(adapter, descriptor) : ServiceSet.EMPTY,
                    generated ? null : ApiRegistry.load(descriptor, adapter),
                    Tracer.OFF);
            VerbTable table = generated ? generatedVerbs(descriptor) : VerbTable.fromRegistry(ctx.registry());
            // Verbs not exposed to Lua are called through the services or the registry directly.
            callHidden(ctx, generated, "Robot.Tilt", 45.0);
            callHidden(ctx, generated, "Robot.SetMass", 900.0);
            callHidden(ctx, generated, "Robot.Look", 1.0, 2.0, 3.0);
            callHidden(ctx, generated, "Robot.Hover", 4.0);
            callHidden(ctx, generated, "Robot.Push", 5.0);
            callHidden(ctx, generated, "Robot.Follow", "leader");
            callHidden(ctx, generated, "Motor.Beep");
            call(table, ctx, "Robot.Jump", 20.0);
            call(table, ctx, "Robot.Paint", "green");
            call(table, ctx, "Motor.SetThrust", 0.5);
            RobotLog.LINES.clear();
            call(table, ctx, "Chat.Say", "hi");
            List<String> observed = new ArrayList<>(me.calls);
            observed.add("mass " + me.mass);
            observed.add("color " + call(table, ctx, "Robot.GetColor"));
            observed.add("thrust " + call(table, ctx, "Motor.GetThrust"));
            observed.add("beeps " + me.beeper.beeps);
            observed.add("said " + RobotLog.LINES);
            results.add(observed);
        }
        assertThat(results.get(0)).isEqualTo(results.get(1));
        assertThat(results.get(0))
                .containsExactly(
                        "tilt 0.5",
                        "look Vec[x=1.0, y=2.0, z=3.0]",
                        "look Vec[x=0.0, y=4.0, z=0.0]",
                        "look Vec[x=0.0, y=0.0, z=-5.0]",
                        "follow green",
                        "jump 20.0",
                        "mass 500.0",
                        "color green",
                        "thrust 50.0",
                        "beeps [assets/ping.wav]",
                        "said [hi]");
    }

    @Test
    void unboundSemanticThrowsOnTheGeneratedPath() throws Exception {
        ServiceSet services = generatedServices(new FixtureAdapter(Map.of()), Fixture.descriptor());
        Class<?> chat = loader.loadClass("dev.luminara.fixture.generated.ChatService");
        Method dance = chat.getMethod("dance", LunyObject.class);
        assertThatThrownBy(() -> {
                    try {
                        dance.invoke(services.get(chat), new RobotObject("me", new Robot()));
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                })
                .isInstanceOf(LunyScriptException.class)
                .hasMessage("Chat.Dance is not implemented on Fixture");
    }

    static Object call(VerbTable table, ScriptContext ctx, String verb, Object... args) {
        Verb v = table.find(verb).orElseThrow(() -> new AssertionError("no verb " + verb));
        return v.call(ctx, args);
    }

    static void callHidden(ScriptContext ctx, boolean generated, String verb, Object... args) throws Exception {
        if (!generated) {
            ctx.invoke(verb, args);
            return;
        }
        String domain = verb.substring(0, verb.indexOf('.'));
        String name = verb.substring(verb.indexOf('.') + 1);
        Class<?> service = loader.loadClass("dev.luminara.fixture.generated." + domain + "Service");
        for (Method m : service.getMethods()) {
            if (m.getName().equalsIgnoreCase(name)) {
                Object[] full = new Object[args.length + 1];
                full[0] = ctx.object();
                System.arraycopy(args, 0, full, 1, args.length);
                m.invoke(ctx.service(service), full);
                return;
            }
        }
        throw new AssertionError("no method for " + verb);
    }
}
