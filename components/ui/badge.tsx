import type { ReactNode } from 'react'

export function Badge({ children, tone = 'gray' }: { children: ReactNode; tone?: 'gray' | 'amber' | 'green' }) {
  const style = { gray: 'bg-gray-100 text-gray-800', amber: 'bg-amber-100 text-amber-900', green: 'bg-brand-100 text-brand-800' }[tone]
  return <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-semibold tracking-wide uppercase ${style}`}>{children}</span>
}
