package dev.luminara.ai.testing;

import dev.luminara.ai.command.ComponentMutation;
import dev.luminara.ai.command.EngineCommand;
import dev.luminara.ai.context.DigestLevel;
import dev.luminara.ai.intent.AiIntent;
import dev.luminara.ai.intent.DynamicReference;
import dev.luminara.ai.intent.EntityReference;
import dev.luminara.ai.intent.RelativePosition;
import java.util.LinkedHashMap;
import java.util.Map;

/** One JSON example per variant of every closed set, as tools send them and docs/architecture.md shows them. */
public final class JsonExamples {
    private JsonExamples() {}

    public static final Map<Class<?>, String> EXAMPLES = new LinkedHashMap<>();

    static {
        example(
                AiIntent.SpawnRelative.class,
                "{\"type\":\"SpawnRelative\",\"anchor\":{\"type\":\"ByName\",\"name\":\"player\"},"
                        + "\"offset\":{\"type\":\"Forward\",\"distance\":2.0},\"template\":{\"name\":\"crate\",\"tags\":[\"prop\"],"
                        + "\"components\":{\"MeshShape\":{\"kind\":\"BOX\",\"color\":\"brown\"}}},\"count\":3,\"spacing\":1.0}");
        example(
                AiIntent.ModifyMatching.class,
                "{\"type\":\"ModifyMatching\",\"target\":{\"type\":\"ByTag\",\"tag\":\"enemy\"},"
                        + "\"component\":\"MeshShape\",\"mutation\":{\"type\":\"SetField\",\"path\":\"color\",\"value\":\"red\"}}");
        example(
                AiIntent.AttachBehavior.class,
                "{\"type\":\"AttachBehavior\",\"target\":{\"type\":\"Semantic\","
                        + "\"description\":\"the red enemy near the tower\"},\"behavior\":{\"name\":\"patrol\",\"language\":\"lua\"},"
                        + "\"parameters\":{\"to\":{\"type\":\"PositionOf\",\"entity\":{\"type\":\"ByName\",\"name\":\"tower\"}},"
                        + "\"speed\":{\"type\":\"Literal\",\"value\":3}}}");
        example(EntityReference.ByName.class, "{\"type\":\"ByName\",\"name\":\"tower\"}");
        example(EntityReference.ById.class, "{\"type\":\"ById\",\"id\":\"12v0\"}");
        example(EntityReference.ByTag.class, "{\"type\":\"ByTag\",\"tag\":\"player\"}");
        example(EntityReference.ByComponent.class, "{\"type\":\"ByComponent\",\"component\":\"Camera\"}");
        example(
                EntityReference.Nearest.class,
                "{\"type\":\"Nearest\",\"to\":{\"type\":\"ByTag\",\"tag\":\"player\"}," + "\"withTag\":\"enemy\"}");
        example(
                EntityReference.Semantic.class,
                "{\"type\":\"Semantic\",\"description\":\"the red enemy near the tower\"}");
        example(RelativePosition.Forward.class, "{\"type\":\"Forward\",\"distance\":2.0}");
        example(RelativePosition.Above.class, "{\"type\":\"Above\",\"height\":3.0}");
        example(RelativePosition.AtOffset.class, "{\"type\":\"AtOffset\",\"offset\":[1.0,0.0,-2.0]}");
        example(RelativePosition.RandomInRadius.class, "{\"type\":\"RandomInRadius\",\"radius\":5.0,\"seed\":42}");
        example(RelativePosition.RandomReachable.class, "{\"type\":\"RandomReachable\",\"radius\":10.0,\"seed\":7}");
        example(DynamicReference.Literal.class, "{\"type\":\"Literal\",\"value\":[1,0,2]}");
        example(
                DynamicReference.EntityOf.class,
                "{\"type\":\"EntityOf\",\"entity\":{\"type\":\"ByTag\",\"tag\":\"player\"}}");
        example(
                DynamicReference.PositionOf.class,
                "{\"type\":\"PositionOf\",\"entity\":{\"type\":\"ByName\",\"name\":\"tower\"}}");
        example(
                EngineCommand.SpawnEntity.class,
                "{\"type\":\"SpawnEntity\",\"entity\":\"20v0\",\"template\":{\"name\":\"crate\","
                        + "\"tags\":[],\"components\":{\"MeshShape\":{\"kind\":\"BOX\"}}},\"position\":[0.0,0.9,6.0],\"parent\":\"12v0\"}");
        example(EngineCommand.DestroyEntity.class, "{\"type\":\"DestroyEntity\",\"entity\":\"20v0\"}");
        example(
                EngineCommand.RestoreEntities.class,
                "{\"type\":\"RestoreEntities\",\"entities\":[{\"id\":\"20v0\",\"components\":"
                        + "{\"Name\":{\"value\":\"crate\"},\"Parent\":{\"entity\":\"12v0\"}}}],\"parent\":\"12v0\","
                        + "\"parentChildren\":[\"13v0\",\"20v0\"]}");
        example(
                EngineCommand.SetParent.class,
                "{\"type\":\"SetParent\",\"entity\":\"18v0\",\"parent\":\"12v0\",\"index\":0}");
        example(
                EngineCommand.AddComponent.class,
                "{\"type\":\"AddComponent\",\"entity\":\"7v0\",\"component\":\"Velocity\","
                        + "\"value\":{\"linear\":[0.0,0.0,-3.0]}}");
        example(
                EngineCommand.RemoveComponent.class,
                "{\"type\":\"RemoveComponent\",\"entity\":\"7v0\",\"component\":\"Velocity\"}");
        example(
                EngineCommand.ModifyComponent.class,
                "{\"type\":\"ModifyComponent\",\"entity\":\"12v0\",\"component\":\"Transform\","
                        + "\"mutation\":{\"type\":\"AddToField\",\"path\":\"position\",\"delta\":[0,2,0]}}");
        example(
                EngineCommand.CreateScript.class,
                "{\"type\":\"CreateScript\",\"path\":\"behaviors/spin-tower.lua\","
                        + "\"source\":\"function on_update(dt) end\"}");
        example(
                EngineCommand.ModifyScript.class,
                "{\"type\":\"ModifyScript\",\"path\":\"behaviors/spin-tower.lua\"," + "\"source\":\"-- edited\"}");
        example(EngineCommand.DeleteScript.class, "{\"type\":\"DeleteScript\",\"path\":\"behaviors/spin-tower.lua\"}");
        example(
                EngineCommand.WriteScriptBytes.class,
                "{\"type\":\"WriteScriptBytes\",\"path\":\"behaviors/spin.wasm\",\"bytes\":\"AGFzbQEAAAA=\"}");
        example(ComponentMutation.SetField.class, "{\"type\":\"SetField\",\"path\":\"position.y\",\"value\":2.5}");
        example(ComponentMutation.Merge.class, "{\"type\":\"Merge\",\"patch\":{\"kind\":\"SPHERE\",\"size\":[2,2,2]}}");
        example(ComponentMutation.AddToField.class, "{\"type\":\"AddToField\",\"path\":\"mass\",\"delta\":10}");
        example(ComponentMutation.ScaleField.class, "{\"type\":\"ScaleField\",\"path\":\"scale\",\"factor\":2.0}");
        example(DigestLevel.WorldSummary.class, "{\"type\":\"WorldSummary\"}");
        example(DigestLevel.EntityCatalog.class, "{\"type\":\"EntityCatalog\"}");
        example(DigestLevel.EntityDetail.class, "{\"type\":\"EntityDetail\",\"query\":\"the red enemy\"}");
        example(DigestLevel.FullEntity.class, "{\"type\":\"FullEntity\",\"entity\":\"12v0\"}");
    }

    private static void example(Class<?> type, String json) {
        EXAMPLES.put(type, json);
    }
}
