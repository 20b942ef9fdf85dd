#!/usr/bin/env node
// An independent MCP client: the official TypeScript SDK drives a Luminara MCP server through a full agent session
// over stdio (spawning the command it is given) or Streamable HTTP (a URL it is given), asserting on every answer.
//
//   node session.mjs stdio <command> [args...]      e.g. stdio java -cp ... dev.luminara.cli.Main mcp /tmp/arena
//   node session.mjs http <url>                     e.g. http http://127.0.0.1:PORT/mcp  (env LUMINARA_MCP_TOKEN)
//
// The server must serve a fresh copy of samples/arena. Prints one "ok" line per step; on the first failure prints
// "FAIL <transport> <step>: <what>" and exits 1. Exit 2: bad usage.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport, getDefaultEnvironment } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { McpError } from "@modelcontextprotocol/sdk/types.js";

const REQUIRED_TOOLS = [
  "world_digest", "world_search", "entity_get", "schema_get", "scene_create_entity", "scene_modify", "scene_destroy",
  "intent_apply", "batch", "script_verify", "script_apply", "timeline_log", "timeline_undo", "timeline_redo",
  "timeline_selective_undo", "timeline_branch", "timeline_checkout", "perf_estimate", "perf_report", "sim_play",
  "sim_pause", "sim_step", "input_simulate",
];
const TOOL_NAME = /^[a-zA-Z0-9_-]{1,64}$/;
// A behaviour that the verifier accepts: turns its entity, like samples/arena/scripts/spinner.lua.
const GOOD_SCRIPT = `-- spin.lua: written by the MCP client test
return {
  on_update = function(self, dt) transform.rotate_y(self.entity, 90 * dt) end,
}
`;
// One the verifier must refuse: a call to a function the script API does not have.
const BAD_SCRIPT = `return {
  on_update = function(self, dt) transform.teleport_everything(self.entity) end,
}
`;

class StepFailure extends Error {}

function check(condition, message) {
  if (!condition) throw new StepFailure(message);
}

const usage = () => {
  console.error("usage: node session.mjs stdio <command> [args...] | node session.mjs http <url>");
  process.exit(2);
};

const [mode, target, ...rest] = process.argv.slice(2);
if (!target || (mode !== "stdio" && mode !== "http")) usage();

let transport;
if (mode === "stdio") {
  transport = new StdioClientTransport({
    command: target,
    args: rest,
    env: { ...getDefaultEnvironment(), ...(process.env.JAVA_HOME ? { JAVA_HOME: process.env.JAVA_HOME } : {}) },
    stderr: "inherit",
  });
} else {
  const headers = process.env.LUMINARA_MCP_TOKEN ? { Authorization: `Bearer ${process.env.LUMINARA_MCP_TOKEN}` } : {};
  transport = new StreamableHTTPClientTransport(new URL(target), { requestInit: { headers } });
}

const client = new Client({ name: "luminara-ts-session", version: "1.0.0" });
let current = "start";
let passed = 0;

async function step(name, body) {
  current = name;
  const value = await body();
  passed++;
  console.log(`ok   ${mode} ${name}`);
  return value;
}

function texts(result) {
  return (result.content ?? []).filter((c) => c.type === "text").map((c) => c.text).join("\n");
}

/** Calls a tool that must succeed; returns its result (the SDK checks structuredContent against outputSchema). */
async function call(name, args = {}) {
  const result = await client.callTool({ name, arguments: args });
  check(!result.isError, `${name} ${JSON.stringify(args)} answered isError: ${texts(result)}`);
  return result;
}

/** Calls a tool that must refuse; returns the refusal's text. */
async function refused(name, args) {
  const result = await client.callTool({ name, arguments: args });
  check(result.isError === true, `${name} ${JSON.stringify(args)} should be refused, got: ${texts(result)}`);
  return texts(result);
}

async function timelineHead() {
  const log = (await call("timeline_log", { limit: 5 })).structuredContent;
  check(log && typeof log.head === "number", `timeline_log has no numeric head: ${JSON.stringify(log)}`);
  return log;
}

