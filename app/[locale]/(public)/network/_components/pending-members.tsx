import { MembershipDecision } from './contact-actions'

/**
 * People who say they belong to an organisation and wait for its contact person: a name (and, where given, when they
 * asked) with the confirm / remove buttons. Shared by the organisation's page and its dashboard.
 */
export function PendingMembers({
  organisationId,
  pending,
  empty,
}: {
  organisationId: string
  pending: { userId: string; name: string; asked?: string }[]
  empty: string
}) {
  if (pending.length === 0) return <p className="mt-1 text-sm text-muted">{empty}</p>
  return (
    <ul className="mt-2 space-y-2">
      {pending.map((p) => (
        <li key={p.userId} className="flex flex-wrap items-center justify-between gap-2">
          <span>
            {p.name}
            {p.asked && <span className="text-sm text-muted"> {p.asked}</span>}
          </span>
          <MembershipDecision organisationId={organisationId} userId={p.userId} name={p.name} />
        </li>
      ))}
    </ul>
  )
}
