// Runs once when a Next.js server starts: the mail worker lives in the app process (issue 14). Several instances may
// each run one — rows are claimed one by one, so every mail still goes out once. MAIL_WORKER=off leaves it to a
// separate `npm run mail:work` process.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.MAIL_WORKER === 'off' || process.env.NEXT_PHASE === 'phase-production-build')
    return
  const { startMailWorker } = await import('./server/mail-worker')
  startMailWorker()
}
