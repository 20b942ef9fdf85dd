package dev.luminara.core.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.WorldSnapshot;
import dev.luminara.core.app.App;
import dev.luminara.core.app.Stage;
import dev.luminara.core.app.TransformPlugin;
import dev.luminara.core.component.AudioSource;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Vec3;
import java.util.List;
import org.junit.jupiter.api.Test;

class AudioTest {
    private static App app() {
        return App.builder()
                .plugin(new TransformPlugin())
                .plugin(new AudioPlugin())
                .build();
    }

    private static Audio audio(App app) {
        return app.world().resource(Audio.class);
    }

    private static List<String> problems(App app) {
        return app.world().events(AudioProblem.class).all().stream()
                .map(AudioProblem::message)
                .toList();
    }

    @Test
    void playOnStartSourcesStartInTheirFirstFrameAndOnlyOnce() {
        App app = app();
        Entity horn = app.world().spawn(Transform.at(1, 0, 0), new AudioSource("tone:440", 0.8f, true, true));
        app.world().spawn(Transform.at(2, 0, 0), new AudioSource("tone:220", 1f, false, false));
        app.step();
        assertThat(audio(app).voices())
                .containsExactly(new Voice(horn, "tone:440", 0, true, 0.8f, false, new Vec3(1, 0, 0)));
        app.runFrames(100);
        assertThat(audio(app).voices()).hasSize(1);
        assertThat(audio(app).voices().get(0).startSample()).isZero();
    }

    @Test
    void aSoundEndsAfterItsClipUnlessItLoops() {
        App app = app();
        Entity beep = app.world().spawn(new AudioSource("tone:880:0.1", 1f, false, true));
        app.step();
        assertThat(audio(app).isPlaying(beep)).isTrue();
        app.runFrames(6); // frame 7 starts at 0.1 s: the clip has played out
        assertThat(audio(app).isPlaying(beep)).isFalse();
    }

    @Test
    void playStopAndOneShotsAreCarriedOutInOrderWithinTheFrame() {
        App app = App.builder()
                .plugin(new AudioPlugin())
                .system(Stage.SCRIPTS, "script", w -> {
                    long f = w.resource(dev.luminara.core.app.Time.class).frame();
                    Entity car = w.query(Name.class).entities().get(0);
                    Audio a = w.resource(Audio.class);
                    if (f == 2) a.play(car);
                    if (f == 3) a.playOneShot(car, "tone:660:0.05", 0.5f);
                    if (f == 4) {
                        a.stop(car);
                        a.play(car);
                    }
                    if (f == 5) a.stop(car);
                })
                .build();
        app.world().spawn(new Name("car"), new AudioSource("tone:440", 0.5f, true, false));
        app.step();
        assertThat(audio(app).voices()).isEmpty();
        app.step();
        assertThat(audio(app).voices()).extracting(Voice::clip).containsExactly("tone:440");
        app.step();
        assertThat(audio(app).voices()).extracting(Voice::clip).containsExactly("tone:440", "tone:660:0.05");
        assertThat(audio(app).voices().get(1).volume())
                .as("one-shot volume times the source's")
                .isEqualTo(0.25f);
        app.step();
        Voice restarted = audio(app).voices().get(0);
        assertThat(audio(app).voices()).hasSize(1);
        assertThat(restarted.startSample()).isEqualTo(Audio.sampleAt(3, 60));
        app.step();
        assertThat(audio(app).voices()).isEmpty();
        assertThat(problems(app)).isEmpty();
    }

    @Test
    void badRequestsAreReportedAndChangeNothing() {
        App app = app();
        World w = app.world();
        Entity silent = w.spawn(new Name("silent"));
        Entity gone = w.spawn(new Name("gone"));
        w.despawn(gone);
        Entity broken = w.spawn(new AudioSource("tone:loud", 1f, false, false));
        audio(app).play(silent);
        audio(app).play(gone);
        audio(app).play(broken);
        audio(app).playOneShot(silent, "sounds/missing.wav");
        app.step();
        assertThat(audio(app).voices()).isEmpty();
        assertThat(problems(app))
                .containsExactly(
                        "cannot play " + silent + ": it has no AudioSource (add one, or use playOneShot)",
                        "cannot play " + gone + ": no such entity (stale or despawned)",
                        "cannot play " + broken + ": clip 'tone:loud': expected tone:<hz>[:<seconds>], e.g. tone:440 or"
                                + " tone:440:0.5",
                        "cannot play a one-shot on " + silent + ": sounds/missing.wav: no such file under the asset"
                                + " root "
                                + w.resource(dev.luminara.core.asset.Assets.class)
                                        .root()
                                + " (folder sounds does not exist)");
        assertThatThrownBy(() -> audio(app).playOneShot(silent, "tone:440", 2f))
                .isInstanceOf(AudioException.class)
                .hasMessage("one-shot volume must be within [0, 1], got 2.0");
    }

    @Test
    void sourceSoundsFollowTheirEntityAndStopWithItButOneShotsFinish() {
        App app = app();
        World w = app.world();
        Entity car = w.spawn(Transform.at(0, 0, 0), new AudioSource("tone:440", 1f, true, true));
        app.step();
        w.set(car, Transform.at(5, 0, 0));
        app.step();
        assertThat(audio(app).voices().get(0).position()).isEqualTo(new Vec3(5, 0, 0));
        audio(app).playOneShot(car, "tone:300:0.5");
        app.step();
        w.despawn(car);
        app.step();
        assertThat(audio(app).voices()).hasSize(1);
        Voice shot = audio(app).voices().get(0);
        assertThat(shot.oneShot()).isTrue();
        assertThat(shot.position()).as("where the car was last").isEqualTo(new Vec3(5, 0, 0));
    }

    @Test
    void removingTheAudioSourceStopsItsSound() {
        App app = app();
        Entity e = app.world().spawn(new AudioSource("tone:440", 1f, true, true));
        app.step();
        app.world().remove(e, AudioSource.class);
        app.step();
        assertThat(audio(app).isPlaying(e)).isFalse();
    }

    @Test
    void whatIsPlayingIsPartOfSnapshots() {
        App app = app();
        Entity e = app.world().spawn(new AudioSource("tone:440", 1f, true, false));
        app.runFrames(3);
        WorldSnapshot silence = app.world().snapshot();
        audio(app).play(e);
        app.step();
        WorldSnapshot playing = app.world().snapshot();
        app.world().restore(silence);
        assertThat(audio(app).voices()).isEmpty();
        app.world().restore(playing);
        assertThat(audio(app).isPlaying(e)).isTrue();
        // a restored world does not replay playOnStart for entities it already had
        app.world().restore(silence);
        app.step();
        assertThat(audio(app).voices()).isEmpty();
    }

    @Test
    void everyCommandIsHandled() {
        App app = app();
        Entity e = app.world().spawn(new AudioSource("tone:440", 1f, false, false));
        List<AudioCommand> all = List.of(
                new AudioCommand.Play(e), new AudioCommand.PlayOneShot(e, "tone:220", 1f), new AudioCommand.Stop(e));
        assertThat(all.stream().map(Object::getClass).toList())
                .containsExactlyInAnyOrder(AudioCommand.class.getPermittedSubclasses());
        all.forEach(audio(app)::send);
        app.step();
        assertThat(problems(app)).isEmpty();
        assertThat(audio(app).voices()).isEmpty();
    }
}
