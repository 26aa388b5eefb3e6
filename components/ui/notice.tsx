import type { ReactNode } from 'react'

/** A message above a form: errors are announced assertively, confirmations politely. */
export function Notice({ kind, children }: { kind: 'error' | 'success' | 'info'; children: ReactNode }) {
  const style = {
    error: 'border-red-700 bg-red-50 text-red-900',
    success: 'border-brand-600 bg-brand-50 text-brand-800',
    info: 'border-blue-700 bg-blue-50 text-blue-900',
  }[kind]
  return (
    <div role={kind === 'error' ? 'alert' : 'status'} className={`mb-4 rounded-md border-l-4 px-4 py-3 ${style}`}>
      {children}
    </div>
  )
}
