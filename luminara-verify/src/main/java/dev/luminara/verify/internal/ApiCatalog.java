package dev.luminara.verify.internal;

import dev.luminara.lunyscript.verb.Verb;
import dev.luminara.lunyscript.verb.VerbTable;
import dev.luminara.script.ApiBinding;
import dev.luminara.script.ApiModule;
import dev.luminara.script.ApiRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** What scripts may call: the host's API registry, and the LunyScript verbs with their contracts (ParamSpecs). */
public final class ApiCatalog {
    private final ApiRegistry api;
    private final VerbTable verbs;
    private final Set<String> moduleNames = new TreeSet<>();
    private final List<String> qualified = new ArrayList<>();

    public ApiCatalog(ApiRegistry api, VerbTable verbs) {
        this.api = api;
        this.verbs = verbs;
        for (ApiModule m : api.modules()) moduleNames.add(m.name());
        for (ApiBinding b : api.bindings()) qualified.add(b.qualifiedName());
    }

    public ApiRegistry api() {
        return api;
    }

    public boolean isModule(String name) {
        return moduleNames.contains(name);
    }

    public Set<String> moduleNames() {
        return moduleNames;
    }

    public Optional<ApiModule> module(String name) {
        return api.module(name);
    }

    public Optional<ApiBinding> find(String qualifiedName) {
        return api.find(qualifiedName);
    }

    /** Every {@code module.function}. */
    public List<String> qualifiedNames() {
        return qualified;
    }

    /** The LunyScript verb behind {@code Domain.Name}, if that function is one. */
    public Optional<Verb> verb(String qualifiedName) {
        return verbs.find(qualifiedName);
    }
}
