import 'server-only'
import crypto from 'node:crypto'
import { h } from 'hastscript'
import { toHtml } from 'hast-util-to-html'
import type { getFormatter } from 'next-intl/server'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { relayHtml } from '@/lib/html-relay'
import { localiseMemberHtml } from '@/lib/markdown'
import type { getThreadPage } from '@/server/forum/queries'

type Page = NonNullable<Awaited<ReturnType<typeof getThreadPage>>>
type Post = Page['posts'][number]
export type PostStatic = { v: string; html: string }

type Context = {
  locale: Locale
  threadId: string
  from?: number
  t: (key: 'permalink' | 'edited' | 'history' | 'deleted', values?: Record<string, number>) => string
  format: Awaited<ReturnType<typeof getFormatter>>
  badges: Map<string, { slug: string; name: string }[]>
}

/**
 * The part of a post that is the same for everyone — its header (author, organisations, number, date, edits) and its
 * text — as one piece of HTML, built once here (hast, escaped by hast-util-to-html) and sent once: the page's HTML
 * carries it, the RSC payload only its hash `v` (see lib/html-relay.ts and _components/post-static.tsx). A hidden
 * post's text is left out (an island shows it to moderators), a deleted post's replaced by the notice.
 */
export function postStatic(p: Post, c: Context): PostStatic {
  const thread = (query?: Record<string, string>) =>
    getPathname({ href: { pathname: '/forum/t/[id]', params: { id: c.threadId }, query }, locale: c.locale })
  const header = h('header', { className: 'post-head' }, [
    h('h2', { id: `post-${p.number}-h`, className: 'post-author' }, [
      p.author.name,
      ...(p.author.handle
        ? [
            ' ',
            h(
              'a',
              {
                className: 'post-handle',
                href: getPathname({ href: { pathname: '/people/[handle]', params: { handle: p.author.handle } }, locale: c.locale }),
              },
              `@${p.author.handle}`,
            ),
          ]
        : []),
      ...(c.badges.get(p.authorId) ?? []).map((o) =>
        h(
          'a',
          {
            className: 'org-badge',
            dataTestid: 'org-badge',
            href: getPathname({ href: { pathname: '/network/members/[slug]', params: { slug: o.slug } }, locale: c.locale }),
          },
          o.name,
        ),
      ),
    ]),
    h('p', { className: 'post-meta' }, [
      h('a', { href: `#post-${p.number}`, ariaLabel: c.t('permalink', { number: p.number }) }, `#${p.number}`),
      ' · ',
      h(
        'time',
        { dateTime: p.createdAt.toISOString() },
        c.format.dateTime(p.createdAt, {
          year: 'numeric',
          month: 'short',
          day: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        }),
      ),
      ...(p.editedAt
        ? [
            ` · ${c.t('edited')} · `,
            h(
              'a',
              { href: thread({ ...(c.from ? { from: String(c.from) } : {}), history: String(p.number) }) },
              c.t('history', { count: p.revisions }),
            ),
          ]
        : []),
    ]),
  ])
  const body = p.deletedAt
    ? toHtml(h('p', { className: 'mt-2 text-muted italic' }, c.t('deleted')))
    : p.hiddenAt
      ? ''
      : // The post's own HTML was sanitised when it was written (lib/markdown.ts).
        `<div class="prose-cartesio prose mt-2">${localiseMemberHtml(p.html, c.locale)}</div>`
  const html = toHtml(header) + body
  const v = crypto.createHash('sha256').update(html).digest('base64url').slice(0, 16)
  relayHtml(v, html)
  return { v, html }
}
