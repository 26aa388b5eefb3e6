import type { CaseStudyMeta } from '@/lib/case-studies/schema'
import { TableScroll } from '@/components/table-scroll'

type Labels = { caption: string; outcome: string; value: string; period: string; source: string; none: string }

/** The case study's outcomes (front matter) as a table of figures with units and sources. */
export function OutcomeTable({ outcomes, locale, labels }: { outcomes: CaseStudyMeta['outcomes']; locale: 'it' | 'en'; labels: Labels }) {
  if (outcomes.length === 0) return <p className="my-4 text-muted">{labels.none}</p>
  return (
    <TableScroll label={labels.caption} className="my-6">
      <table className="w-full border-collapse text-left" data-testid="outcome-table">
        <caption className="mb-2 text-left font-semibold">{labels.caption}</caption>
        <thead>
          <tr className="border-b-2 border-gray-300">
            <th scope="col" className="py-2 pr-4">
              {labels.outcome}
            </th>
            <th scope="col" className="py-2 pr-4">
              {labels.value}
            </th>
            <th scope="col" className="py-2 pr-4">
              {labels.period}
            </th>
            <th scope="col" className="py-2">
              {labels.source}
            </th>
          </tr>
        </thead>
        <tbody>
          {outcomes.map((o, i) => (
            <tr key={i} className="border-b border-gray-200 align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                {o.label[locale]}
              </th>
              <td className="py-2 pr-4 font-semibold tabular-nums">
                {o.value[locale]}
                {o.unit && <span className="font-normal"> {o.unit[locale]}</span>}
              </td>
              <td className="py-2 pr-4">{o.period ?? '—'}</td>
              <td className="py-2">
                <a href={`#source-${o.source}`}>[{o.source}]</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}
