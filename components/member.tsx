'use client'
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { Role } from '@/lib/policies'

export type Member = { id: string; name: string; role: Role }
export type MemberState = {
  /** `loading` until the browser has asked; then `member` or `visitor`. */
  status: 'loading' | 'member' | 'visitor'
  member: Member | null
  /** Unread notifications (the header's badge). */
  unread: number
  /** Asks again (after a change of name, or when notifications were read). */
  reload: () => void
}

const MemberContext = createContext<MemberState>({ status: 'loading', member: null, unread: 0, reload: () => {} })

/**
 * Who is signed in, as the browser learns it from `/api/me` (one request per page load: the member and their unread
 * count). Pages stay cacheable for everyone: nothing server-rendered reads the session, and the parts that differ per
 * member (account menu, tools, reply form) are islands that read this context. Replaces next-auth's SessionProvider,
 * which cost every page 14 kB of JavaScript and asked the session endpoint separately from the notification count.
 */
export function MemberProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<Omit<MemberState, 'reload'>>({ status: 'loading', member: null, unread: 0 })
  const load = useCallback(() => {
    fetch('/api/me', { cache: 'no-store', credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : { member: null, unread: 0 }))
      .then((j: { member: Member | null; unread: number }) =>
        setState({ status: j.member ? 'member' : 'visitor', member: j.member, unread: j.unread ?? 0 }),
      )
      .catch(() => setState((s) => (s.status === 'loading' ? { status: 'visitor', member: null, unread: 0 } : s)))
  }, [])
  const signedIn = state.status === 'member'
  useEffect(load, [load])
  useEffect(() => {
    if (!signedIn) return
    const timer = setInterval(load, 60_000)
    window.addEventListener('notifications-changed', load)
    return () => {
      clearInterval(timer)
      window.removeEventListener('notifications-changed', load)
    }
  }, [signedIn, load])
  const value = useMemo(() => ({ ...state, reload: load }), [state, load])
  return <MemberContext.Provider value={value}>{children}</MemberContext.Provider>
}

export function useMember(): MemberState {
  return useContext(MemberContext)
}

/** Signs out through next-auth's own endpoint (with its CSRF token), then loads `callbackUrl` in full. */
export async function signOut(callbackUrl: string) {
  try {
    const { csrfToken } = (await (await fetch('/api/auth/csrf')).json()) as { csrfToken: string }
    await fetch('/api/auth/signout', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrfToken, callbackUrl, json: 'true' }),
    })
  } finally {
    window.location.assign(callbackUrl)
  }
}
