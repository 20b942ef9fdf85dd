package dev.luminara.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.ai.AiEngine;
import dev.luminara.ai.intent.EntityReference;
import dev.luminara.ai.perf.PerformanceBudget;
import dev.luminara.ai.project.ProjectLayout;
import dev.luminara.ai.timeline.Operation;
import dev.luminara.core.Entity;
import dev.luminara.core.WorldSnapshot;
import dev.luminara.core.component.Transform;
import dev.luminara.runtime.GameRuntime;
import dev.luminara.script.SandboxConfig;
import dev.luminara.script.ScriptComponent;
import dev.luminara.script.ScriptState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Apply through the timeline on a temporary copy of samples/arena, with monitoring and automatic rollback. */
class ApplyTest {
    @TempDir
    Path temp;

    Path project;
    GameRuntime game;
    AiEngine ai;

    @BeforeEach
    void open() throws IOException {
        project = temp.resolve("arena");
        copy(Path.of("../samples/arena"), project);
        start(SandboxConfig.DEFAULT);
    }

    private void start(SandboxConfig sandbox) {
        game = GameRuntime.builder()
                .assetRoot(project)
                .scriptRoot(ProjectLayout.of(project).scripts())
                .sandbox(sandbox)
                .build();
        ai = AiEngine.builder().app(game.app()).project(project).build();
    }

    @AfterEach
    void close() {
        ai.close();
        game.close();
    }

    static CodeVerifier verifier(int monitorFrames) {
        return CodeVerifier.builder()
                .frames(5)
                .monitorFrames(monitorFrames)
                .baselineFrames(0)
                .build();
    }

    static final String SPIN =
            "local C = {}\nfunction C:on_update(dt)\n  transform.rotate_y(self.entity, 90 * dt)\nend\nreturn C\n";

    ScriptSubmission submission(String path, String source) {
        return ScriptSubmission.lua(path, source, List.of(new EntityReference.ByName("tower")));
    }

    @Test
    void aScriptThatStartsFailingAfterApplyIsRolledBackToTheExactStateBefore() {
        String failsLater = "local C = {}\n"
                + "function C:on_update(dt)\n"
                + "  transform.rotate_y(self.entity, 90 * dt)\n"
                + "  world.spawn(\"debris\", vec3(0, 1, 0))\n"
                + "  self.n = (self.n or 0) + 1\n"
                + "  if self.n > 10 then error(\"starts failing\") end\n"
                + "end\nreturn C\n";
        Entity tower = ai.resolveReference(new EntityReference.ByName("tower"));
        WorldSnapshot before = game.world().snapshot();
        int opsBefore = ai.timeline().orElseThrow().size();

        ApplyResult r = verifier(30).apply(submission("behaviors/fails.lua", failsLater), game, ai);

        assertThat(r.status()).as(String.valueOf(r)).isEqualTo(ApplyStatus.ROLLED_BACK);
        assertThat(r.verification().passed()).isTrue(); // 5 sandbox frames did not reach the failure
        assertThat(r.reason()).contains("starts failing").contains("behaviors/fails.lua:6");
        assertThat(r.monitor().frames()).isEqualTo(11);
        assertThat(game.world().snapshot().sameContent(before)).isTrue();
        assertThat(game.world().has(tower, ScriptComponent.class)).isFalse();
        assertThat(ProjectLayout.of(project).scripts().resolve("behaviors/fails.lua"))
                .doesNotExist();
        var timeline = ai.timeline().orElseThrow();
        assertThat(timeline.size()).isEqualTo(opsBefore + 2);
        Operation rollback = timeline.head().orElseThrow();
        assertThat(rollback.id()).isEqualTo(r.rollbackOperationId());
        assertThat(rollback.tags()).contains("verify:rollback", "rollback-of:" + r.operationId());
        assertThat(rollback.response()).isEqualTo(r.reason());
    }

