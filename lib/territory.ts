import { localised } from '@/lib/localised'
// Italy's regions: reference data shared by the seed, the content schemas and the UI.

/** Italy's 20 regions with their ISTAT codes. */
export const REGIONS = [
  { id: 'piemonte', istatCode: '01', nameIt: 'Piemonte', nameEn: 'Piedmont' },
  { id: 'valle-d-aosta', istatCode: '02', nameIt: "Valle d'Aosta", nameEn: 'Aosta Valley' },
  { id: 'lombardia', istatCode: '03', nameIt: 'Lombardia', nameEn: 'Lombardy' },
  { id: 'trentino-alto-adige', istatCode: '04', nameIt: 'Trentino-Alto Adige', nameEn: 'Trentino-South Tyrol' },
  { id: 'veneto', istatCode: '05', nameIt: 'Veneto', nameEn: 'Veneto' },
  { id: 'friuli-venezia-giulia', istatCode: '06', nameIt: 'Friuli-Venezia Giulia', nameEn: 'Friuli-Venezia Giulia' },
  { id: 'liguria', istatCode: '07', nameIt: 'Liguria', nameEn: 'Liguria' },
  { id: 'emilia-romagna', istatCode: '08', nameIt: 'Emilia-Romagna', nameEn: 'Emilia-Romagna' },
  { id: 'toscana', istatCode: '09', nameIt: 'Toscana', nameEn: 'Tuscany' },
  { id: 'umbria', istatCode: '10', nameIt: 'Umbria', nameEn: 'Umbria' },
  { id: 'marche', istatCode: '11', nameIt: 'Marche', nameEn: 'Marche' },
  { id: 'lazio', istatCode: '12', nameIt: 'Lazio', nameEn: 'Lazio' },
  { id: 'abruzzo', istatCode: '13', nameIt: 'Abruzzo', nameEn: 'Abruzzo' },
  { id: 'molise', istatCode: '14', nameIt: 'Molise', nameEn: 'Molise' },
  { id: 'campania', istatCode: '15', nameIt: 'Campania', nameEn: 'Campania' },
  { id: 'puglia', istatCode: '16', nameIt: 'Puglia', nameEn: 'Apulia' },
  { id: 'basilicata', istatCode: '17', nameIt: 'Basilicata', nameEn: 'Basilicata' },
  { id: 'calabria', istatCode: '18', nameIt: 'Calabria', nameEn: 'Calabria' },
  { id: 'sicilia', istatCode: '19', nameIt: 'Sicilia', nameEn: 'Sicily' },
  { id: 'sardegna', istatCode: '20', nameIt: 'Sardegna', nameEn: 'Sardinia' },
] as const satisfies readonly { id: string; istatCode: string; nameIt: string; nameEn: string }[]

export type RegionId = (typeof REGIONS)[number]['id']
export const REGION_IDS = REGIONS.map((r) => r.id) as [RegionId, ...RegionId[]]
export const regionName = (id: string, locale: string) => {
  const r = REGIONS.find((x) => x.id === id)
  return r ? localised(r, 'name', locale) : id
}

// Italian region names take their article: "la Toscana", "il Lazio", "l'Emilia-Romagna", "le Marche".
const ARTICLE: Record<string, string> = {
  piemonte: 'il ',
  'valle-d-aosta': 'la ',
  lombardia: 'la ',
  'trentino-alto-adige': 'il ',
  veneto: 'il ',
  'friuli-venezia-giulia': 'il ',
  liguria: 'la ',
  'emilia-romagna': "l'",
  toscana: 'la ',
  umbria: "l'",
  marche: 'le ',
  lazio: 'il ',
  abruzzo: "l'",
  molise: 'il ',
  campania: 'la ',
  puglia: 'la ',
  basilicata: 'la ',
  calabria: 'la ',
  sicilia: 'la ',
  sardegna: 'la ',
}

/** The region's name as it reads inside a sentence: with its article in Italian ("la Toscana"), bare in English. */
export const regionInSentence = (id: string, locale: string) => (locale === 'it' ? (ARTICLE[id] ?? '') : '') + regionName(id, locale)
