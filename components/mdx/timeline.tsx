import type { ReactNode } from 'react'

/** <Timeline><Milestone date="2004">…</Milestone>…</Timeline> */
export function Timeline({ children, label }: { children: ReactNode; label: string }) {
  return (
    <ol className="my-6 border-l-2 border-brand-600 pl-6" aria-label={label}>
      {children}
    </ol>
  )
}

export function Milestone({ date, children }: { date: string; children: ReactNode }) {
  return (
    <li className="relative mb-4">
      <span className="absolute top-1.5 -left-[1.95rem] h-3 w-3 rounded-full bg-brand-700" aria-hidden="true" />
      <p className="font-semibold text-brand-800">{date}</p>
      <div className="[&>p]:my-0">{children}</div>
    </li>
  )
}
