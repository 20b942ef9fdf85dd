package dev.luminara.lunyscript;

/** Which engine an adapter drives: its name in the descriptor ({@code engines.JME}) and its running version. */
public record EngineInfo(String name, SemanticVersion version) {}
