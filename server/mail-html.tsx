import 'server-only'
import { Body, Button, Container, Head, Hr, Html, Link, Preview, Section, Text } from '@react-email/components'
import { render } from '@react-email/render'
import type { Locale } from '@/i18n/routing'

// The HTML part of every mail (issue 14), built from react-email's components with the site's identity: the
// network's green band, the text's paragraphs, its first link as a button and the rest as links, and the footer
// (the part after "—": preferences and unsubscribe) in small print. It is made from the plain-text part at
// delivery, so the two parts always say the same thing and every mail gets one.

const BRAND = '#0b6140'
const INK = '#1b2430'
const MUTED = '#4b5563'
const URL_LINE = /^https?:\/\/\S+$/
const URL_IN_TEXT = /(https?:\/\/[^\s<>«»"]+)/g

const FRAME = {
  it: { network: 'Rete Cartesio', tagline: 'Gestione ambientale cooperativa di distretti e aree produttive', open: 'Apri' },
  en: { network: 'Rete Cartesio', tagline: 'Cooperative environmental management of districts and industrial areas', open: 'Open' },
} as const

/** Text with its URLs as links (a footer line such as "Preferences: https://…"). */
function Linked({ line }: { line: string }) {
  const parts = line.split(URL_IN_TEXT)
  return parts.map((p, i) =>
    i % 2 === 1 ? (
      <Link key={i} href={p} style={{ color: BRAND, textDecoration: 'underline', wordBreak: 'break-all' }}>
        {p}
      </Link>
    ) : (
      p
    ),
  )
}

export function MailDocument({ text, subject, locale }: { text: string; subject: string; locale: Locale }) {
  const frame = FRAME[locale]
  const cut = text.split('\n').findIndex((l) => l.trim() === '—')
  const main = cut === -1 ? text : text.split('\n').slice(0, cut).join('\n')
  const footer =
    cut === -1
      ? []
      : text
          .split('\n')
          .slice(cut + 1)
          .filter((l) => l.trim())
  // Paragraphs are separated by blank lines; a line that is only a URL is a call to action.
  const blocks = main.split(/\n{2,}/).map((b) => b.split('\n').filter((l) => l.trim() !== ''))
  const buttonAt = (() => {
    for (const [i, lines] of blocks.entries()) {
      const j = lines.findIndex((l) => URL_LINE.test(l.trim()))
      if (j !== -1) return `${i}:${j}`
    }
    return null
  })()
  return (
    <Html lang={locale}>
      <Head />
      <Preview>{subject}</Preview>
      <Body style={{ backgroundColor: '#f4f7f5', fontFamily: 'Titillium Web, Segoe UI, Helvetica, Arial, sans-serif', margin: 0 }}>
        <Container style={{ maxWidth: 600, margin: '0 auto', backgroundColor: '#ffffff' }}>
          <Section style={{ backgroundColor: BRAND, padding: '16px 24px' }}>
            <Text style={{ color: '#ffffff', fontSize: 20, fontWeight: 700, margin: 0 }}>Cartesio</Text>
            <Text style={{ color: '#d8f3e6', fontSize: 13, margin: 0 }}>
              {frame.network} · {frame.tagline}
            </Text>
          </Section>
          <Section style={{ padding: '8px 24px 16px' }}>
            {blocks.map((lines, i) => (
              <Section key={i}>
                {lines.map((line, j) => {
                  if (buttonAt === `${i}:${j}`) {
                    return (
                      <Button
                        key={j}
                        href={line.trim()}
                        style={{
                          backgroundColor: BRAND,
                          color: '#ffffff',
                          padding: '10px 18px',
                          borderRadius: 6,
                          fontWeight: 600,
                          margin: '4px 0 12px',
                        }}
                      >
                        {frame.open}
                      </Button>
                    )
                  }
                  return (
                    <Text key={j} style={{ color: INK, fontSize: 16, lineHeight: '24px', margin: '8px 0' }}>
                      <Linked line={line} />
                    </Text>
                  )
                })}
              </Section>
            ))}
          </Section>
          {footer.length > 0 && (
            <Section style={{ padding: '0 24px 16px' }}>
              <Hr style={{ borderColor: '#d6ddd9' }} />
              {footer.map((line, i) => (
                <Text key={i} style={{ color: MUTED, fontSize: 13, lineHeight: '20px', margin: '4px 0' }}>
                  <Linked line={line} />
                </Text>
              ))}
            </Section>
          )}
        </Container>
      </Body>
    </Html>
  )
}

/** The HTML part for a mail's plain text. */
export function mailHtml(mail: { text: string; subject: string; locale: Locale }): Promise<string> {
  return render(<MailDocument {...mail} />)
}
