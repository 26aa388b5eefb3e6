import type { ReactNode } from 'react'

/**
 * A wide table on a narrow screen: it scrolls inside its own region instead of widening the page (WCAG 1.4.10), and
 * the region can take focus so that it scrolls from the keyboard too (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, className = '', children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={`relative overflow-x-auto ${className}`} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  )
}
