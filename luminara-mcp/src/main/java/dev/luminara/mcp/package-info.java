/** The MCP server: tools, resources and prompts over stdio and Streamable HTTP, through the intent resolver, the verifier and the timeline. */
package dev.luminara.mcp;
