// The domain's terms in both languages. Case-study pages link the first occurrence of each term
// (matched by `match`, in the Italian body text) to its entry on the glossary page.

export type GlossaryTerm = {
  id: string
  term: { it: string; en: string }
  definition: { it: string; en: string }
  /** Regular expression (source) for the term in Italian text. */
  match: string
  source?: { title: string; url: string }
}

const ARPA_DISTRICTS = {
  title: 'ARPA FVG – Progetti EMAS per specifici distretti produttivi',
  url: 'http://cmsarpa.regione.fvg.it/cms/istituzionale/servizi/certificazioni-ambientali/piani/specifici_distretti_produttivi-.html',
}
const ARPA_LIVENZA = {
  title: 'ARPA FVG – Attestazione EMAS delle aree produttive',
  url: 'http://cmsarpa.regione.fvg.it/cms/istituzionale/servizi/certificazioni-ambientali/distretto_del_mobile/index.html',
}

export const GLOSSARY: GlossaryTerm[] = [
  {
    id: 'emas',
    term: { it: 'EMAS', en: 'EMAS' },
    definition: {
      it: "Eco-Management and Audit Scheme: lo schema volontario dell'Unione europea con cui un'organizzazione valuta, migliora e comunica le proprie prestazioni ambientali, con un sistema di gestione ambientale, verifiche periodiche e una dichiarazione ambientale pubblica. Oggi è regolato dal regolamento (CE) n. 1221/2009.",
      en: "Eco-Management and Audit Scheme: the European Union's voluntary scheme through which an organisation assesses, improves and reports its environmental performance, with an environmental management system, periodic audits and a public environmental statement. It is now governed by Regulation (EC) No 1221/2009.",
    },
    match: '\\bEMAS\\b',
    source: {
      title: 'Lucca in Diretta – Il distretto cartario di Lucca rispetta l’ambiente (2015)',
      url: 'https://luccaindiretta.it/dalla-citta/2015/01/16/il-distretto-cartario-di-lucca-rispetta-lambiente/39406',
    },
  },
  {
    id: 'art-37',
    term: { it: 'Articolo 37 del regolamento EMAS', en: 'Article 37 of the EMAS Regulation' },
    definition: {
      it: 'La norma con cui gli Stati membri incoraggiano le autorità locali, con associazioni industriali, camere di commercio e altre parti interessate, ad assistere i distretti (cluster) di organizzazioni perché soddisfino i requisiti di registrazione. La registrazione resta di ciascuna organizzazione.',
      en: 'The provision by which Member States encourage local authorities, with industry associations, chambers of commerce and other parties, to help clusters of organisations meet the registration requirements. Registration stays with each organisation.',
    },
    match: '\\barticolo 37\\b|\\bart\\. ?37\\b',
    source: ARPA_DISTRICTS,
  },
  {
    id: 'apo',
    term: { it: 'APO – Ambito produttivo omogeneo', en: 'APO – homogeneous production area' },
    definition: {
      it: 'Attestato rilasciato in Italia dalla sezione EMAS del Comitato Ecolabel-Ecoaudit a un distretto o area produttiva che ha un accordo tra soggetti pubblici e privati, un programma ambientale comune e strumenti condivisi per aiutare le imprese verso la registrazione EMAS. Vale tre anni ed è intestato al Soggetto Gestore.',
      en: 'Attestation issued in Italy by the EMAS section of the Ecolabel-Ecoaudit Committee to a district or production area that has a public-private agreement, a shared environmental programme and shared tools helping firms towards EMAS registration. It is valid for three years and is issued to the managing body (Soggetto Gestore).',
    },
    match: '\\bAPO\\b|[Aa]mbit[oi] produttiv[oi] omogene[oi]',
    source: ARPA_LIVENZA,
  },
  {
    id: 'soggetto-gestore',
    term: { it: 'Soggetto Gestore', en: 'Managing body (Soggetto Gestore)' },
    definition: {
      it: "L'organismo che guida il percorso di un distretto o di un'area produttiva: conosce le realtà insediate, crea le sinergie per ridurre gli impatti e raggiungere prestazioni d'area, e riceve l'attestato. Prima della posizione del Comitato EMAS del 2018 era chiamato Soggetto Attuatore; nei casi studio compare spesso come «comitato promotore».",
      en: "The body that leads a district's or production area's path: it knows the organisations in the area, creates the synergies to reduce impacts and reach area-level performance, and receives the attestation. Before the EMAS Committee's 2018 position it was called Soggetto Attuatore; in case studies it often appears as the “promotion committee”.",
    },
    match: '[Ss]oggetto [Gg]estore|[Ss]oggetto [Aa]ttuatore|[Cc]omitato promotore',
    source: ARPA_LIVENZA,
  },
  {
    id: 'comitato-ecolabel-ecoaudit',
    term: { it: 'Comitato Ecolabel-Ecoaudit', en: 'Ecolabel-Ecoaudit Committee' },
    definition: {
      it: "L'organismo nazionale competente per EMAS ed Ecolabel in Italia; la sua sezione EMAS Italia rilascia gli attestati di ambito produttivo omogeneo, con il supporto di ISPRA.",
      en: 'The Italian competent body for EMAS and Ecolabel; its EMAS Italy section issues the homogeneous-production-area attestations, supported by ISPRA.',
    },
    match: '[Cc]omitato Ecolabel-Ecoaudit|[Cc]omitato Ecolabel Ecoaudit|[Cc]omitato EMAS',
    source: {
      title: 'La Conceria – Distretto del cuoio, rinnovata per tre anni la conformità EMAS (2022)',
      url: 'https://www.laconceria.it/sostenibilita/distretto-del-cuoio-rinnovata-per-tre-anni-la-conformita-emas/',
    },
  },
  {
    id: 'analisi-ambientale-territoriale',
    term: { it: 'Analisi ambientale territoriale', en: 'Territorial environmental analysis' },
    definition: {
      it: "Lo studio delle condizioni e delle pressioni ambientali di un distretto o di un'area, con indicatori delle prestazioni delle imprese del settore: è il primo strumento comune che le singole organizzazioni possono usare per la propria registrazione EMAS.",
      en: "The study of the environmental conditions and pressures of a district or area, with indicators of the performance of the sector's firms: the first shared tool each organisation can use for its own EMAS registration.",
    },
    match: '[Aa]nalisi ambientale territoriale',
    source: {
      title: 'Lucca in Diretta – rinnovato l’attestato Emas (2015)',
      url: 'https://luccaindiretta.it/capannori-e-piana/2015/08/07/distretto-cartario-di-capannori-rinnovato-il-prestigioso-attestato-emas/52400',
    },
  },
  {
    id: 'programma-ambientale-territoriale',
    term: { it: 'Programma ambientale territoriale', en: 'Territorial environmental programme' },
    definition: {
      it: "Gli obiettivi e le azioni di miglioramento ambientale che i soggetti di un distretto si danno insieme, con tempi e responsabilità: è uno dei requisiti dell'attestato APO.",
      en: 'The environmental improvement goals and actions that the parties of a district set together, with timing and responsibilities: one of the requirements of the APO attestation.',
    },
    match: '[Pp]rogramm[ai] ambiental[ei] territorial[ei]|[Pp]rogramma ambientale (del|di) distretto',
  },
  {
    id: 'dichiarazione-ambientale-di-distretto',
    term: { it: 'Dichiarazione ambientale di distretto', en: 'Cluster (district) environmental statement' },
    definition: {
      it: 'Il documento pubblico che riassume i principali aspetti e impatti ambientali di un distretto e i progressi del suo programma, messo a disposizione delle organizzazioni per la propria documentazione EMAS.',
      en: "The public document summarising a district's main environmental aspects and impacts and the progress of its programme, made available to organisations for their own EMAS documentation.",
    },
    match: '[Dd]ichiarazione ambientale di [Dd]istretto',
    source: {
      title: 'Lucca in Diretta – Il distretto cartario di Lucca rispetta l’ambiente (2015)',
      url: 'https://luccaindiretta.it/dalla-citta/2015/01/16/il-distretto-cartario-di-lucca-rispetta-lambiente/39406',
    },
  },
  {
    id: 'apea',
    term: { it: 'APEA – Area produttiva ecologicamente attrezzata', en: 'APEA – ecologically equipped industrial area' },
    definition: {
      it: 'Area industriale dotata delle infrastrutture e dei sistemi necessari a tutelare salute, sicurezza e ambiente. Il decreto legislativo 112/1998 (art. 26) affida alle regioni il compito di disciplinarle con proprie leggi, comprese le forme di gestione unitaria delle infrastrutture e dei servizi da parte di soggetti pubblici o privati; non esiste un unico schema nazionale.',
      en: 'An industrial area equipped with the infrastructure and systems needed to protect health, safety and the environment. Legislative Decree 112/1998 (art. 26) leaves it to the regions to regulate them by law, including unified management of the infrastructure and services by public or private bodies; there is no single national scheme.',
    },
    match: '\\bAPEA\\b|[Aa]re[ae] produttiv[ae] ecologicamente attrezzat[ae]|[Aa]re[ae] (industrial[ei] )?ecologicamente attrezzat[ae]',
    source: {
      title: 'D.Lgs. 31 marzo 1998, n. 112, art. 26 (Normattiva)',
      url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:1998-03-31;112~art26',
    },
  },
  {
    id: 'csr',
    term: { it: "CSR – Responsabilità sociale d'impresa", en: 'CSR – corporate social responsibility' },
    definition: {
      it: "L'integrazione volontaria di preoccupazioni sociali e ambientali nelle attività di un'impresa e nei rapporti con i portatori di interesse; la Rete Cartesio promuove la sua integrazione con gli strumenti di gestione ambientale come EMAS.",
      en: "The voluntary integration of social and environmental concerns into a firm's operations and its relations with stakeholders; the Rete Cartesio promotes integrating it with environmental management tools such as EMAS.",
    },
    match: '\\bCSR\\b|[Rr]esponsabilità [Ss]ociale d.[Ii]mpresa',
  },
  {
    id: 'lca',
    term: { it: 'LCA – Valutazione del ciclo di vita', en: 'LCA – life cycle assessment' },
    definition: {
      it: 'Il metodo che calcola gli impatti ambientali di un prodotto lungo tutto il suo ciclo di vita. Una LCA di distretto calcola un valore di riferimento per il prodotto tipico del distretto.',
      en: "The method that computes a product's environmental impacts over its whole life cycle. A district LCA computes a reference value for the district's typical product.",
    },
    match: '\\bLCA\\b',
    source: {
      title: 'La Conceria – Distretto del cuoio, rinnovata per tre anni la conformità EMAS (2022)',
      url: 'https://www.laconceria.it/sostenibilita/distretto-del-cuoio-rinnovata-per-tre-anni-la-conformita-emas/',
    },
  },
  {
    id: 'iso-14001',
    term: { it: 'ISO 14001', en: 'ISO 14001' },
    definition: {
      it: "La norma internazionale sui sistemi di gestione ambientale; certificabile da un ente terzo. EMAS ne riprende i requisiti di sistema e aggiunge, tra l'altro, la dichiarazione ambientale pubblica.",
      en: 'The international standard for environmental management systems, certifiable by a third party. EMAS takes over its system requirements and adds, among other things, the public environmental statement.',
    },
    match: '\\bISO 14001\\b',
  },
  {
    id: 'ecolabel',
    term: { it: 'Ecolabel UE', en: 'EU Ecolabel' },
    definition: {
      it: 'Il marchio europeo di qualità ecologica di prodotti e servizi, assegnato secondo criteri per gruppo di prodotti.',
      en: 'The European label for the environmental quality of products and services, awarded according to criteria per product group.',
    },
    match: '\\bEcolabel\\b',
  },
  {
    id: 'parco-eco-industriale',
    term: { it: 'Parco eco-industriale', en: 'Eco-industrial park' },
    definition: {
      it: "Un'area industriale in cui imprese e gestori cooperano per usare meglio energia, acqua e materiali — anche scambiandosi scarti e sottoprodotti — secondo i principi dell'economia circolare.",
      en: 'An industrial area where firms and operators cooperate to make better use of energy, water and materials — also by exchanging waste and by-products — following circular-economy principles.',
    },
    match: '[Pp]archi eco-industriali|[Pp]arco eco-industriale',
    source: { title: 'Interreg Alpine Space – ECOLE kick-off', url: 'https://www.alpine-space.eu/event/kick-off-meeting-in-verona' },
  },
]
