// npm run db:seed — reference data always; demo data once, unless SEED_DEMO=false.
//   --json   print one JSON line (used by npm start to show the demo accounts)
import { seedDemo, seedReference, DEMO_USERS, DEMO_PASSWORD } from '@/server/seed'
import { env } from '@/server/env'
import { db } from '@/server/db'
import { indexMissing } from '@/server/search/backfill'

async function main() {
  await seedReference()
  let message = 'reference data only (SEED_DEMO=false)'
  let demo = false
  if (env().SEED_DEMO === 'true') {
    demo = true
    message = (await seedDemo()) ? 'demo data loaded (marked as demo)' : 'demo data already loaded earlier, left as it is'
  }
  const indexed = await indexMissing()
  if (indexed) message += `; ${indexed} rows added to the search index`
  const accounts = demo ? DEMO_USERS.map((u) => ({ email: u.email, role: u.role })) : []
  if (process.argv.includes('--json')) console.log(JSON.stringify({ message, accounts, password: demo ? DEMO_PASSWORD : undefined }))
  else {
    console.log(`seed: ${message}`)
    if (demo) console.log(`demo accounts (password ${DEMO_PASSWORD}): ${accounts.map((a) => `${a.role} ${a.email}`).join(', ')}`)
  }
  await db.$disconnect()
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
