// The accessibility statement (tillgänglighetsredogörelse), bundled with the apps so that it opens
// inside a SharePoint page and a Teams tab alike (docs/ on GitHub is not reachable from Teams).
// docs/tillganglighetsredogorelse.md and docs/accessibility-statement.md hold the same text; a
// test keeps them equal. The content follows what DIGG prescribes for a statement:
// https://www.digg.se/kunskap-och-stod/digital-tillganglighet/skapa-en-tillganglighetsredogorelse
// Pure data: no React here, so the text can be read by the docs test without a renderer.

/** A run of text, or a link inside a paragraph. */
export type Inline = string | { text: string; href: string };

export interface StatementSection {
  heading: string;
  paragraphs?: Inline[][];
  items?: Inline[][];
  /** Paragraphs after the list. */
  after?: Inline[][];
}

export interface Statement {
  title: string;
  intro: Inline[][];
  sections: StatementSection[];
}

export const REVIEWED = '2026-12-02';
const TDOS = 'https://www.digg.se/tdosanmalan';

export const STATEMENT_SV: Statement = {
  title: 'Tillgänglighetsredogörelse för Utbildningsavrop',
  intro: [
    [
      'Västra Götalandsregionen står bakom Utbildningsavrop, den digitala tjänsten på intranätet och i Teams där medarbetare hittar ramavtalen för regiongemensam utbildning, gör avrop och följer dem, och där utbildningsenheten (VGR Akademin) handlägger och följer upp avropen. Här beskriver vi hur tjänsten uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du kan meddela oss brister så att vi kan åtgärda dem.'
    ]
  ],
  sections: [
    {
      heading: 'Hur tillgänglig är tjänsten?',
      paragraphs: [
        [
          'Tjänsten är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister och de ogranskade delar som beskrivs nedan. Kravnivån är EN 301 549, som för webbinnehåll motsvarar WCAG 2.1 nivå AA.'
        ]
      ]
    },
    {
      heading: 'Vad kan du göra om du inte kan använda delar av tjänsten?',
      paragraphs: [
        [
          'Om du behöver innehållet i en annan form, till exempel avtalsområden, leverantörer och rangordning som vanlig text eller uppläst, eller om du vill göra ett avrop utan formuläret, kontakta avropshandläggarna på VGR Akademin via intranätsidan Regiongemensam utbildning. En handläggare kan ta emot ditt avrop per telefon eller e-post och registrera det åt dig, och berätta hur det går med det.'
        ]
      ]
    },
    {
      heading: 'Rapportera brister i tjänstens tillgänglighet',
      paragraphs: [
        [
          'Vi strävar hela tiden efter att förbättra tjänstens tillgänglighet. Om du upptäcker problem som inte beskrivs här, eller om du anser att vi inte uppfyller lagens krav, kontakta avropshandläggarna på VGR Akademin via intranätsidan Regiongemensam utbildning. Skriv gärna vilken del av tjänsten det gäller (Avtalskatalog, Avrop, Avropshantering, Administration eller Uppföljning), vad du försökte göra och vilken webbläsare och vilket hjälpmedel du använder. Då vet vi om problemet och kan åtgärda det.'
        ]
      ]
    },
    {
      heading: 'Tillsyn',
      paragraphs: [
        [
          'Myndigheten för digital förvaltning (Digg) ansvarar för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du ',
          { text: 'kontakta Digg och påtala det (digg.se/tdosanmalan)', href: TDOS },
          '.'
        ]
      ]
    },
    {
      heading: 'Innehåll som inte är tillgängligt',
      paragraphs: [['Det här känner vi till och har ännu inte åtgärdat:']],
      items: [
        [
          'Innehållet från SharePoint-listorna (avtalsområdenas namn och texter, kurser och leverantörer) finns bara på svenska. När tjänsten visas på engelska är texterna inte märkta som svenska, så en skärmläsare kan läsa dem med engelskt uttal (WCAG 3.1.2 Del av sidas språk). Listorna har inget fält för en engelsk text och ingen språkmärkning ännu.'
        ],
        [
          'Felmeddelanden och varningar från tjänstens regler, till exempel i avropsformulärets felsammanfattning, visas på svenska också när tjänsten visas på engelska, och de är inte märkta som svenska (WCAG 3.1.2 Del av sidas språk). Reglerna har ännu bara svenska texter.'
        ],
        [
          'I avropets historik kan den som registrerade avropet visas med sitt inloggnings-id (till exempel i:0#.f|membership|namn@region.se) i stället för sitt namn. Det är svårt att läsa och att lyssna på (WCAG 3.1, begriplighet). Namnet saknas i de uppgifter som sparas när avropet skickas.'
        ],
        [
          'Rangordningstabellen i Administration är bredare än en smal skärm. På 320 pixlars bredd rullas den i sidled inom sin egen ruta (som WCAG 1.4.10 tillåter för datatabeller), och rutan kan rullas med tangentbordet.'
        ]
      ]
    },
    {
      heading: 'Det här har vi inte granskat',
      paragraphs: [['Följande har vi inte provat, så vi vet inte om det fungerar:']],
      items: [
        ['Skärmläsare (NVDA, JAWS, VoiceOver, TalkBack eller Skärmläsaren i Windows) och talstyrning. Vi har kontrollerat att kontroller har tillgängliga namn och att statusmeddelanden finns i levande regioner, men inte hur de faktiskt läses upp.'],
        ['Teams-apparna för mobil och dator, och SharePoints mobilapp. Vi har provat tjänsten i en webbläsare med Teams teman, inte i Teams egna klienter.'],
        ['Andra webbläsare än Chromium (Firefox, Safari) och Windows läge för hög kontrast (tvingade färger).'],
        ['Textavstånd (WCAG 1.4.12) och inmatning med röst eller switch.'],
        ['Att ändra rangordningen i Administration och att byta period och exportera i Uppföljning. De delarna provas med tangentbordet i egna tester som inte ingår i den här granskningen.'],
        ['SharePoints och Teams egna delar runt tjänsten (sidhuvud, navigering, sökfält) ansvarar Microsoft för.']
      ]
    },
    {
      heading: 'Innehåll som inte omfattas av lagkraven',
      paragraphs: [
        [
          'Lärportalen och avtalskatalogen som tjänsten länkar till är andra webbplatser med egna tillgänglighetsredogörelser. Förfrågan som handläggaren skickar till en leverantör är vanlig text i ett e-postmeddelande som handläggaren själv skickar. Inget innehåll har undantagits för att anpassningen skulle vara oskäligt betungande.'
        ]
      ]
    },
    {
      heading: 'Hur vi testat tjänsten',
      paragraphs: [
        [
          'Vi har gjort en egen bedömning (självskattning) av tjänsten med automatiska och manuella tester som körs vid varje ändring:'
        ]
      ],
      items: [
        ['axe-core 4.14 i webbläsaren Chromium, för WCAG 2.1 A och AA, på alla fem appar i de fyra temana (SharePoint, Teams ljust, Teams mörkt, Teams hög kontrast) och på svenska och engelska, också med formulär med fel, dialoger och öppna avrop.'],
        ['Genomgångar med enbart tangentbord: hitta och öppna ett avtalsområde, fylla i och skicka ett avrop och rätta fel från felsammanfattningen, avbryta ett avrop i Mina avrop, och som handläggare skicka, registrera avböjt och antaget och avsluta ett avrop. Vid varje steg kontrolleras att fokus syns och inte tappas efter en dialog eller omladdning, att kontrollerna har namn på sidans språk och att resultat meddelas i levande regioner.'],
        ['Smal skärm: 360 och 320 pixlar breda, utan sidledsrullning, avklippt eller överlappande innehåll (WCAG 1.4.10).'],
        ['Text förstorad till 200 % utan att resten av sidan zoomas (WCAG 1.4.4), på alla appar.']
      ],
      after: [[`Tjänsten granskades senast ${REVIEWED}. Redogörelsen uppdaterades senast ${REVIEWED}.`]]
    }
  ]
};

