package dev.luminara.jme;

import static dev.luminara.lunyscript.script.Flow.Every;
import static dev.luminara.lunyscript.script.Flow.If;
import static dev.luminara.lunyscript.script.Flow.Sequence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.luminara.lunyscript.DebugConsole;
import dev.luminara.lunyscript.LunyObject;
import dev.luminara.lunyscript.generated.Debug;
import dev.luminara.lunyscript.generated.ObjectBlocks;
import dev.luminara.lunyscript.generated.Transform;
import dev.luminara.lunyscript.generated.Vehicle;
import dev.luminara.lunyscript.script.Api;
import dev.luminara.lunyscript.script.Condition;
import dev.luminara.lunyscript.script.On;
import dev.luminara.lunyscript.script.Script;
import dev.luminara.lunyscript.script.ScriptBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed's behavioural golden test: one script, run on Luminara's core and on jMonkeyEngine, through the generated
 * blocks and through the reflective registry, gives the same observable result after 120 frames at 60 Hz: positions
 * and rotations within {@value #TOLERANCE}, enabled and alive state, steering, sounds and log lines.
 */
class TwoEnginesOneBehaviourTest {
    static final float TOLERANCE = 1e-4f;
    static final int FRAMES = 120;
    static final double DT = 1.0 / 60;

    /** The verbs a script needs, built either from the generated blocks or by name through the registry. */
    interface Verbs {
        ScriptBlock setSpeed(double v);

        ScriptBlock steer(double d);

        ScriptBlock honk();

        ScriptBlock moveBy(double x, double y, double z);

        ScriptBlock rotateBy(double x, double y, double z);

        ScriptBlock log(String message, String level);

        ScriptBlock setEnabled();

        ScriptBlock setDisabled();

        ScriptBlock destroy();

        Condition fasterThan(double v);
    }

    static final Verbs GENERATED = new Verbs() {
        public ScriptBlock setSpeed(double v) {
            return Vehicle.setSpeed(v);
        }

        public ScriptBlock steer(double d) {
            return Vehicle.steer(d);
        }

        public ScriptBlock honk() {
            return Vehicle.honk();
        }

        public ScriptBlock moveBy(double x, double y, double z) {
            return Transform.moveBy(x, y, z);
        }

        public ScriptBlock rotateBy(double x, double y, double z) {
            return Transform.rotateBy(x, y, z);
        }

        public ScriptBlock log(String m, String l) {
            return Debug.log(m, l);
        }

        public ScriptBlock setEnabled() {
            return ObjectBlocks.setEnabled();
        }

        public ScriptBlock setDisabled() {
            return ObjectBlocks.setDisabled();
        }

        public ScriptBlock destroy() {
            return ObjectBlocks.destroy();
        }

        public Condition fasterThan(double v) {
            return Vehicle.getSpeed().above(v);
        }
    };

    static final Verbs REFLECTIVE = new Verbs() {
        public ScriptBlock setSpeed(double v) {
            return Api.verb("Vehicle.SetSpeed", v);
        }

        public ScriptBlock steer(double d) {
            return Api.verb("Vehicle.Steer", d);
        }

        public ScriptBlock honk() {
            return Api.verb("Vehicle.Honk");
        }

        public ScriptBlock moveBy(double x, double y, double z) {
            return Api.verb("Transform.MoveBy", x, y, z);
        }

        public ScriptBlock rotateBy(double x, double y, double z) {
            return Api.verb("Transform.RotateBy", x, y, z);
        }

        public ScriptBlock log(String m, String l) {
            return Api.verb("Debug.Log", m, l);
        }

        public ScriptBlock setEnabled() {
            return Api.verb("Object.SetEnabled");
        }

        public ScriptBlock setDisabled() {
            return Api.verb("Object.SetDisabled");
        }

        public ScriptBlock destroy() {
            return Api.verb("Object.Destroy");
        }

        public Condition fasterThan(double v) {
            return Api.query("Vehicle.GetSpeed").above(v);
        }
    };

    static Script driver(Verbs v) {
        return Script.of(
                "driver",
                On.start(v.setSpeed(6), v.log("engine on", "info")),
                On.update(
                        Every(10).frames().run(v.honk()),
                        If(v.fasterThan(5)).then(v.rotateBy(0, 1.5, 0)).otherwise(v.moveBy(0, 0.01, 0)),
                        Every(0.5).seconds().run(Sequence(v.steer(0.25), v.rotateBy(2, 0, 1)))),
                On.message("slow", v.setSpeed(2), v.log("slowing down", "warn")),
                On.message("park", v.setDisabled()),
                On.message("wake", v.setEnabled(), v.steer(-3)),
                On.message("scrap", v.destroy()));
    }

    record Run(EngineUnderTest.Observation buggy, EngineUnderTest.Observation wreck, List<String> log) {}

    static Run run(EngineUnderTest engine, Verbs verbs) {
        List<String> log = new ArrayList<>();
        Runnable stop = DebugConsole.listen(log::add);
        try {
            LunyObject buggy = engine.spawnVehicle("buggy", 1, 0, 2);
            LunyObject wreck = engine.spawnVehicle("wreck", -3, 0, 0);
            Script script = driver(verbs);
            engine.runner().attach(buggy, script);
            engine.runner().attach(wreck, script);
            for (int frame = 1; frame <= FRAMES; frame++) {
                engine.step(DT);
                if (frame == 40) engine.runner().send("slow");
                if (frame == 70) engine.runner().send(buggy, "park");
                if (frame == 90) engine.runner().send(buggy, "wake");
                if (frame == 100) engine.runner().send(wreck, "scrap");
                if (frame == 100) engine.step(0);
            }
            assertThat(engine.runner().instances())
                    .allSatisfy(i -> assertThat(i.errors()).isEmpty());
            return new Run(engine.observe(buggy), engine.observe(wreck), log);
        } finally {
            stop.run();
        }
    }

    static Stream<Arguments> paths() {
        return Stream.of(
                Arguments.of("Luminara generated", new CoreEngineUnderTest(true), GENERATED),
                Arguments.of("JME reflective", new JmeEngineUnderTest(false), REFLECTIVE),
                Arguments.of("JME generated", new JmeEngineUnderTest(true), GENERATED));
    }

    @ParameterizedTest(name = "{0} matches Luminara reflective")
    @MethodSource("paths")
    void sameScriptSameResult(String name, EngineUnderTest engine, Verbs verbs) {
        Run reference = run(new CoreEngineUnderTest(false), REFLECTIVE);
        Run other = run(engine, verbs);

        assertSame(other.buggy(), reference.buggy());
        assertSame(other.wreck(), reference.wreck());
        assertThat(other.log()).isEqualTo(reference.log());
    }

    @ParameterizedTest(name = "{0} does what the script says")
    @MethodSource("paths")
    void theReferenceRunIsNotTrivial(String name, EngineUnderTest engine, Verbs verbs) {
        Run r = run(engine, verbs);
        EngineUnderTest.Observation buggy = r.buggy();
        assertThat(buggy.alive()).isTrue();
        assertThat(buggy.enabled()).isTrue();
        // Frames 1-40 at 6 m/s, 41-70 at 2 m/s, parked for 71-90, 91-120 at 2 m/s again; forward is -Z.
        assertThat(buggy.position()[2]).isCloseTo(2 - (40 * 6 + 60 * 2) / 60f, within(1e-3f));
        assertThat(buggy.steerAngle()).isEqualTo(0.25f * 45); // the periodic Steer(0.25) after wake's Steer(-3)
        assertThat(buggy.sounds()).hasSizeGreaterThan(5).allMatch(s -> s.equals("HornSound"));
        assertThat(r.wreck().alive()).isFalse();
        assertThat(r.log())
                .startsWith("info: engine on", "info: engine on", "warn: slowing down", "warn: slowing down");
    }

    static void assertSame(EngineUnderTest.Observation a, EngineUnderTest.Observation b) {
        assertThat(a.alive()).isEqualTo(b.alive());
        assertThat(a.enabled()).isEqualTo(b.enabled());
        assertThat(a.steerAngle()).isCloseTo(b.steerAngle(), within(TOLERANCE));
        assertThat(a.sounds()).isEqualTo(b.sounds());
        for (int i = 0; i < 3; i++) assertThat(a.position()[i]).isCloseTo(b.position()[i], within(TOLERANCE));
        float sign = dot(a.rotation(), b.rotation()) < 0 ? -1 : 1;
        for (int i = 0; i < 4; i++) {
            assertThat(a.rotation()[i] * sign).isCloseTo(b.rotation()[i], within(TOLERANCE));
        }
    }

    static float dot(float[] a, float[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2] + a[3] * b[3];
    }
}
