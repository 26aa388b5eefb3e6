// Preloaded by scripts that run the app's server code outside Next without the react-server condition (the mail
// worker renders mails with react-dom/server, which that condition forbids): 'server-only' — a guard against
// importing server code into the browser — resolves to an empty module here, as it does inside Next's server.
const Module = require('node:module')
const path = require('node:path')

const empty = path.join(__dirname, 'empty.cjs')
// Benchmarks call commands outside a Next request, where revalidatePath has no cache to invalidate.
const stubs = { 'server-only': empty, ...(process.env.NEXT_CACHE_OFF ? { 'next/cache': path.join(__dirname, 'next-cache-off.cjs') } : {}) }
const resolve = Module._resolveFilename
Module._resolveFilename = function (request, ...rest) {
  return stubs[request] ?? resolve.call(this, request, ...rest)
}
// The same for ES modules.
Module.register?.(
  'data:text/javascript,' +
    encodeURIComponent(
      `export async function resolve(s, c, next) { return s === 'server-only' ? { url: ${JSON.stringify(require('node:url').pathToFileURL(empty).href)}, shortCircuit: true } : next(s, c) }`,
    ),
)
