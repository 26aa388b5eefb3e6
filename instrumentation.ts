// Runs once when a Next.js server starts: the mail worker and the schedules (digests, meeting reminders) live in the
// app process (issue 14). Several instances may each run them — mails are claimed one by one and each schedule
// firing is run by the instance that takes its lease, so nothing goes out twice. MAIL_WORKER=off leaves both to a
// separate `npm run mail:work` process.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.MAIL_WORKER === 'off' || process.env.NEXT_PHASE === 'phase-production-build')
    return
  const [{ startMailWorker }, { startScheduler }] = await Promise.all([import('./server/mail-worker'), import('./server/scheduler')])
  startMailWorker()
  startScheduler()
}