    @Test
    void aWellBehavedScriptStaysAppliedAndIsUndoableLikeAnyOperation() {
        Entity tower = ai.resolveReference(new EntityReference.ByName("tower"));
        WorldSnapshot before = game.world().snapshot();
        ApplyResult r = verifier(20).apply(submission("behaviors/spin.lua", SPIN), game, ai);
        assertThat(r.status()).as(String.valueOf(r)).isEqualTo(ApplyStatus.APPLIED);
        assertThat(r.monitor().frames()).isEqualTo(20);
        assertThat(game.world().get(tower, ScriptComponent.class).path()).isEqualTo("behaviors/spin.lua");
        Path file = ProjectLayout.of(project).scripts().resolve("behaviors/spin.lua");
        assertThat(file).hasContent(SPIN);
        assertThat(game.scripts().state(tower).orElseThrow())
                .isInstanceOf(dev.luminara.script.ScriptState.Running.class);
        var timeline = ai.timeline().orElseThrow();
        assertThat(timeline.head().orElseThrow().tags()).contains("verify:apply");
        game.app().call(w -> timeline.undo());
        assertThat(game.world().has(tower, ScriptComponent.class)).isFalse();
        assertThat(file).doesNotExist();
        // the operation's own changes are undone; the 20 monitored frames (rotation) remain, as for any edit
        assertThat(game.world().entityCount()).isEqualTo(before.entityCount());
    }

    @Test
    void aScriptThatFailsVerificationIsRefusedAndNothingChanges() {
        WorldSnapshot before = game.world().snapshot();
        int ops = ai.timeline().orElseThrow().size();
        String bad =
                "local C = {}\nfunction C:on_update(dt)\n  transform.set_pos(self.entity, vec3(0,0,0))\nend\nreturn C\n";
        ApplyResult r = verifier(10).apply(submission("behaviors/bad.lua", bad), game, ai);
        assertThat(r.status()).isEqualTo(ApplyStatus.REFUSED);
        assertThat(r.operationId()).isEqualTo(-1);
        assertThat(r.verification().suggestions())
                .contains("`transform.set_pos` is unknown; did you mean `transform.set_position`?");
        assertThat(game.world().snapshot().sameContent(before)).isTrue();
        assertThat(ai.timeline().orElseThrow().size()).isEqualTo(ops);
        assertThat(ProjectLayout.of(project).scripts().resolve("behaviors/bad.lua"))
                .doesNotExist();
    }

    @Test
    void aFrameTimeRegressionAgainstTheBudgetIsRolledBack() {
        String heavy = "local C = {}\nfunction C:on_update(dt)\n  local s = 0\n"
                + "  for i = 1, 300000 do s = s + i % 7 end\n  self.s = s\nend\nreturn C\n";
        // what is tested is the frame-time regression, not the time limit, which a loaded machine could reach first
        SandboxConfig roomy = SandboxConfig.DEFAULT.withMaxExecutionTime(Duration.ofSeconds(20));
        close();
        start(roomy);
        WorldSnapshot before = game.world().snapshot();
        CodeVerifier v = CodeVerifier.builder()
                .sandbox(roomy)
                .frames(3)
                .monitorFrames(9)
                .baselineFrames(9)
                .regressionFactor(3)
                .budget(new PerformanceBudget(10_000)) // 0.1 ms: the arena's plain frame fits, 300k instructions do not
                .build();
        ApplyResult r = v.apply(submission("behaviors/heavy.lua", heavy), game, ai);
        assertThat(r.status()).as(String.valueOf(r)).isEqualTo(ApplyStatus.ROLLED_BACK);
        assertThat(r.reason()).startsWith("frame-time regression");
        assertThat(r.monitor().medianFrameMillis()).isGreaterThan(r.monitor().baselineMedianMillis() * 3);
        // the world is as it was just before the apply, which came after the 9 baseline frames
        assertThat(game.world().entityCount()).isEqualTo(before.entityCount());
        assertThat(game.world().has(ai.resolveReference(new EntityReference.ByName("tower")), ScriptComponent.class))
                .isFalse();
    }

