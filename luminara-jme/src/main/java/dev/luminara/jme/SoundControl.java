package dev.luminara.jme;

import com.jme3.audio.AudioKey;
import com.jme3.renderer.RenderManager;
import com.jme3.renderer.ViewPort;
import com.jme3.scene.control.AbstractControl;
import java.util.ArrayList;
import java.util.List;

/**
 * One-shot sounds for a spatial. Headless jME has no audio renderer, so an {@code AudioNode} cannot play; this control
 * records each request (what tests and a later mixer read). A game with audio binds {@code AudioNode.playInstance}.
 */
public final class SoundControl extends AbstractControl {
    private final List<String> played = new ArrayList<>();

    public void playOneShot(AudioKey clip) {
        played.add(clip.getName());
    }

    /** Asset names of the sounds requested so far, oldest first. */
    public List<String> played() {
        return List.copyOf(played);
    }

    @Override
    protected void controlUpdate(float tpf) {
        // Requests are recorded when made.
    }

    @Override
    protected void controlRender(RenderManager rm, ViewPort vp) {
        // Nothing to draw.
    }
}
