// Generates a JavaScript client from Vigil's OpenAPI document with swagger-typescript-api, then uses it
// against a live Vigil: lists incidents, filters them, reads one, and checks a bad parameter's 400.
// Usage: node client-check.mjs OPENAPI.json BASE_URL TOKEN OUTPUT_DIR
// Prints one JSON object with what it saw; exits 1 on any failure.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { generateApi } from "swagger-typescript-api";

const [, , spec, baseUrl, token, out] = process.argv;
await generateApi({ input: path.resolve(spec), output: path.resolve(out), fileName: "vigil-client.ts", httpClientType: "fetch", toJS: true, moduleNameFirstTag: true, silent: true });
const { Api } = await import(pathToFileURL(path.join(path.resolve(out), "vigil-client.js")).href);
const api = new Api({ baseUrl, baseApiParams: { headers: { Authorization: `Bearer ${token}` } } });

const all = (await api.incidents.listIncidents()).data;
const killings = (await api.incidents.listIncidents({ type: "killing" })).data;
const first = (await api.incidents.getIncident(killings.items[0].id)).data;
let badStatus = null, badParameter = null;
try {
  await api.incidents.listIncidents({ from: "2024-13-45" });
} catch (e) {
  badStatus = e.status;
  badParameter = Object.keys((e.error ?? {}).errors ?? {})[0] ?? null;
}

console.log(JSON.stringify({
  methods: Object.keys(api).filter(k => typeof api[k] === "object" && k !== "baseApiParams").sort(),
  total: all.total,
  killings: killings.items.map(i => i.type),
  incident: { id: first.id, type: first.type, figures: first.figures.map(f => `${f.kind} ${f.source} ${f.min}`) },
  badStatus,
  badParameter,
}));
