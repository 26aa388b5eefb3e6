import type { ReactNode } from 'react'

/**
 * A boxed section of a personal page (my area, an organisation's dashboard): a heading that names the region for
 * screen readers, then its content.
 */
export function Panel({
  id,
  title,
  size = 'xl',
  testId,
  children,
}: {
  id: string
  title: ReactNode
  size?: 'xl' | 'lg'
  testId?: string
  children: ReactNode
}) {
  return (
    <section aria-labelledby={id} className="rounded-card border border-line p-4 sm:p-5" data-testid={testId}>
      <h2 id={id} className={size === 'xl' ? 'text-xl font-semibold' : 'text-lg font-semibold'}>
        {title}
      </h2>
      {children}
    </section>
  )
}
