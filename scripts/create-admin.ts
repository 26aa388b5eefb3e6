// npm run create-admin -- --email you@example.org --name "Your Name"
// Creates the first admin on an installation without demo data (or promotes an existing account).
// The password is asked for on the terminal, or read from ADMIN_PASSWORD when there is no terminal.
import readline from 'node:readline/promises'
import { parseArgs } from 'node:util'
import { db } from '@/server/db'
import { hashPassword, isWeakPassword } from '@/server/auth/password'
import { registerSchema } from '@/lib/validations/auth'
import { uniqueHandle } from '@/server/accounts/handles'

async function askPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD
  if (!process.stdin.isTTY) throw new Error('No terminal: set ADMIN_PASSWORD')
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true })
  const out = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream }
  const write = out._writeToOutput.bind(rl)
  out._writeToOutput = (s: string) => write(s.startsWith('Password') ? s : '')
  const pw = await rl.question('Password (min. 8 characters): ')
  rl.close()
  process.stdout.write('\n')
  return pw
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } })
  const password = await askPassword()
  const parsed = registerSchema.safeParse({ email: values.email, name: values.name ?? 'Admin', password, locale: 'it' })
  if (!parsed.success) {
    for (const i of parsed.error.issues) console.error(`${i.path.join('.')}: ${i.message}`)
    console.error('usage: npm run create-admin -- --email you@example.org --name "Your Name"')
    process.exit(1)
  }
  const { email, name } = parsed.data
  if (isWeakPassword(password, email)) throw new Error('That password is too common: choose another.')
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } })
  if (existing) {
    await db.user.update({ where: { email }, data: { role: 'ADMIN', suspendedAt: null } })
    console.log(`create-admin: ${email} already existed and is now an admin (password unchanged)`)
  } else {
    await db.user.create({
      data: {
        email,
        name,
        role: 'ADMIN',
        handle: await uniqueHandle(name),
        passwordHash: await hashPassword(password),
        emailConfirmedAt: new Date(),
      },
    })
    console.log(`create-admin: admin ${email} created`)
  }
  await db.$disconnect()
}

main().catch((e) => {
  console.error(`create-admin: ${e instanceof Error ? e.message : e}`)
  process.exit(1)
})
