package dev.luminara.ai.command;

/** Short human descriptions of commands, for messages, summaries and logs. */
public final class CommandText {
    private CommandText() {}

    public static String describe(EngineCommand c) {
        if (c instanceof EngineCommand.SpawnEntity s) {
            String name =
                    s.template().name() == null ? "" : " \"" + s.template().name() + "\"";
            return "SpawnEntity" + (s.entity() == null ? "" : " " + s.entity()) + name
                    + (s.position() == null ? "" : " at " + vec(s.position()))
                    + (s.parent() == null ? "" : " under " + s.parent());
        } else if (c instanceof EngineCommand.DestroyEntity d) {
            return "DestroyEntity " + d.entity();
        } else if (c instanceof EngineCommand.RestoreEntities r) {
            return "RestoreEntities " + (r.entities().isEmpty() ? "(none)" : r.root())
                    + (r.entities().size() > 1 ? " and " + (r.entities().size() - 1) + " descendants" : "");
        } else if (c instanceof EngineCommand.SetParent p) {
            return "SetParent " + p.entity() + " under " + (p.parent() == null ? "(root)" : p.parent());
        } else if (c instanceof EngineCommand.AddComponent a) {
            return "AddComponent " + a.component() + " to " + a.entity();
        } else if (c instanceof EngineCommand.RemoveComponent r) {
            return "RemoveComponent " + r.component() + " from " + r.entity();
        } else if (c instanceof EngineCommand.ModifyComponent m) {
            return "ModifyComponent " + m.component() + " of " + m.entity();
        } else if (c instanceof EngineCommand.CreateScript s) {
            return "CreateScript " + s.path();
        } else if (c instanceof EngineCommand.ModifyScript s) {
            return "ModifyScript " + s.path();
        } else if (c instanceof EngineCommand.DeleteScript s) {
            return "DeleteScript " + s.path();
        } else if (c instanceof EngineCommand.WriteScriptBytes s) {
            return "WriteScriptBytes " + s.path() + " (" + s.size() + " bytes)";
        }
        throw new IllegalStateException("unhandled command " + c.getClass().getSimpleName());
    }

    public static String vec(dev.luminara.core.math.Vec3 v) {
        return "(" + num(v.x()) + ", " + num(v.y()) + ", " + num(v.z()) + ")";
    }

    /** A float with at most two decimals and no trailing zeros: what digests and summaries print. */
    public static String num(float f) {
        if (f == Math.rint(f) && Math.abs(f) < 1e7) return String.valueOf((long) f);
        String s = String.format(java.util.Locale.ROOT, "%.2f", f);
        while (s.endsWith("0")) s = s.substring(0, s.length() - 1);
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
