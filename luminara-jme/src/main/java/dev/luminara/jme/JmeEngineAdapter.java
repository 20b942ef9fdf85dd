package dev.luminara.jme;

import com.jme3.audio.AudioKey;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import com.jme3.scene.control.Control;
import com.jme3.system.JmeVersion;
import dev.luminara.lunyscript.EngineAdapter;
import dev.luminara.lunyscript.EngineInfo;
import dev.luminara.lunyscript.SemanticVersion;
import java.util.Map;

/**
 * LunyScript on jMonkeyEngine 3, headless: the scene graph is used without a {@code JmeContext} (the caller drives
 * {@code updateLogicalState}/{@code updateGeometricState}). Objects are {@link Spatial}s; components are their
 * {@link Control}s; assets resolve to {@link AudioKey}s under {@code Sounds/}.
 */
public final class JmeEngineAdapter implements EngineAdapter {
    public static final String ENGINE = "JME";

    private final Node root;
    private final Map<String, String> assets;

    public JmeEngineAdapter(Node root) {
        this(root, Map.of("HornSound", "Sounds/horn.wav"));
    }

    public JmeEngineAdapter(Node root, Map<String, String> assets) {
        this.root = root;
        this.assets = Map.copyOf(assets);
    }

    /** The running jME version, e.g. 3.9.0 for {@code 3.9.0-stable}. */
    public static SemanticVersion version() {
        return SemanticVersion.parse(JmeVersion.VERSION_NUMBER);
    }

    public Node root() {
        return root;
    }

    public JmeObject object(Spatial spatial) {
        return new JmeObject(spatial, root);
    }

    @Override
    public EngineInfo info() {
        return new EngineInfo(ENGINE, version());
    }

    @Override
    public Class<?> objectType() {
        return Spatial.class;
    }

    @Override
    public Object component(Object nativeObject, Class<?> type) {
        if (!Control.class.isAssignableFrom(type)) return null;
        return ((Spatial) nativeObject).getControl(type.asSubclass(Control.class));
    }

    @Override
    public Object lookupAsset(String name, Class<?> type) {
        String path = assets.get(name);
        if (path == null) return null;
        return type == String.class ? path : new AudioKey(path);
    }

    @Override
    public Object lookupObject(String name) {
        Spatial s = root.getChild(name);
        return s == null ? null : s;
    }
}
