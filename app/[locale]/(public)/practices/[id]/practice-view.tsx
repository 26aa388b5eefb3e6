import { Breadcrumbs } from '@/components/breadcrumbs'
import type { Sector, Theme } from '@/lib/practices'
import { notFound } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Link, getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { Badge } from '@/components/ui/badge'
import type { CurrentUser } from '@/server/auth/session'
import { getPractice } from '@/server/practices/queries'
import { getCaseStudy } from '@/server/content/case-studies'
import { canDecidePractice, canEditPractice, canMarkPracticeUseful, canViewPractice } from '@/lib/policies'
import { regionName } from '@/lib/territory'
import type { FieldDiff } from '@/lib/practices'
import { ReviewForm, UsefulButton } from '../_components/actions'
import { OrgBadges } from '@/components/org-badges'
import { organisationBadges } from '@/server/network/queries'
import { localiseMemberHtml } from '@/lib/markdown'
import { localised } from '@/lib/localised'

/** Word-level changes: removed words struck through, added ones underlined (and named for screen readers). */
async function Changes({ changes }: { changes: FieldDiff[] }) {
  const t = await getTranslations('practices')
  return (
    <dl className="mt-2 space-y-3">
      {changes.map((c) => (
        <div key={c.field}>
          <dt className="text-sm font-semibold">{t(`field.${c.field}`)}</dt>
          <dd className="rounded border border-gray-200 bg-gray-50 p-2 text-sm whitespace-pre-wrap">
            {c.parts.map((p, i) =>
              p.added ? (
                <ins key={i} className="bg-green-100 text-green-900">
                  <span className="sr-only">[{t('added')}: </span>
                  {p.value}
                  <span className="sr-only">]</span>
                </ins>
              ) : p.removed ? (
                <del key={i} className="bg-red-100 text-red-900">
                  <span className="sr-only">[{t('removed')}: </span>
                  {p.value}
                  <span className="sr-only">]</span>
                </del>
              ) : (
                <span key={i}>{p.value}</span>
              ),
            )}
          </dd>
        </div>
      ))}
    </dl>
  )
}

/**
 * A good practice. Rendered per request for members (their drafts, the review panel, the edit link, their "useful"
 * mark) and from the page cache for visitors who are not signed in (app/[locale]/(public)/anon/practices/[id], where
 * proxy.ts sends them: `user` null, published practices only).
 */
