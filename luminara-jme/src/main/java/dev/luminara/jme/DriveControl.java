package dev.luminara.jme;

import com.jme3.math.Vector3f;
import com.jme3.renderer.RenderManager;
import com.jme3.renderer.ViewPort;
import com.jme3.scene.control.AbstractControl;

/**
 * A vehicle's motion on jMonkeyEngine: a linear velocity integrated into the spatial's local translation each logical
 * update, and a steering angle. No verb needs collisions or forces, so a plain control models it: a physics library
 * (Minie, jme3-jbullet) would add native Bullet or an unmaintained port for nothing. A disabled control does not move.
 */
public final class DriveControl extends AbstractControl {
    private final Vector3f linearVelocity = new Vector3f();
    private float steerAngle;

    public Vector3f getLinearVelocity() {
        return linearVelocity.clone();
    }

    public void setLinearVelocity(Vector3f velocity) {
        linearVelocity.set(velocity);
    }

    /** Speed in m/s: the length of the linear velocity. */
    public float getSpeed() {
        return linearVelocity.length();
    }

    public float getSteerAngle() {
        return steerAngle;
    }

    public void setSteerAngle(float degrees) {
        steerAngle = degrees;
    }

    @Override
    protected void controlUpdate(float tpf) {
        if (!linearVelocity.equals(Vector3f.ZERO)) {
            spatial.move(linearVelocity.mult(tpf));
        }
    }

    @Override
    protected void controlRender(RenderManager rm, ViewPort vp) {
        // Nothing to draw: LunyScript runs jME headless.
    }
}