    @Test
    void afterASlowScriptIsRolledBackTheAdvisorNoLongerPredictsFromItsFrames() {
        String heavy = "local C = {}\nfunction C:on_update(dt)\n  local s = 0\n"
                + "  for i = 1, 300000 do s = s + i % 7 end\n  self.s = s\nend\nreturn C\n";
        SandboxConfig roomy = SandboxConfig.DEFAULT.withMaxExecutionTime(Duration.ofSeconds(20));
        close();
        start(roomy);
        CodeVerifier v = CodeVerifier.builder()
                .sandbox(roomy)
                .frames(3)
                .monitorFrames(30) // most of the frames the advisor observed run the slow script
                .baselineFrames(9)
                .regressionFactor(3)
                .budget(new PerformanceBudget(10_000))
                .advisor(ai.advisor())
                .build();
        ApplyResult r = v.apply(submission("behaviors/heavy.lua", heavy), game, ai);
        assertThat(r.status()).as(String.valueOf(r)).isEqualTo(ApplyStatus.ROLLED_BACK);
        double slow = r.monitor().medianFrameMillis();
        for (int i = 0; i < 12; i++) game.app().step(); // the game runs on without the script
        double now = game.app().call(w -> ai.advisor().generateContext(w)).frameMillis();
        assertThat(now)
                .as("observed frame after the rollback, %.2f ms while watched", slow)
                .isLessThan(slow / 3);
    }

    @Test
    void enginesWithoutATimelineAreRefusedUpFrontForLuaAndWasm() {
        ScriptSubmission wasm = ScriptSubmission.wasm("s.wasm", new byte[] {0, 97, 115, 109, 1, 0, 0, 0}, List.of());
        WorldSnapshot before = game.world().snapshot();
        try (AiEngine bare = AiEngine.builder().app(game.app()).build()) {
            for (ScriptSubmission s : List.of(submission("a.lua", SPIN), wasm)) {
                assertThatThrownBy(() -> verifier(1).apply(s, game, bare))
                        .isInstanceOf(ApplyRefusedException.class)
                        .hasMessageContaining("no timeline");
            }
        }
        assertThat(game.world().snapshot().sameContent(before)).isTrue();
        assertThat(ProjectLayout.of(project).scripts().resolve("s.wasm")).doesNotExist();
    }

