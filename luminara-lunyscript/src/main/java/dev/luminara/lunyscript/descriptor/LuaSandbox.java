package dev.luminara.lunyscript.descriptor;

import dev.luminara.lunyscript.DescriptorException;
import java.io.StringReader;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LoadState;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.compiler.LuaC;
import org.luaj.vm2.lib.BaseLib;
import org.luaj.vm2.lib.PackageLib;
import org.luaj.vm2.lib.StringLib;
import org.luaj.vm2.lib.TableLib;
import org.luaj.vm2.lib.VarArgFunction;
import org.luaj.vm2.lib.jse.JseMathLib;

/**
 * A Lua state for descriptors: base, string, table and math libraries only (no io, os, package, luajava, debug), and a
 * {@code dofile} that reads only from the descriptor folder and remembers which file each returned table came from,
 * so that errors name the right file.
 */
final class LuaSandbox {
    private static final Pattern CHUNK_LINE = Pattern.compile("^([^:\\s]+\\.lua):(\\d+): ?(.*)$", Pattern.DOTALL);

    private final DescriptorFiles files;
    private final Globals globals = new Globals();
    private final Map<LuaValue, String> tableFiles = new IdentityHashMap<>();
    private DescriptorException nested;

    LuaSandbox(DescriptorFiles files) {
        this.files = files;
        globals.load(new BaseLib());
        // The libraries register themselves in package.loaded; package (and require) are removed again below.
        globals.load(new PackageLib());
        globals.load(new TableLib());
        globals.load(new StringLib());
        globals.load(new JseMathLib());
        LoadState.install(globals);
        LuaC.install(globals);
        globals.finder = name -> null;
        for (String unsafe : new String[] {"loadfile", "collectgarbage", "print", "require", "module", "package"}) {
            globals.set(unsafe, LuaValue.NIL);
        }
        globals.set("dofile", new DoFile());
        // string.dump would hand out bytecode; descriptors have no use for it.
        globals.get("string").set("dump", LuaValue.NIL);
    }

    /** Runs a file of the folder and returns its value; Lua errors become {@link DescriptorException}s. */
    LuaValue run(String file) {
        try {
            return evaluate(file);
        } catch (LuaError e) {
            // A failure inside a dofile'd file keeps that file's own, located exception.
            if (nested != null) throw nested;
            throw located(file, e);
        }
    }

    /** The file a table was returned from by {@code dofile}, or null for tables built in the main file. */
    String fileOf(LuaValue table) {
        return tableFiles.get(table);
    }

    private LuaValue evaluate(String file) {
        String text = files.read(file);
        LuaValue chunk;
        try {
            // '@' makes Lua name the chunk as a file in messages: "b.lua:3: ..."
            chunk = globals.load(new StringReader(text), "@" + file);
        } catch (LuaError e) {
            throw located(file, e);
        }
        LuaValue result = chunk.call();
        if (result.istable()) {
            tableFiles.putIfAbsent(result, file);
        }
        return result;
    }

    static DescriptorException located(String file, LuaError e) {
        String message = String.valueOf(e.getMessage());
        Matcher m = CHUNK_LINE.matcher(message.strip());
        if (m.matches()) {
            return new DescriptorException(m.group(1), "", "line " + m.group(2) + ": " + m.group(3), e);
        }
        return new DescriptorException(file, "", message, e);
    }

    private final class DoFile extends VarArgFunction {
        @Override
        public Varargs invoke(Varargs args) {
            LuaValue name = args.arg1();
            if (!name.isstring()) {
                throw new LuaError("dofile expects a file name, got " + name.typename());
            }
            try {
                return evaluate(name.tojstring());
            } catch (DescriptorException e) {
                if (nested == null) nested = e;
                throw new LuaError(e.getMessage());
            } catch (LuaError e) {
                if (nested == null) nested = located(name.tojstring(), e);
                throw e;
            }
        }
    }
}
