package dev.luminara.core.audio;

/** An audio request that could not be carried out, sent as a world event ({@code world.events(AudioProblem.class)}). */
public record AudioProblem(AudioCommand command, String message) {}
