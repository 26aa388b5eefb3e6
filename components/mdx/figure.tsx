import type { ReactNode } from 'react'

/** <Figure caption="…">content (image, table, chart)</Figure>, or <Figure src alt caption />. */
export function Figure({ src, alt, caption, children }: { src?: string; alt?: string; caption: string; children?: ReactNode }) {
  return (
    <figure className="my-6">
      {/* eslint-disable-next-line @next/next/no-img-element */}
      {src ? <img src={src} alt={alt ?? ''} className="max-w-full rounded" /> : children}
      <figcaption className="mt-2 text-sm text-muted">{caption}</figcaption>
    </figure>
  )
}