    /** Reopens the project on the scripted arena (patrol, spinners, pickups and buggy running). */
    private void openScripted() throws IOException {
        close();
        Path meta = project.resolve(".luminara");
        try (Stream<Path> files = Files.walk(meta)) { // a new timeline: the first open takes the named scene
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        Files.createDirectories(meta);
        Files.writeString(project.resolve(".luminara/project.json"), "{\"scene\": \"arena-scripted.scene.json\"}");
        start(SandboxConfig.DEFAULT);
    }

    @Test
    void aScriptThatBreaksAnotherScriptIsRolledBack() throws IOException {
        openScripted();
        // the new script replaces the functions of a module patrol.lua also requires
        String poison = "local S = {}\nfunction S:on_start()\n  local steer = require(\"lib.steer\")\n"
                + "  for k in pairs(steer) do steer[k] = function() error(\"poisoned\") end end\nend\n"
                + "function S:on_update(dt) end\nreturn S\n";
        Entity player = ai.resolveReference(new EntityReference.ByName("player"));
        CodeVerifier v = CodeVerifier.builder()
                .frames(5)
                .monitorFrames(30)
                .baselineFrames(0)
                .scriptRoot(ProjectLayout.of(project).scripts())
                .build();
        ApplyResult r = v.apply(
                ScriptSubmission.lua("behaviors/poison.lua", poison, List.of(new EntityReference.ById(player))),
                game,
                ai);
        assertThat(r.status()).as(String.valueOf(r)).isEqualTo(ApplyStatus.ROLLED_BACK);
        assertThat(r.reason())
                .contains("in another script")
                .contains("patrol.lua")
                .contains("poisoned");
        assertThat(game.world().has(player, ScriptComponent.class)).isFalse();
    }

    @Test
    void aScriptAlreadyFailingBeforeTheApplyIsNotBlamedOnIt() throws IOException {
        openScripted();
        Path broken = ProjectLayout.of(project).scripts().resolve("broken.lua");
        Files.writeString(broken, "local S = {}\nfunction S:on_update(dt)\n  error(\"was broken\")\nend\nreturn S\n");
        Entity buggy = ai.resolveReference(new EntityReference.ByName("buggy"));
        game.app().call(w -> {
            w.set(buggy, ScriptComponent.of("broken.lua"));
            return null;
        });
        game.app().step();
        game.app().step();
        assertThat(game.scripts().state(buggy).orElseThrow()).isInstanceOf(ScriptState.Error.class);
        ApplyResult r = verifier(20).apply(submission("behaviors/spin.lua", SPIN), game, ai);
        assertThat(r.status()).as(String.valueOf(r)).isEqualTo(ApplyStatus.APPLIED);
    }

    /** A verifier that steps 10 baseline frames before the apply and watches 20 after it. */
    static CodeVerifier measuring(boolean keepSteppedFrames) {
        return CodeVerifier.builder()
                .frames(5)
                .monitorFrames(20)
                .baselineFrames(10)
                .keepSteppedFrames(keepSteppedFrames)
                .build();
    }

    private Transform playerTransform() {
        return game.world().get(ai.resolveReference(new EntityReference.ByName("player")), Transform.class);
    }

    @Test
    void aLiveApplyKeepsTheFramesItStepped() {
        Transform before = playerTransform();
        ApplyResult r = measuring(true).apply(submission("behaviors/spin.lua", SPIN), game, ai);
        assertThat(r.status()).as(String.valueOf(r)).isEqualTo(ApplyStatus.APPLIED);
        assertThat(playerTransform()).isNotEqualTo(before); // the player settled onto the floor meanwhile
    }

    @Test
    void aDocumentApplyRecordsTheChangeAloneSoTheProjectReopensAtIt() {
        WorldSnapshot before = game.world().snapshot();
        Transform player = playerTransform();
        ApplyResult r = measuring(false).apply(submission("behaviors/spin.lua", SPIN), game, ai);
        assertThat(r.status()).as(String.valueOf(r)).isEqualTo(ApplyStatus.APPLIED);
        assertThat(r.monitor().frames()).isEqualTo(20);
        assertThat(r.monitor().baselineMedianMillis()).isPositive();
        assertThat(playerTransform()).isEqualTo(player);
        Entity tower = ai.resolveReference(new EntityReference.ByName("tower"));
        assertThat(game.world().get(tower, ScriptComponent.class).path()).isEqualTo("behaviors/spin.lua");
        ai.project().orElseThrow().awaitSaved();
        close();
        start(SandboxConfig.DEFAULT);
        // the scene file holds the timeline's head: nothing simulated crept into either
        assertThat(ai.project().orElseThrow().warnings()).isEmpty();
        assertThat(game.world().get(tower, ScriptComponent.class).path()).isEqualTo("behaviors/spin.lua");
        game.app().call(w -> ai.timeline().orElseThrow().undo());
        assertThat(game.world().snapshot().sameContent(before)).isTrue();
    }

    @Test
    void aDocumentApplyThatIsRolledBackLeavesTheWorldExactlyAsOpened() {
        String failsLater = "local C = {}\nfunction C:on_update(dt)\n  self.n = (self.n or 0) + 1\n"
                + "  if self.n > 8 then error(\"starts failing\") end\nend\nreturn C\n";
        WorldSnapshot before = game.world().snapshot();
        ApplyResult r = measuring(false).apply(submission("behaviors/fails.lua", failsLater), game, ai);
        assertThat(r.status()).as(String.valueOf(r)).isEqualTo(ApplyStatus.ROLLED_BACK);
        assertThat(game.world().snapshot().sameContent(before)).isTrue(); // the 10 baseline frames are gone too
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path rel = from.relativize(p);
                if (rel.toString().startsWith(".luminara") || rel.toString().contains("node_modules")) continue;
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
