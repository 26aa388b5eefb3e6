/** <Source n="2" />: a numbered reference to the page's sources list. */
export function SourceRef({ n, label }: { n: string; label: string }) {
  const num = Number.parseInt(n, 10)
  if (!Number.isInteger(num) || num < 1) return null
  return (
    <sup>
      <a href={`#source-${num}`} aria-label={`${label} ${num}`} className="no-underline">
        [{num}]
      </a>
    </sup>
  )
}
