package dev.luminara.mcp.internal;

import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;

/** Prompts for common tasks, each with one required argument (refused as invalid params when missing or blank). */
final class Prompts {
    private Prompts() {}

    static void install(McpServer.SyncSpecification<?> spec) {
        spec.prompts(
                prompt(
                        "add_near_player",
                        "Add something next to the player",
                        "thing",
                        "Look at the world with world_digest, then use intent_apply with a SpawnRelative intent"
                                + " anchored on the player to add: {{thing}}. Check the result with viewport_capture"
                                + " and undo with timeline_undo if it looks wrong."),
                prompt(
                        "playtest",
                        "Play-test a mechanic with scripted input",
                        "goal",
                        "Play-test: {{goal}}. Pause with sim_pause, script input with input_simulate (run frames),"
                                + " then inspect with world_digest/entity_get and viewport_capture. Report what"
                                + " happened."),
                prompt(
                        "review_change",
                        "Explain what an operation changed",
                        "operation",
                        "Call viewport_compare for operation {{operation}} and timeline_log; describe what changed"
                                + " on screen and in the world, and whether anything unexpected changed."));
    }

    /**
     * A prompt's one argument, which every prompt requires: missing or blank is the protocol's invalid params naming
     * it (no default: a review of "the newest operation" would silently review another one once the head moves).
     */
    static String required(String prompt, String argument, Object value) {
        String text = value == null ? "" : String.valueOf(value).strip();
        if (text.isEmpty()) {
            throw McpError.builder(McpSchema.ErrorCodes.INVALID_PARAMS)
                    .message(prompt + ": argument '" + argument + "' is required"
                            + (argument.equals("operation") ? " (an operation id from timeline_log)" : ""))
                    .build();
        }
        return text;
    }

    private static McpServerFeatures.SyncPromptSpecification prompt(
            String name, String description, String argument, String template) {
        McpSchema.Prompt p = McpSchema.Prompt.builder(name)
                .description(description)
                .arguments(List.of(McpSchema.PromptArgument.builder(argument)
                        .description(argument)
                        .required(true)
                        .build()))
                .build();
        return new McpServerFeatures.SyncPromptSpecification(p, (exchange, request) -> {
            Map<String, Object> args = request.arguments() == null ? Map.of() : request.arguments();
            String text = template.replace("{{" + argument + "}}", required(name, argument, args.get(argument)));
            McpSchema.PromptMessage message = McpSchema.PromptMessage.builder(
                            McpSchema.Role.USER,
                            McpSchema.TextContent.builder(text).build())
                    .build();
            return McpSchema.GetPromptResult.builder(List.of(message))
                    .description(description)
                    .build();
        });
    }
}
