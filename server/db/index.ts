import 'server-only'
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from './generated/postgresql/client.ts'
import { PrismaClient as SqlitePrismaClient } from './generated/sqlite/client.ts'
import { env, sqlitePath } from '@/server/env'
import { isSearchModel, withSearchFields, type SearchModel } from '@/lib/search/fields'

export type Db = InstanceType<typeof PrismaClient>
export * from './generated/postgresql/enums.ts'
export { Prisma } from './generated/postgresql/client.ts'

/**
 * The one seam between the two providers. Both generated clients share the model API; the PostgreSQL
 * client's type is used everywhere (the SQLite one differs only in $transaction isolation levels).
 */
/**
 * Under a burst (many members registering for the same event at once) interactive transactions queue for
 * one of the pool's connections; Prisma's default gives up after 2 s ("Unable to start a transaction in the
 * given time", P2028) and the member would get an error instead of a seat or a waitlist place. They wait up
 * to 10 s instead, on both databases (SQLite serialises writers the same way).
 */
const transactionOptions = { maxWait: 10_000, timeout: 10_000 }

function createDb(url: string): Db {
  if (url.startsWith('file:')) {
    const adapter = new PrismaBetterSqlite3({ url: sqlitePath(url), timeout: 10_000 })
    return withSearchIndex(new SqlitePrismaClient({ adapter, transactionOptions }) as unknown as Db)
  }
  return withSearchIndex(new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }), transactionOptions }))
}

type Args = Record<string, unknown>
const lower = (model: string) => model.charAt(0).toLowerCase() + model.slice(1)

/**
 * Every write to a searchable model (threads, posts, practices, meetings, organisations) gets its search columns
 * from the same text analysis (lib/search/fields.ts), inside the same statement: the index cannot lag or be
 * forgotten by a command. Nested creates of posts inside a thread are covered too.
 */
function withSearchIndex(client: Db): Db {
  const prepare = (model: SearchModel, data: unknown, mode: 'create' | 'update'): unknown => {
    if (Array.isArray(data)) return data.map((d) => prepare(model, d, mode))
    if (!data || typeof data !== 'object') return data
    let out = withSearchFields(model, data as Args, mode)
    const posts = (out.posts as Args | undefined)?.create
    if (model === 'thread' && posts) out = { ...out, posts: { ...(out.posts as Args), create: prepare('post', posts, 'create') } }
    return out
  }
  return client.$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          const m = lower(model)
          if (!isSearchModel(m)) return query(args)
          const a = { ...(args as Args) }
          if (operation === 'create' || operation === 'createMany' || operation === 'createManyAndReturn')
            a.data = prepare(m, a.data, 'create')
          else if (operation === 'update' || operation === 'updateMany' || operation === 'updateManyAndReturn')
            a.data = prepare(m, a.data, 'update')
          else if (operation === 'upsert') {
            a.create = prepare(m, a.create, 'create')
            a.update = prepare(m, a.update, 'update')
          }
          return query(a as typeof args)
        },
      },
    },
  }) as unknown as Db
}

const globalForDb = globalThis as unknown as { cartesioDb?: Db }

export const db: Db = globalForDb.cartesioDb ?? createDb(env().DATABASE_URL)
if (process.env.NODE_ENV !== 'production') globalForDb.cartesioDb = db

export const isSqlite = () => env().provider === 'sqlite'
