/** The AI integration layer: context engine, semantic index, intent resolver, engine commands, operation timeline, performance advisor. */
package dev.luminara.ai;
