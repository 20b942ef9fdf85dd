package dev.luminara.lunyscript.descriptor;

/** The target picked for the running engine version, with the rule that picked it (for traces and reports). */
public record TargetChoice(String target, String rule) {}
