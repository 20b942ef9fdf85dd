package dev.luminara.script.lua.internal;

import dev.luminara.script.ScriptLocation;
import dev.luminara.script.ScriptRuntimeException;
import java.lang.reflect.Field;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.Prototype;

/** Turns LuaJ's errors into {@link ScriptRuntimeException}s with the script file, the line and a traceback. */
final class LuaErrors {
    private static final Field FILELINE = field("fileline");
    private static final Field TRACEBACK = field("traceback");
    private static final Pattern LOCATION = Pattern.compile("^@?([^:\\s]+):(\\d+):? ?(.*)$", Pattern.DOTALL);

    private LuaErrors() {}

    private static Field field(String name) {
        try {
            Field f = LuaError.class.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("LuaJ's LuaError has no field " + name, e);
        }
    }

    /** A prototype's chunk name without LuaJ's leading {@code @}. */
    static String source(Prototype p) {
        String s = p.source == null ? "?" : p.source.tojstring();
        return s.startsWith("@") || s.startsWith("=") ? s.substring(1) : s;
    }

    static ScriptRuntimeException convert(LuaError e, SandboxHook hook, String fallbackFile) {
        String fileline = read(FILELINE, e);
        if (e instanceof ModuleLoadError m) {
            String at = fileline == null ? "" : " (required at " + fileline.replaceFirst("^@", "") + ")";
            return new ScriptRuntimeException(m.module(), m.detail() + at, "", e);
        }
        String traceback = read(TRACEBACK, e);
        String message = e.getMessage() == null ? "error" : e.getMessage();
        if (traceback != null) {
            int cut = message.indexOf("\nstack traceback:");
            if (cut >= 0) message = message.substring(0, cut);
        }
        String file = fallbackFile;
        int line = 0;
        if (fileline != null) {
            if (message.startsWith(fileline + " ")) message = message.substring(fileline.length() + 1);
            Matcher m = LOCATION.matcher(fileline);
            if (m.matches()) {
                file = m.group(1);
                line = Integer.parseInt(m.group(2));
            }
        }
        Matcher inMessage = LOCATION.matcher(message);
        if (inMessage.matches()) {
            if (line == 0) {
                file = inMessage.group(1);
                line = Integer.parseInt(inMessage.group(2));
            }
            message = inMessage.group(3);
        }
        if (line == 0 && hook != null) {
            String[] where = hook.where();
            if (where != null) {
                file = where[0];
                line = Integer.parseInt(where[1]);
            }
        }
        String tb = traceback == null ? "" : traceback.substring(Math.max(0, traceback.indexOf("stack traceback:")));
        return new ScriptRuntimeException(new ScriptLocation(file, line), message.strip(), tb, e);
    }

    private static String read(Field f, LuaError e) {
        try {
            return (String) f.get(e);
        } catch (IllegalAccessException ex) {
            return null;
        }
    }
}
