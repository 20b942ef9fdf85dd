package dev.luminara.mcp.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Every tool, resource and prompt over one engine, and how they are installed on an SDK server. */
public final class Toolset {
    public static final String SERVER_NAME = "luminara";
    public static final String VERSION = "0.1.0";

    private final EngineHost host;
    private final List<ToolSpec> tools;

    public Toolset(EngineHost host) {
        this.host = host;
        List<ToolSpec> all = new ArrayList<>();
        all.addAll(WorldTools.all(host));
        all.addAll(SceneTools.all(host));
        all.addAll(TimelineTools.all(host));
        all.addAll(SimTools.all(host));
        all.addAll(ScriptTools.all(host));
        all.addAll(ViewTools.all(host));
        all.add(VerbTools.call(host));
        this.tools = Collections.unmodifiableList(all);
    }

    public List<ToolSpec> tools() {
        return tools;
    }

    public EngineHost host() {
        return host;
    }

    /** A JSON mapper whose exceptions serialise as a message only (no stack traces in HTTP bodies). */
    public static McpJsonMapper jsonMapper() {
        ObjectMapper m = new ObjectMapper()
                .findAndRegisterModules()
                .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .setDefaultPropertyInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
                .addMixIn(Throwable.class, MessageOnly.class);
        return new JacksonMcpJsonMapper(m);
    }

    @JsonIgnoreProperties({"stackTrace", "cause", "suppressed", "localizedMessage"})
    abstract static class MessageOnly {}

    /** Installs everything on an SDK server specification and builds it. */
    public McpSyncServer build(McpServer.SyncSpecification<?> spec, RateLimiter limiter) {
        spec.serverInfo(SERVER_NAME, VERSION)
                .instructions("Luminara game engine. Start with world_digest; every change is undoable (timeline_*).")
                .capabilities(McpSchema.ServerCapabilities.builder()
                        .tools(false)
                        .resources(false, false)
                        .prompts(false)
                        .logging()
                        .build());
        for (ToolSpec t : tools) spec.tools(ToolRunner.toSdk(t, limiter));
        Resources.install(spec, host, this);
        Prompts.install(spec);
        return spec.build();
    }
}
