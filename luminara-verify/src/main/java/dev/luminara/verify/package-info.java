/** The code-verification pipeline for AI-generated scripts: static analysis, a sandbox run on a fork of the world, a dry-run diff, and apply through the timeline with monitoring and rollback. */
package dev.luminara.verify;
