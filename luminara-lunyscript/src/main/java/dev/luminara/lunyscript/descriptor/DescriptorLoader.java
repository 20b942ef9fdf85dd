package dev.luminara.lunyscript.descriptor;

import dev.luminara.lunyscript.lock.ContractLock;
import java.nio.file.Path;

/**
 * Loads {@code lunyscript_api.lua} and the engine bindings files it pulls in with {@code dofile}, in a sandboxed Lua
 * state that reads only the descriptor folder. Lua functions found in the descriptor (inline transforms) stay bound to
 * that state, which lives as long as the returned descriptor.
 */
public final class DescriptorLoader {
    public static final String DEFAULT_FILE = "lunyscript_api.lua";

    private DescriptorLoader() {}

    /** Loads a descriptor file; its folder is the only one it may read. */
    public static Descriptor load(Path apiFile) {
        Path folder = apiFile.toAbsolutePath().getParent();
        return load(DescriptorFiles.folder(folder), apiFile.getFileName().toString());
    }

    /** Loads and, when the folder has a {@code lunyscript.lock}, refuses contract changes under the same version. */
    public static Descriptor load(DescriptorFiles files, String mainFile) {
        Descriptor d = loadUnlocked(files, mainFile);
        ContractLock.verify(d);
        return d;
    }

    /** Loads without the lock check: for {@code luminara api lock --update}, which writes a new lock. */
    public static Descriptor loadUnlocked(DescriptorFiles files, String mainFile) {
        LuaSandbox sandbox = new LuaSandbox(files);
        return new DescriptorReader(sandbox, mainFile).read(sandbox.run(mainFile), files);
    }

    /** The descriptors that ship with LunyScript (class-path folder {@code lunyscript/}). */
    public static Descriptor builtIn() {
        return load(DescriptorFiles.classpath(DescriptorLoader.class.getClassLoader(), "lunyscript"), DEFAULT_FILE);
    }
}
