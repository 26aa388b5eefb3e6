// Next's cache of rendered public pages (ISR), kept correct across restarts and across app instances (issue 15).
//
// It is Next's own file-system cache with two additions:
// - A server start expires everything rendered before it (the pages prerendered by `next build` against the build's
//   throwaway database, and whatever an earlier process cached): the first request after a start renders afresh.
// - On PostgreSQL (the scale-out setup) every invalidation — revalidatePath/revalidateTag after a write — is
//   broadcast with NOTIFY on the channel below, and every instance LISTENs and expires the same tags in its own
//   cache within milliseconds. Each invalidation is applied again 2 s later, so a page that was being rendered from
//   the old data while the write committed is not kept.
//
// What is cached is only ever public: pages that read the session, cookies or the query string are rendered per
// request by Next and never reach this cache.

const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default
const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js')

const CHANNEL = 'cartesio_cache_tags'
/** Soft tag on every App Router page: expiring it expires every cached page. */
const ROOT_TAG = '_N_T_/layout'
const AGAIN_AFTER_MS = 2000

/** Marks tags expired now, as Next does for revalidateTag without durations. */
function expire(tags) {
  const now = Date.now()
  for (const tag of tags) tagsManifest.set(tag, { ...(tagsManifest.get(tag) || {}), expired: now })
}
/** Expires now and once more a little later (a render that started before the write may finish in between). */
function expireTwice(tags) {
  expire(tags)
  setTimeout(() => expire(tags), AGAIN_AFTER_MS).unref?.()
}

const shared = (globalThis.__cartesioCache ??= { started: false, pool: null, listening: null })

function postgresUrl() {
  const url = process.env.DATABASE_URL || ''
  return /^postgres(ql)?:\/\//.test(url) ? url : null
}

/** One LISTEN connection per process (PostgreSQL only); reconnects after a dropped connection. */
function listen() {
  const url = postgresUrl()
  if (!url || shared.listening) return
  const { Client } = require('pg')
  const connect = () => {
    const client = new Client({ connectionString: url })
    shared.listening = client
    client.on('notification', (msg) => {
      try {
        const { tags, from } = JSON.parse(msg.payload || '{}')
        if (from !== process.pid + ':' + shared.id && Array.isArray(tags)) expireTwice(tags.filter((t) => typeof t === 'string'))
      } catch {
        // a malformed payload is ignored
      }
    })
    client.on('error', () => {
      client.end().catch(() => {})
      shared.listening = null
      // Whatever was invalidated while we were away: expire everything once we are back.
      setTimeout(() => {
        connect()
        expire([ROOT_TAG])
      }, 1000).unref?.()
    })
    client.connect().then(
      () => client.query(`LISTEN ${CHANNEL}`),
      () => client.emit('error', new Error('cache listener could not connect')),
    )
  }
  connect()
}

async function broadcast(tags) {
  const url = postgresUrl()
  if (!url) return
  const { Pool } = require('pg')
  shared.pool ??= new Pool({ connectionString: url, max: 2 })
  const payload = JSON.stringify({ tags, from: process.pid + ':' + shared.id })
  // NOTIFY payloads are limited to 8000 bytes: past that, expire every page everywhere.
  const safe = payload.length < 7900 ? payload : JSON.stringify({ tags: [ROOT_TAG], from: process.pid + ':' + shared.id })
  await shared.pool.query('SELECT pg_notify($1, $2)', [CHANNEL, safe]).catch((e) => console.error('[cache] broadcast failed', e))
}

class CacheHandler extends FileSystemCache {
  constructor(ctx) {
    super(ctx)
    // Rendered pages stay in this process's memory (Next's LRU), never on disk: instances that share a build
    // directory — or run on different databases — never serve each other's pages.
    this.flushToDisk = false
    if (!shared.started) {
      shared.started = true
      shared.id = Math.random().toString(36).slice(2)
      expire([ROOT_TAG])
      listen()
    }
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations)
    const list = typeof tags === 'string' ? [tags] : tags
    if (!list.length) return
    setTimeout(() => expire(list), AGAIN_AFTER_MS).unref?.()
    await broadcast(list)
  }
}

module.exports = CacheHandler
module.exports.default = CacheHandler
