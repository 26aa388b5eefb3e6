// npm run mail:work — the mail queue's worker and the schedules (digests, reminders) as their own process (run the
// app with MAIL_WORKER=off to use only this).
import { startMailWorker } from '@/server/mail-worker'
import { startScheduler } from '@/server/scheduler'

startMailWorker()
startScheduler()
console.log('mail worker: sending due mails every 2 s; digests at 7:00 Rome time, reminders every 5 min (Ctrl+C to stop)')
process.stdin.resume()
