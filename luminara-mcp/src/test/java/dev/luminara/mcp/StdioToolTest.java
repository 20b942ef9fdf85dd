package dev.luminara.mcp;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Tool tests that each get a fresh server over piped stdio, on a paused copy of the arena. */
abstract class StdioToolTest {
    McpFixture f;

    @BeforeEach
    final void openServer() {
        f = McpFixture.stdio();
    }

    @AfterEach
    final void closeServer() {
        f.close();
    }
}
