package dev.luminara.jme;

import com.jme3.scene.Spatial;
import com.jme3.scene.control.AbstractControl;
import com.jme3.scene.control.Control;
import dev.luminara.lunyscript.LunyObject;

/**
 * A jME spatial as LunyScript sees it. Alive while it is attached to a scene graph (Destroy detaches it); enabled
 * while every {@link AbstractControl} on it is enabled (Object.SetDisabled disables its DriveControl).
 */
public final class JmeObject implements LunyObject {
    private final Spatial spatial;
    private final Spatial root;

    /** @param root the scene root; the object is alive while it is {@code root} or under it */
    public JmeObject(Spatial spatial, Spatial root) {
        this.spatial = spatial;
        this.root = root;
    }

    @Override
    public Object nativeObject() {
        return spatial;
    }

    public Spatial spatial() {
        return spatial;
    }

    @Override
    public String name() {
        return spatial.getName() == null ? "spatial" : spatial.getName();
    }

    @Override
    public boolean isAlive() {
        for (Spatial s = spatial; s != null; s = s.getParent()) {
            if (s == root) return true;
        }
        return false;
    }

    @Override
    public boolean isEnabled() {
        for (int i = 0; i < spatial.getNumControls(); i++) {
            Control c = spatial.getControl(i);
            if (c instanceof AbstractControl a && !a.isEnabled()) return false;
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JmeObject j && j.spatial == spatial;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(spatial);
    }
}
