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
function createDb(url: string): Db {
  if (url.startsWith('file:')) {
    const adapter = new PrismaBetterSqlite3({ url: sqlitePath(url), timeout: 10_000 })
    return new SqlitePrismaClient({ adapter }) as unknown as Db
  }
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) })
}

const globalForDb = globalThis as unknown as { cartesioDb?: Db }

export const db: Db = globalForDb.cartesioDb ?? createDb(env().DATABASE_URL)
if (process.env.NODE_ENV !== 'production') globalForDb.cartesioDb = db

export const isSqlite = () => env().provider === 'sqlite'
