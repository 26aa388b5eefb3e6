// Preloaded (`--import`) by scripts that run the app's server code outside Next without the react-server condition
// (the mail worker renders mails with react-dom/server, which that condition forbids): 'server-only' — a guard
// against importing server code into the browser — resolves to an empty module here, as it does in Next's server.
import Module from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const here = path.dirname(new URL(import.meta.url).pathname)
const empty = path.join(here, 'empty.cjs')
// Benchmarks call commands outside a Next request, where revalidatePath has no cache to invalidate.
const stubs = { 'server-only': empty, ...(process.env.NEXT_CACHE_OFF ? { 'next/cache': path.join(here, 'next-cache-off.cjs') } : {}) }

const resolveFilename = Module._resolveFilename
Module._resolveFilename = function (request, ...rest) {
  return stubs[request] ?? resolveFilename.call(this, request, ...rest)
}
// The same for ES modules.
Module.register(
  'data:text/javascript,' +
    encodeURIComponent(
      `const stubs = ${JSON.stringify(Object.fromEntries(Object.entries(stubs).map(([k, v]) => [k, pathToFileURL(v).href])))};
       export async function resolve(s, c, next) { return stubs[s] ? { url: stubs[s], shortCircuit: true } : next(s, c) }`,
    ),
)
