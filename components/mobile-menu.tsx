'use client'
import { useRef, type ReactNode } from 'react'
import { useTranslations } from 'next-intl'

/**
 * The menu button below 992 px: opens the navigation in a modal <dialog> — the browser keeps focus inside and
 * closes it with Esc; the close button closes it too, and focus returns to the menu button.
 * Following a link inside closes it.
 */
export function MobileMenu({ children }: { children: ReactNode }) {
  const t = useTranslations('nav')
  const dialog = useRef<HTMLDialogElement>(null)
  const opener = useRef<HTMLButtonElement>(null)
  const close = () => dialog.current?.close()
  return (
    <>
      <button
        ref={opener}
        type="button"
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
        className="-ml-1 flex shrink-0 flex-col items-center rounded-md px-1.5 py-1 text-xs font-semibold nav:hidden"
      >
        <svg viewBox="0 0 24 24" className="h-6 w-6" aria-hidden="true">
          <path d="M3 6h18M3 12h18M3 18h18" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
        </svg>
        {t('menu')}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="mobile-menu-title"
        onClose={() => opener.current?.focus()}
        onClick={(e) => {
          // A click on the backdrop (the dialog element itself) or on a link inside closes the menu.
          if (e.target === dialog.current || (e.target as HTMLElement).closest('a')) close()
        }}
        className="on-light m-0 h-dvh max-h-none w-[min(22rem,88vw)] max-w-none bg-white p-0 text-ink backdrop:bg-black/50"
      >
        <div className="flex items-center justify-between border-b border-line px-4 py-3">
          <h2 id="mobile-menu-title" className="text-lg font-bold text-brand-900">
            {t('menuTitle')}
          </h2>
          <button type="button" onClick={close} className="rounded-md px-3 py-1.5 font-semibold text-brand-700 underline">
            {t('closeMenu')}
          </button>
        </div>
        <div className="space-y-6 p-4">{children}</div>
      </dialog>
    </>
  )
}
