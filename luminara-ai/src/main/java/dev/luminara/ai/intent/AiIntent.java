package dev.luminara.ai.intent;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.luminara.ai.command.ComponentMutation;
import dev.luminara.ai.command.EntityTemplate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What an agent wants, in terms that stay valid as the world changes ("3 crates 2 m in front of the player").
 * {@link IntentResolver} turns an intent into concrete {@code EngineCommand}s against the current world.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = AiIntent.SpawnRelative.class, name = "SpawnRelative"),
    @JsonSubTypes.Type(value = AiIntent.ModifyMatching.class, name = "ModifyMatching"),
    @JsonSubTypes.Type(value = AiIntent.AttachBehavior.class, name = "AttachBehavior")
})
public sealed interface AiIntent {

    /**
     * Spawns {@code count} entities from {@code template} at {@code offset} from {@code anchor}. Several at a fixed
     * point are laid out in a row across the anchor's facing, {@code spacing} metres apart; random offsets give each
     * its own point. A name is made unique ({@code crate}, {@code crate_2}, …).
     */
    record SpawnRelative(
            EntityReference anchor, RelativePosition offset, EntityTemplate template, Integer count, Float spacing)
            implements AiIntent {
        public SpawnRelative {
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(offset, "offset");
            template = template == null ? EntityTemplate.EMPTY : template;
            count = count == null ? 1 : count;
            spacing = spacing == null ? 1f : spacing;
        }
    }

    /** Applies {@code mutation} to the {@code component} of every entity {@code target} matches. */
    record ModifyMatching(EntityReference target, String component, ComponentMutation mutation) implements AiIntent {
        public ModifyMatching {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(component, "component");
            Objects.requireNonNull(mutation, "mutation");
        }
    }

    /** Writes a script from {@code behavior} with its parameters filled in and attaches it to {@code target}. */
    record AttachBehavior(EntityReference target, BehaviorTemplate behavior, Map<String, DynamicReference> parameters)
            implements AiIntent {
        public AttachBehavior {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(behavior, "behavior");
            parameters =
                    parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
        }
    }
}
