// npm run db:seed — reference data always; demo data once, unless SEED_DEMO=false.
import { seedDemo, seedReference, DEMO_USERS, DEMO_PASSWORD } from '@/server/seed'
import { env } from '@/server/env'
import { db } from '@/server/db'

async function main() {
  await seedReference()
  if (env().SEED_DEMO === 'true') {
    const loaded = await seedDemo()
    console.log(loaded ? 'seed: demo data loaded (marked as demo)' : 'seed: demo data already present, left as is')
    if (process.argv.includes('--print-accounts')) {
      console.log(`\nDemo accounts (password for all: ${DEMO_PASSWORD}):`)
      for (const u of DEMO_USERS) console.log(`  ${u.role.padEnd(9)} ${u.email}`)
    }
  } else console.log('seed: reference data only (SEED_DEMO=false)')
  await db.$disconnect()
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
