import 'server-only'
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from './generated/postgresql/client.ts'
import { PrismaClient as SqlitePrismaClient } from './generated/sqlite/client.ts'
import { env, sqlitePath } from '@/server/env'

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
    return new SqlitePrismaClient({ adapter, transactionOptions }) as unknown as Db
  }
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }), transactionOptions })
}

const globalForDb = globalThis as unknown as { cartesioDb?: Db }

export const db: Db = globalForDb.cartesioDb ?? createDb(env().DATABASE_URL)
if (process.env.NODE_ENV !== 'production') globalForDb.cartesioDb = db

export const isSqlite = () => env().provider === 'sqlite'
