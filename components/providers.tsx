'use client'
import type { ReactNode } from 'react'
import { MemberProvider } from '@/components/member'

export function Providers({ children }: { children: ReactNode }) {
  return <MemberProvider>{children}</MemberProvider>
}
