'use client'
import { useEffect } from 'react'
import { markReadAction } from '@/server/forum/actions'

/**
 * Moves the member's read marker once the page is shown: the thread page itself never writes while it renders.
 * Renders nothing; a failure only means the marker stays where it was.
 */
export function MarkRead({ threadId, number }: { threadId: string; number: number }) {
  useEffect(() => {
    const fd = new FormData()
    fd.set('threadId', threadId)
    fd.set('number', String(number))
    markReadAction(fd).catch(() => {})
  }, [threadId, number])
  return null
}
