'use client'
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react'
import { useMember } from '@/components/member'
import { markReadAction } from '@/server/forum/actions'
import type { ThreadMemberView } from '@/server/forum/queries'

type ThreadMember = { threadId: string; from: number; view: ThreadMemberView | null; reload: () => void }
const Context = createContext<ThreadMember>({ threadId: '', from: 1, view: null, reload: () => {} })

/**
 * The member's layer over a cached thread page (issue 15): the page is the same HTML for everyone; once the browser
 * knows a member is signed in, this asks for their view of the page (/api/forum/threads/<id>/member) and the islands
 * below — post tools, unread marker, thread tools, reply form, hidden posts for moderators — show it. It also moves
 * the read marker (never done while rendering). Visitors get no request and the page as it is.
 */
export function ThreadMemberProvider({ threadId, from, children }: { threadId: string; from: number; children: ReactNode }) {
  const { status } = useMember()
  const [view, setView] = useState<ThreadMemberView | null>(null)
  const load = useCallback(() => {
    fetch(`/api/forum/threads/${encodeURIComponent(threadId)}/member?from=${from}`, { cache: 'no-store' })
      .then((r) => (r.ok ? (r.json() as Promise<ThreadMemberView>) : null))
      .then(setView)
      .catch(() => {})
  }, [threadId, from])
  useEffect(() => {
    if (status === 'member') load()
  }, [status, load])
  const marked = view && view.lastOnPage > view.lastReadNumber ? view.lastOnPage : 0
  useEffect(() => {
    if (!marked) return
    const fd = new FormData()
    fd.set('threadId', threadId)
    fd.set('number', String(marked))
    markReadAction(fd).catch(() => {})
  }, [threadId, marked])
  return <Context.Provider value={{ threadId, from, view, reload: load }}>{children}</Context.Provider>
}

export function useThreadMember() {
  return useContext(Context)
}