export const STATEMENT_EN: Statement = {
  title: 'Accessibility statement for Utbildningsavrop',
  intro: [
    [
      'Västra Götalandsregionen is responsible for Utbildningsavrop, the digital service on the intranet and in Teams where employees find the framework agreements for region-wide training, place call-off orders and follow them, and where the training unit (VGR Akademin) handles and follows up the orders. This statement describes how the service meets the Swedish Act (2018:1937) on accessibility to digital public services, which shortcomings we know of and how you can tell us about shortcomings so that we can fix them.'
    ]
  ],
  sections: [
    {
      heading: 'How accessible is the service?',
      paragraphs: [
        [
          'The service is partially compliant with the Act on accessibility to digital public services, because of the shortcomings and the parts not reviewed that are described below. The requirement is EN 301 549, which for web content corresponds to WCAG 2.1 level AA.'
        ]
      ]
    },
    {
      heading: 'What can you do if you cannot use parts of the service?',
      paragraphs: [
        [
          'If you need the content in another form, for example the agreement areas, suppliers and ranking as plain text or read aloud, or if you want to place an order without the form, contact the order handlers at VGR Akademin through the intranet page Regiongemensam utbildning. A handler can take your order by phone or e-mail, register it for you and tell you how it is going.'
        ]
      ]
    },
    {
      heading: 'Report shortcomings in the accessibility of the service',
      paragraphs: [
        [
          'We keep working to improve the accessibility of the service. If you find problems that are not described here, or if you think we do not meet the requirements of the Act, contact the order handlers at VGR Akademin through the intranet page Regiongemensam utbildning. Please say which part of the service it concerns (Avtalskatalog, Avrop, Avropshantering, Administration or Uppföljning), what you tried to do and which browser and assistive technology you use. Then we know about the problem and can fix it.'
        ]
      ]
    },
    {
      heading: 'Enforcement',
      paragraphs: [
        [
          'The Agency for Digital Government (Digg) is responsible for enforcing the Act on accessibility to digital public services. If you are not satisfied with how we handle your comments, you can ',
          { text: 'contact Digg and report it (digg.se/tdosanmalan)', href: TDOS },
          '.'
        ]
      ]
    },
    {
      heading: 'Content that is not accessible',
      paragraphs: [['We know of the following and have not fixed it yet:']],
      items: [
        [
          'The content from the SharePoint lists (the names and texts of the agreement areas, courses and suppliers) exists only in Swedish. When the service is shown in English these texts are not marked as Swedish, so a screen reader may read them with English pronunciation (WCAG 3.1.2 Language of Parts). The lists have no field for an English text and no language marking yet.'
        ],
        [
          'Error messages and warnings from the service\u2019s rules, for example in the order form\u2019s error summary, are shown in Swedish also when the service is shown in English, and they are not marked as Swedish (WCAG 3.1.2 Language of Parts). The rules have only Swedish texts so far.'
        ],
        [
          'In an order\u2019s history the person who registered the order may be shown with their sign-in id (for example i:0#.f|membership|name@region.se) instead of their name. It is hard to read and to listen to (WCAG 3.1, understandable). The name is missing from the data stored when the order is sent.'
        ],
        [
          'The ranking table in Administration is wider than a narrow screen. At 320 pixels wide it scrolls sideways inside its own box (which WCAG 1.4.10 allows for data tables), and the box can be scrolled with the keyboard.'
        ]
      ]
    },
    {
      heading: 'What we have not reviewed',
      paragraphs: [['We have not tried the following, so we do not know whether it works:']],
      items: [
        ['Screen readers (NVDA, JAWS, VoiceOver, TalkBack or Windows Narrator) and speech control. We have checked that controls have accessible names and that status messages are in live regions, but not how they are actually read out.'],
        ['The Teams apps for mobile and desktop, and the SharePoint mobile app. We have tried the service in a browser with the Teams themes, not in Teams\u2019 own clients.'],
        ['Browsers other than Chromium (Firefox, Safari) and Windows high contrast mode (forced colours).'],
        ['Text spacing (WCAG 1.4.12) and input by voice or switch.'],
        ['Reordering the ranking in Administration and changing the period and exporting in Uppföljning. Those parts are tried with the keyboard in tests of their own that are not part of this review.'],
        ['The parts of SharePoint and Teams around the service (header, navigation, search box) are Microsoft\u2019s responsibility.']
      ]
    },
    {
      heading: 'Content not covered by the requirements',
      paragraphs: [
        [
          'Lärportalen and the agreement catalogue that the service links to are other websites with their own accessibility statements. The request that a handler sends to a supplier is plain text in an e-mail the handler sends. No content has been exempted because adapting it would be a disproportionate burden.'
        ]
      ]
    },
    {
      heading: 'How we tested the service',
      paragraphs: [['We have made our own assessment (self-assessment) of the service with automated and manual tests that run on every change:']],
      items: [
        ['axe-core 4.14 in the Chromium browser, for WCAG 2.1 A and AA, on all five apps in the four themes (SharePoint, Teams light, Teams dark, Teams high contrast) and in Swedish and English, also with forms with errors, dialogs and open orders.'],
        ['Keyboard-only walk-throughs: find and open an agreement area, fill in and send an order and correct errors from the error summary, cancel an order in Mina avrop, and as a handler send, record a decline and an acceptance and complete an order. At each step the tests check that focus is visible and not lost after a dialog or a reload, that controls have names in the page\u2019s language and that results are announced in live regions.'],
        ['Narrow screens: 360 and 320 pixels wide, without sideways scrolling, cut-off or overlapping content (WCAG 1.4.10).'],
        ['Text enlarged to 200 % without zooming the rest of the page (WCAG 1.4.4), in every app.']
      ],
      after: [[`The service was last reviewed on ${REVIEWED}. This statement was last updated on ${REVIEWED}.`]]
    }
  ]
};
