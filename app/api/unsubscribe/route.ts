import { mailText } from '@/server/mail'
import { turnOffMail, unsubscribeTarget } from '@/server/notifications/unsubscribe'

// One-click unsubscribe (RFC 8058) from a notification mail: POST turns that kind of mail off for that member, no
// sign-in (the link is signed). GET — someone following the link in a browser — shows the one button that does it.
export const dynamic = 'force-dynamic'

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const who = (req: Request) => unsubscribeTarget(new URL(req.url).searchParams)

const page = (lang: string, title: string, body: string, status = 200) =>
  new Response(
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head>` +
      `<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5"><h1>${escape(title)}</h1>${body}</body></html>`,
    { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } },
  )

export async function GET(req: Request) {
  const found = await who(req)
  if (!found) return page('it', 'Link non valido / Invalid link', '<p>Questo link non è valido. / This link is not valid.</p>', 404)
  const t = mailText(found.locale)
  return page(
    found.locale,
    t('unsubscribeTitle'),
    `<p>${escape(t('unsubscribeLead'))}</p><form method="post"><button type="submit" style="font-size:1rem;padding:.5rem 1rem">${escape(t('unsubscribeButton'))}</button></form>`,
  )
}

export async function POST(req: Request) {
  const found = await who(req)
  if (!found) return new Response('Not found', { status: 404 })
  await turnOffMail(found.userId, found.kind)
  const t = mailText(found.locale)
  return page(found.locale, t('unsubscribeDoneTitle'), `<p>${escape(t('unsubscribeDone'))}</p>`)
}
