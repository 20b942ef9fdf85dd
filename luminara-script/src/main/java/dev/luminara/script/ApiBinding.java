package dev.luminara.script;

/** A registered function with its module: what runtimes bind once and call many times. */
public record ApiBinding(ApiModule module, ApiFunction function, String qualifiedName) {
    public ApiBinding(ApiModule module, ApiFunction function) {
        this(module, function, module.name() + "." + function.name());
    }
}