export async function PracticeView({ locale, id, user }: { locale: Locale; id: string; user: CurrentUser | null }) {
  const p = await getPractice(id, user?.id)
  if (!p || !canViewPractice(user, p)) notFound()
  const [t, format, badges] = await Promise.all([getTranslations('practices'), getFormatter(), organisationBadges([p.authorId])])
  // One's own practice is decided by another reviewer: its author sees it as any author does.
  const reviewer = canDecidePractice(user, p)
  const caseStudy = p.caseStudySlug ? getCaseStudy(p.caseStudySlug) : undefined
  const date = (d: Date) => format.dateTime(d, { day: 'numeric', month: 'long', year: 'numeric' })
  const lastSubmitted = p.revisions.at(-1)
  const lastReview = p.reviews.at(-1)
  // Readers see the history from the text that was first published; earlier drafts stay between author and reviewers.
  const firstPublished = p.reviews.find((r) => r.decision === 'PUBLISHED')?.revision ?? 1
  const publicRevisions = p.revisions.filter((r) => r.number >= firstPublished)
  return (
    <article className="max-w-4xl" aria-labelledby="practice-title">
      <Breadcrumbs items={[{ section: 'practices' }, { label: p.title }]} />
      <p className="flex flex-wrap gap-2">
        {p.instruments.map((i) => (
          <Badge key={i} tone="green">
            {t(`instrument.${i}`)}
          </Badge>
        ))}
        {p.theme && <Badge>{t(`theme.${p.theme as Theme}`)}</Badge>}
        {p.status !== 'PUBLISHED' && <Badge tone="amber">{t(`status.${p.status}`)}</Badge>}
      </p>
      <h1 id="practice-title" className="mt-2 text-3xl font-bold text-brand-800">
        {p.title}
      </h1>
      <p className="mt-1 text-sm text-muted">
        {t('byline', { name: p.author.name })}
        <OrgBadges orgs={badges.get(p.authorId)} />
        {p.organisation && <> · {p.organisation.name}</>}
        {p.publishedAt && <> · {t('publishedOn', { date: date(p.publishedAt) })}</>}
        {p.revision > 1 && p.status === 'PUBLISHED' && <> · {t('updatedOn', { date: date(p.updatedAt) })}</>}
      </p>
      {p.status === 'SUBMITTED' && !reviewer && (
        <p role="status" className="mt-4 rounded-md bg-blue-50 px-3 py-2">
          {t('underReview')}
        </p>
      )}
      {(p.status === 'RETURNED' || p.status === 'REJECTED') && lastReview && (
        <section
          className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-4"
          data-testid="review-comment"
          aria-label={t(`status.${p.status}`)}
        >
          <p className="font-semibold">
            {p.status === 'RETURNED'
              ? t('returnedBy', { name: lastReview.reviewer.name })
              : t('rejectedBy', { name: lastReview.reviewer.name })}
          </p>
          <p className="mt-1 whitespace-pre-line">{lastReview.comment}</p>
        </section>
      )}
      {canEditPractice(user, p) && (
        <p className="mt-3">
          <Link href={{ pathname: '/practices/[id]/edit', params: { id: p.id } }}>
            {p.status === 'PUBLISHED' ? t('editPublished') : t('editShort')}
          </Link>
        </p>
      )}

      <p className="mt-6 text-lg">{p.summary}</p>
      <div className="mt-6 grid gap-8 md:grid-cols-[1fr_17rem]">
        <div
          className="prose-cartesio prose"
          data-testid="practice-body"
          dangerouslySetInnerHTML={{ __html: localiseMemberHtml(p.bodyHtml, locale) }}
        />
        <aside className="space-y-4">
          <section aria-labelledby="facts-h" className="rounded-lg border border-gray-200 p-4">
            <h2 id="facts-h" className="font-semibold">
              {t('facts')}
            </h2>
            <dl className="mt-1 space-y-1 text-sm">
              {p.regionId && (
                <div>
                  <dt className="inline font-medium">{t('form.region')}: </dt>
                  <dd className="inline">{regionName(p.regionId, locale)}</dd>
                </div>
              )}
              {p.cluster && (
                <div>
                  <dt className="inline font-medium">{t('form.cluster')}: </dt>
                  <dd className="inline">{localised(p.cluster, 'name', locale)}</dd>
                </div>
              )}
              {p.sector && (
                <div>
                  <dt className="inline font-medium">{t('form.sector')}: </dt>
                  <dd className="inline">{t(`sector.${p.sector as Sector}`)}</dd>
                </div>
              )}
              {caseStudy && (
                <div>
                  <dt className="inline font-medium">{t('form.caseStudy')}: </dt>
                  <dd className="inline">
                    <Link href={{ pathname: '/case-studies/[slug]', params: { slug: caseStudy.slug } }}>{caseStudy.title[locale]}</Link>
                  </dd>
                </div>
              )}
              {p.contact && (
                <div>
                  <dt className="inline font-medium">{t('form.contact')}: </dt>
                  <dd className="inline break-words">{p.contact}</dd>
                </div>
              )}
            </dl>
          </section>
          {p.results.length > 0 && (
            <section aria-labelledby="results-h" className="rounded-lg border border-gray-200 p-4">
              <h2 id="results-h" className="font-semibold">
                {t('form.results')}
              </h2>
              <table className="mt-1 w-full text-sm" data-testid="practice-results">
                <tbody>
                  {p.results.map((r, i) => (
                    <tr key={i} className="border-t border-gray-100">
                      <th scope="row" className="py-1 pr-2 text-left font-normal">
                        {r.label}
                      </th>
                      <td className="py-1 text-right font-semibold tabular-nums">
                        {format.number(Number(r.value))} {r.unit}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
          {p.status === 'PUBLISHED' && (
            <section className="rounded-lg border border-gray-200 p-4" aria-label={t('markUseful')}>
              <UsefulButton practiceId={p.id} count={p.usefulCount} marked={p.markedUseful} canMark={canMarkPracticeUseful(user, p)} />
              {!user && (
                <p className="mt-1 text-sm">
                  <Link
                    href={{
                      pathname: '/sign-in',
                      query: { callbackUrl: getPathname({ href: { pathname: '/practices/[id]', params: { id: p.id } }, locale }) },
                    }}
                  >
                    {t('signInToMark')}
                  </Link>
                </p>
              )}
            </section>
          )}
        </aside>
      </div>

      {reviewer && p.status === 'SUBMITTED' && lastSubmitted && (
        <section aria-labelledby="review-h" className="mt-10 rounded-lg border-2 border-brand-700 p-4" data-testid="review-panel">
          <h2 id="review-h" className="text-2xl font-semibold">
            {t('review.title', { revision: lastSubmitted.number })}
          </h2>
          <p className="text-sm text-muted">
            {lastSubmitted.number > 1 ? t('review.diffSince', { revision: lastSubmitted.number - 1 }) : t('review.firstSubmission')}
          </p>
          {p.reviews.length > 0 && (
            <ul className="mt-2 space-y-1 text-sm">
              {p.reviews.map((r) => (
                <li key={r.id}>
                  {t('review.history', {
                    decision: t(`status.${r.decision}`),
                    name: r.reviewer.name,
                    revision: r.revision,
                    date: date(r.createdAt),
                  })}
                  : «{r.comment}»
                </li>
              ))}
            </ul>
          )}
          {lastSubmitted.number > 1 && <Changes changes={lastSubmitted.changes} />}
          <ReviewForm practiceId={p.id} />
        </section>
      )}

      {p.status === 'PUBLISHED' && publicRevisions.length > 0 && (
        <section aria-labelledby="revisions-h" className="mt-10">
          <h2 id="revisions-h" className="text-2xl font-semibold">
            {t('revisions')}
          </h2>
          <ol className="mt-2 space-y-2" data-testid="revisions">
            {[...publicRevisions].reverse().map((r) => (
              <li key={r.number}>
                <details className="rounded border border-gray-200 p-2">
                  <summary className="cursor-pointer">
                    {t('revisionLine', { n: r.number, date: date(r.createdAt), name: r.editor })}
                    {r.note && <> — {r.note}</>}
                  </summary>
                  {r.number > firstPublished ? <Changes changes={r.changes} /> : <p className="mt-2 text-sm">{t('firstRevision')}</p>}
                </details>
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  )
}
