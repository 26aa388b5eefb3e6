// npm run mail:work — the mail queue's worker as its own process (run the app with MAIL_WORKER=off to use only this).
import { startMailWorker } from '@/server/mail-worker'

startMailWorker()
console.log('mail worker: sending due mails every 2 s (Ctrl+C to stop)')
process.stdin.resume()
