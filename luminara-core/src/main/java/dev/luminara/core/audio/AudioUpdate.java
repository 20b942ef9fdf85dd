package dev.luminara.core.audio;

import dev.luminara.core.CoreException;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.app.GameSystem;
import dev.luminara.core.app.Time;
import dev.luminara.core.asset.Assets;
import dev.luminara.core.component.AudioSource;
import dev.luminara.core.component.Camera;
import dev.luminara.core.component.GlobalTransform;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Vec3;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once per frame: starts {@code playOnStart} sources that appeared, carries out queued requests in order, drops sounds
 * that ended or lost their entity, refreshes gains and positions, and finds the listener (the active camera).
 */
final class AudioUpdate implements GameSystem {
    private static final Logger LOG = LoggerFactory.getLogger(AudioUpdate.class);

    @Override
    public void run(World world) {
        Audio audio = world.resource(Audio.class);
        AudioClips clips = world.resourceOrInsert(AudioClips.class, AudioClips::new);
        Assets assets = world.findResource(Assets.class).orElse(null);
        Time time = world.resource(Time.class);
        long blockStart = Audio.sampleAt(time.frame() - 1, time.hz());

        List<AudioCommand> todo = new ArrayList<>();
        world.query(AudioSource.class)
                .addedSince(AudioSource.class, audio.scannedTick)
                .forEach(AudioSource.class, (e, source) -> {
                    if (source.playOnStart()) todo.add(new AudioCommand.Play(e));
                });
        todo.sort((a, b) -> Integer.compare(a.entity().index(), b.entity().index()));
        audio.scannedTick = world.checkpoint();
        todo.addAll(audio.pending);
        audio.pending.clear();
        for (AudioCommand c : todo) {
            String problem = apply(world, audio, clips, assets, c, blockStart);
            if (problem != null) {
                LOG.warn("audio: {}", problem);
                world.events(AudioProblem.class).send(new AudioProblem(c, problem));
            }
        }
        refresh(world, audio, clips, assets, blockStart);
        audio.listener = listener(world);
    }

    /** Carries out one request; returns why it could not be, or null. */
    private static String apply(
            World world, Audio audio, AudioClips clips, Assets assets, AudioCommand c, long blockStart) {
        Entity e = c.entity();
        if (c instanceof AudioCommand.Stop) {
            audio.voices.removeIf(v -> v.entity().equals(e));
            return null;
        }
        String verb = c instanceof AudioCommand.Play ? "play" : "play a one-shot on";
        if (!world.isAlive(e)) {
            return "cannot " + verb + " " + e + ": no such entity (stale or despawned)";
        }
        AudioSource source = world.find(e, AudioSource.class).orElse(null);
        if (c instanceof AudioCommand.Play) {
            if (source == null) return "cannot play " + e + ": it has no AudioSource (add one, or use playOneShot)";
            String bad = check(clips, assets, source.clip());
            if (bad != null) return "cannot play " + e + ": " + bad;
            audio.voices.removeIf(v -> v.entity().equals(e) && !v.oneShot());
            audio.voices.add(
                    new Voice(e, source.clip(), blockStart, source.loop(), source.volume(), false, position(world, e)));
            return null;
        }
        if (c instanceof AudioCommand.PlayOneShot shot) {
            String bad = check(clips, assets, shot.clip());
            if (bad != null) return "cannot play a one-shot on " + e + ": " + bad;
            float gain = shot.volume() * (source == null ? 1f : source.volume());
            audio.voices.add(new Voice(e, shot.clip(), blockStart, false, gain, true, position(world, e)));
            return null;
        }
        throw new IllegalStateException(
                "unhandled audio command " + c.getClass().getName());
    }

    private static String check(AudioClips clips, Assets assets, String clip) {
        try {
            clips.resolve(clip, assets);
            return null;
        } catch (CoreException bad) {
            return bad.getMessage();
        }
    }

    private static void refresh(World world, Audio audio, AudioClips clips, Assets assets, long blockStart) {
        List<Voice> kept = new ArrayList<>(audio.voices.size());
        for (Voice v : audio.voices) {
            int length;
            try {
                length = clips.resolve(v.clip(), assets).length();
            } catch (CoreException gone) {
                continue;
            }
            if (!v.loop() && blockStart - v.startSample() >= length) continue;
            boolean alive = world.isAlive(v.entity());
            if (v.oneShot()) {
                kept.add(alive ? v.at(v.volume(), position(world, v.entity())) : v);
                continue;
            }
            AudioSource source =
                    alive ? world.find(v.entity(), AudioSource.class).orElse(null) : null;
            if (source == null) continue; // the entity or its source is gone
            kept.add(v.at(source.volume(), position(world, v.entity())));
        }
        audio.voices.clear();
        audio.voices.addAll(kept);
    }

    private static Vec3 position(World world, Entity e) {
        return world.find(e, GlobalTransform.class)
                .map(GlobalTransform::position)
                .orElseGet(() ->
                        world.find(e, Transform.class).map(Transform::position).orElse(null));
    }

    /** The active camera with the lowest entity index, so that the choice does not depend on storage order. */
    private static ListenerPose listener(World world) {
        Entity[] best = {null};
        world.query(Camera.class).forEach(Camera.class, (e, cam) -> {
            if (cam.active() && (best[0] == null || e.index() < best[0].index())) best[0] = e;
        });
        if (best[0] == null) return null;
        Entity e = best[0];
        return world.find(e, GlobalTransform.class)
                .map(g -> new ListenerPose(g.position(), g.rotation()))
                .orElseGet(() -> world.find(e, Transform.class)
                        .map(t -> new ListenerPose(t.position(), t.rotation()))
                        .orElse(null));
    }
}
