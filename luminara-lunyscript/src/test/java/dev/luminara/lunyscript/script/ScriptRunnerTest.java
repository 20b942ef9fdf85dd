package dev.luminara.lunyscript.script;

import static dev.luminara.lunyscript.script.Flow.Every;
import static dev.luminara.lunyscript.script.Flow.If;
import static dev.luminara.lunyscript.script.Flow.Sequence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.lunyscript.LunyObject;
import dev.luminara.lunyscript.VerbCallException;
import dev.luminara.lunyscript.trace.Tracer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runner and the flow blocks on a fake object: order, timers, conditions, messages, failures. */
class ScriptRunnerTest {
    static final class Thing implements LunyObject {
        final String name;
        boolean alive = true;
        boolean enabled = true;

        Thing(String name) {
            this.name = name;
        }

        @Override
        public Object nativeObject() {
            return this;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean isAlive() {
            return alive;
        }

        @Override
        public boolean isEnabled() {
            return enabled;
        }
    }

    final List<String> log = new ArrayList<>();

    ScriptBlock say(String s) {
        return c -> log.add(c.object().name() + ":" + s + "@" + c.frame());
    }

    ScriptRunner runner() {
        return new ScriptRunner(ServiceSet.EMPTY, null, Tracer.OFF);
    }

    @Test
    void startRunsOnceBeforeTheFirstUpdate() {
        ScriptRunner r = runner();
        r.attach(new Thing("a"), Script.of("s", On.update(say("u")), On.start(say("s"))));
        r.update(0.1);
        r.update(0.1);
        assertThat(log).containsExactly("a:s@1", "a:u@1", "a:u@2");
    }

    @Test
    void everyCountsFramesAndSecondsPerObject() {
        ScriptRunner r = runner();
        Script s = Script.of(
                "s",
                On.update(Every(3).frames().run(say("f")), Every(0.25).seconds().run(say("t"))));
        r.attach(new Thing("a"), s);
        r.attach(new Thing("b"), s);
        for (int i = 0; i < 6; i++) r.update(0.1);
        assertThat(log).containsExactly("a:f@3", "a:t@3", "b:f@3", "b:t@3", "a:t@5", "b:t@5", "a:f@6", "b:f@6");
    }

    @Test
    void ifChoosesABranchEachTime() {
        ScriptRunner r = runner();
        Thing a = new Thing("a");
        Condition odd = c -> c.frame() % 2 == 1;
        r.attach(a, Script.of("s", On.update(If(odd).then(say("odd")).otherwise(Sequence(say("even"), say("!"))))));
        r.update(1);
        r.update(1);
        assertThat(log).containsExactly("a:odd@1", "a:even@2", "a:!@2");
    }

    @Test
    void disabledObjectsSkipUpdatesButGetMessagesAndDeadOnesAreDropped() {
        ScriptRunner r = runner();
        Thing a = new Thing("a");
        r.attach(a, Script.of("s", On.update(say("u")), On.message("ping", say("ping"))));
        a.enabled = false;
        r.update(1);
        assertThat(r.send("ping")).isEqualTo(1);
        a.enabled = true;
        r.update(1);
        a.alive = false;
        r.update(1);
        assertThat(r.instances()).isEmpty();
        assertThat(log).containsExactly("a:ping@1", "a:u@2");
    }

    @Test
    void aFailingBlockStopsOnlyItsOwnHandlerRun() {
        ScriptRunner r = runner();
        ScriptBlock boom = c -> {
            throw new VerbCallException("Vehicle.Honk: object '" + c.object().name() + "' has no AudioView");
        };
        ScriptInstance bad = r.attach(new Thing("bad"), Script.of("s", On.update(say("before"), boom, say("after"))));
        r.attach(new Thing("good"), Script.of("s", On.update(say("fine"))));
        r.update(1);
        r.update(1);
        assertThat(log).containsExactly("bad:before@1", "good:fine@1", "bad:before@2", "good:fine@2");
        assertThat(bad.errors())
                .containsExactly(
                        "bad#1.update: Vehicle.Honk: object 'bad' has no AudioView",
                        "bad#2.update: Vehicle.Honk: object 'bad' has no AudioView");
    }

    @Test
    void blocksWithoutARegistrySayWhy() {
        ScriptRunner r = runner();
        ScriptInstance i = r.attach(new Thing("a"), Script.of("s", On.update(Api.verb("Vehicle.Honk"))));
        r.update(1);
        assertThat(i.errors()).singleElement().asString().contains("without a reflective registry");
        assertThatThrownBy(() -> Every(0)).hasMessage("Every(n) needs n > 0, got 0.0");
        assertThatThrownBy(() -> Every(1.5).frames()).hasMessage("Every(n).frames() needs a whole n, got 1.5");
    }

    @Test
    void handlerKindsAreAClosedSet() {
        assertThat(Handler.class.getPermittedSubclasses())
                .containsExactlyInAnyOrder(Handler.Start.class, Handler.Update.class, Handler.Message.class);
    }
}