function distance(a, b) {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

async function session() {
  await step("initialize", async () => {
    await client.connect(transport);
    const info = client.getServerVersion();
    check(info && typeof info.name === "string" && info.name.length > 0, `no server name: ${JSON.stringify(info)}`);
    check(client.getServerCapabilities()?.tools, "server does not announce tools");
  });

  await step("tools/list", async () => {
    const { tools } = await client.listTools();
    const names = tools.map((t) => t.name);
    const missing = REQUIRED_TOOLS.filter((n) => !names.includes(n));
    check(missing.length === 0, `tools missing: ${missing.join(", ")} (have ${names.join(", ")})`);
    for (const t of tools) {
      check(TOOL_NAME.test(t.name), `tool name ${JSON.stringify(t.name)} does not match ${TOOL_NAME}`);
      check(typeof t.description === "string" && t.description.length > 0, `tool ${t.name} has no description`);
      check(t.inputSchema?.type === "object", `tool ${t.name}: inputSchema.type is ${t.inputSchema?.type}`);
    }
  });

  await step("world_digest", async () => {
    const summary = await call("world_digest", { level: "summary", max_tokens: 300 });
    check(/20 entities/.test(texts(summary)), `summary does not count the arena's 20 entities: ${texts(summary)}`);
    const detail = await call("world_digest", { query: "the red enemy near the tower", max_tokens: 400 });
    const meta = detail.structuredContent;
    check(meta && meta.tokens <= 400, `detail digest over its 400-token budget: ${JSON.stringify(meta?.tokens)}`);
    check(texts(detail).includes("enemy_red"), `detail digest does not mention enemy_red: ${texts(detail)}`);
  });

  await step("world_search", async () => {
    const { structuredContent: found } = await call("world_search", { query: "the red enemy near the tower", top: 3 });
    check(Array.isArray(found?.hits) && found.hits.length > 0, `no hits: ${JSON.stringify(found)}`);
    check(found.hits[0].name === "enemy_red", `best hit is ${found.hits[0].name}, expected enemy_red`);
  });

  const before = await step("refusals leave the world alone", async () => {
    const head = (await timelineHead()).head;
    const unknownEntity = await refused("entity_get", { entity: "no_such_entity" });
    check(unknownEntity.includes("entity"), `refusal does not name the field: ${unknownEntity}`);
    const badIntent = await refused("intent_apply", { intent: { type: "Teleport" } });
    check(badIntent.includes("intent.type"), `refusal does not name intent.type: ${badIntent}`);
    let protocolError = null;
    try {
      await client.callTool({ name: "no_such_tool", arguments: {} });
    } catch (e) {
      protocolError = e;
    }
    check(protocolError instanceof McpError, `unknown tool should be a protocol error, got ${protocolError}`);
    check((await timelineHead()).head === head, "a refused call moved the timeline head");
    return head;
  });

  const spawned = await step("intent_apply: spawn 2 m in front of the player", async () => {
    const intent = {
      type: "SpawnRelative",
      anchor: { type: "ByName", name: "player" },
      offset: { type: "Forward", distance: 2 },
      template: { name: "mcp_crate", tags: ["prop"], components: { MeshShape: { kind: "BOX" } } },
    };
    const op = (await call("intent_apply", { intent, prompt: "put a crate 2 m in front of the player" }))
      .structuredContent;
    check(op?.created?.length === 1, `expected one entity created: ${JSON.stringify(op)}`);
    check(op.head === op.operation, `head ${op.head} is not the new operation ${op.operation}`);
    const crate = (await call("entity_get", { entity: op.created[0] })).structuredContent;
    check(crate.components?.Name?.value === "mcp_crate", `spawned entity is ${JSON.stringify(crate.components?.Name)}`);
    const player = (await call("entity_get", { entity: "player" })).structuredContent;
    const d = distance(crate.components.Transform.position, player.components.Transform.position);
    check(Math.abs(d - 2) < 0.75, `crate is ${d.toFixed(2)} m from the player, expected about 2`);
    return op;
  });

  await step("script_verify", async () => {
    const crate = spawned.created[0];
    const good = await call("script_verify", { path: "mcp_spin.lua", source: GOOD_SCRIPT, attachTo: [crate] });
    check(good.structuredContent?.passed === true, `verifier refused a good script: ${texts(good)}`);
    check(texts(good).startsWith("PASSED"), `verdict text does not start with PASSED: ${texts(good)}`);
    const bad = await client.callTool({
      name: "script_verify",
      arguments: { path: "mcp_bad.lua", source: BAD_SCRIPT, attachTo: [crate] },
    });
    check(bad.isError === true || bad.structuredContent?.passed === false, `verifier passed a bad script: ${texts(bad)}`);
    check(/teleport_everything/.test(texts(bad)), `the verdict does not name the bad call: ${texts(bad)}`);
    check((await timelineHead()).head === spawned.operation, "script_verify changed the timeline");
  });

  const applied = await step("script_apply", async () => {
    const crate = spawned.created[0];
    const result = await call("script_apply", { path: "mcp_spin.lua", source: GOOD_SCRIPT, attachTo: [crate] });
    const op = result.structuredContent;
    check(op?.status === "APPLIED", `script_apply status ${op?.status}: ${texts(result)}`);
    check(op.operationId > spawned.operation, `no new operation after #${spawned.operation}: ${JSON.stringify(op)}`);
    check((await timelineHead()).head === op.operationId, "head is not the script's operation");
    const got = (await call("entity_get", { entity: crate })).structuredContent;
    check(got.components?.Script, `the crate has no Script after script_apply: ${JSON.stringify(got.components)}`);
    return { operation: op.operationId };
  });

  await step("timeline_undo", async () => {
    const undone = (await call("timeline_undo")).structuredContent;
    check(undone.operation === applied.operation, `undid #${undone.operation}, expected #${applied.operation}`);
    const crate = (await call("entity_get", { entity: spawned.created[0] })).structuredContent;
    check(!crate.components?.Script, "the Script is still there after undo");
    check((await timelineHead()).head === spawned.operation, "head is not back at the spawn");
  });

  await step("timeline_redo and undo again", async () => {
    const redone = (await call("timeline_redo")).structuredContent;
    check(redone.operation === applied.operation, `redid #${redone.operation}, expected #${applied.operation}`);
    const crate = (await call("entity_get", { entity: spawned.created[0] })).structuredContent;
    check(crate.components?.Script, "the Script is missing after redo");
    check((await call("timeline_undo")).structuredContent.operation === applied.operation, "second undo");
  });

  await step("sim_pause, sim_step, sim_play", async () => {
    const paused = (await call("sim_pause")).structuredContent;
    check(paused.playing === false, `still playing after sim_pause: ${JSON.stringify(paused)}`);
    // sim_pause is not a barrier: a frame the real-time loop had already begun may still land after its answer,
    // so the exact count is checked between two sim_step answers.
    const settled = (await call("sim_step", { frames: 1 })).structuredContent;
    check(settled.frame >= paused.frame + 1, `frame ${paused.frame}, then one step gave frame ${settled.frame}`);
    const stepped = (await call("sim_step", { frames: 5 })).structuredContent;
    check(stepped.frame === settled.frame + 5, `frame ${settled.frame} + 5 steps gave frame ${stepped.frame}`);
    check(stepped.playing === false, "sim_step left the simulation playing");
    const played = (await call("sim_play")).structuredContent;
    check(played.playing === true, `not playing after sim_play: ${JSON.stringify(played)}`);
  });

  await step("timeline_branch", async () => {
    const b = (await call("timeline_branch", { name: "experiment", from: before })).structuredContent;
    check(b.name === "experiment" && b.head === before, `branch answered ${JSON.stringify(b)}`);
    const log = await timelineHead();
    check(log.branches.some((x) => x.name === "experiment"), `experiment not in ${JSON.stringify(log.branches)}`);
  });

  await step("timeline_checkout", async () => {
    const onExperiment = (await call("timeline_checkout", { name: "experiment" })).structuredContent;
    check(onExperiment.branch === "experiment" && onExperiment.head === before, JSON.stringify(onExperiment));
    await refused("entity_get", { entity: spawned.created[0] }); // the crate does not exist on this branch
    const back = (await call("timeline_checkout", { name: "main" })).structuredContent;
    check(back.branch === "main" && back.head === spawned.operation, `back on main: ${JSON.stringify(back)}`);
    const crate = (await call("entity_get", { entity: spawned.created[0] })).structuredContent;
    check(crate.components?.Name?.value === "mcp_crate", "the crate is missing after checking main out again");
  });

  await step("close", async () => {
    await client.close();
  });
}

try {
  await session();
  console.log(`session over ${mode}: ${passed} steps passed`);
  process.exit(0);
} catch (e) {
  const what = e instanceof StepFailure ? e.message : `${e?.constructor?.name ?? "error"}: ${e?.message ?? e}`;
  console.log(`FAIL ${mode} ${current}: ${what}`);
  try {
    await client.close();
  } catch {
    // already broken
  }
  process.exit(1);
}
