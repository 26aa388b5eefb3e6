'use client'
import { useEffect, useState } from 'react'
import { useLocale } from 'next-intl'
import { relayedHtml } from '@/lib/html-relay'
import { useThreadMember } from './thread-member-context'

type Statics = Record<string, { v: string; html: string }>

/** What this tab has already shown, by hash: a post seen once is shown again at once (back, forward, re-renders). */
const seen = new Map<string, string>()
const asked = new Map<string, Promise<Statics>>()

/** One request for all the posts of a page of a thread that the browser has not got yet. */
function askPage(threadId: string, from: number, locale: string): Promise<Statics> {
  const key = `${threadId}:${from}:${locale}`
  let p = asked.get(key)
  if (!p) {
    p = fetch(`/api/forum/threads/${encodeURIComponent(threadId)}/posts?from=${from}&locale=${locale}`, { cache: 'no-store' })
      .then((r) => (r.ok ? (r.json() as Promise<Statics>) : {}))
      .catch(() => ({}))
    asked.set(key, p)
    // Only the posts mounting together share a request: a later one (a new reply, an edit) asks again.
    void p.finally(() => asked.delete(key))
  }
  return p
}

/**
 * A post's header and text (server/forum/post-static.ts), sent once. On the server the HTML comes from the render
 * that made the page (lib/html-relay.ts); in the browser, hydration reads it back from the page itself, so the RSC
 * payload holds only its hash `v`. A post the page did not bring (client navigation, a reply just posted, an edit:
 * a new `v`) is asked for, with the rest of its page, from /api/forum/threads/<id>/posts.
 */
export function PostStatic({ postId, v }: { postId: string; v: string }) {
  const locale = useLocale()
  const { threadId, from } = useThreadMember()
  const [html, setHtml] = useState<string | null>(() => {
    if (typeof document === 'undefined') return relayedHtml(v) ?? null
    const inPage = document.querySelector(`[data-post-static="${v}"]`)?.innerHTML
    if (inPage) seen.set(v, inPage)
    return inPage || seen.get(v) || null
  })
  useEffect(() => {
    if (html !== null) return
    let live = true
    void askPage(threadId, from, locale).then((statics) => {
      const s = statics[postId]
      if (!live || !s) return
      seen.set(s.v, s.html)
      setHtml(s.html)
    })
    return () => {
      live = false
    }
  }, [html, postId, threadId, from, locale])
  return <div data-post-static={v} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: html ?? '' }} />
}
