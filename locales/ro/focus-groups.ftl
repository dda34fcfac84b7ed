focus-groups-title = Grupuri de discuție
focus-groups-intro = Discuții în grupuri mici, în care localnici și imigranți vorbesc despre ce ar trebui să facă planul. Înscrieți-vă la o sesiune sau ajutați la alegerea datei.
focus-groups-none = Deocamdată nu există grupuri de discuție.
focus-groups-when = { $date }, { $start }–{ $end }
focus-groups-when-poll = Data nu este încă stabilită
focus-groups-places = Locuri ocupate: { $taken } din { $capacity }
focus-groups-waitlisted-count = { $count ->
    [one] · { $count } persoană pe lista de așteptare
    [few] · { $count } persoane pe lista de așteptare
   *[other] · { $count } de persoane pe lista de așteptare
}
focus-groups-state-poll = Se alege data
focus-groups-state-open = Înscrieri deschise
focus-groups-state-waitlist = Complet: listă de așteptare deschisă
focus-groups-state-full = Complet
focus-groups-state-past = Desfășurat
focus-groups-state-cancelled = Anulat
focus-groups-register = Înscrieți-vă la această sesiune
focus-groups-join-waitlist = Intrați pe lista de așteptare
focus-groups-full-waitlist = Toate locurile sunt ocupate. Puteți intra pe lista de așteptare: dacă cineva anulează, prima persoană de pe listă primește locul și este anunțată prin e-mail.
focus-groups-closed-poll = Data acestei sesiuni nu este încă stabilită, așa că înscrierile nu s-au deschis încă.
focus-groups-closed-full = Toate locurile sunt ocupate, iar această sesiune nu are listă de așteptare.
focus-groups-closed-past = Această sesiune a avut deja loc.
focus-groups-closed-cancelled = Această sesiune a fost anulată.
focus-groups-closed-open = Înscrierile sunt deschise.
focus-groups-closed-waitlist = Toate locurile sunt ocupate; lista de așteptare este deschisă.
focus-groups-about-heading = Despre ce este vorba
focus-groups-consent-heading = Cum este folosit ce spuneți
focus-groups-new-heading = Creați un grup de discuție
focus-groups-field-topic = Temă
focus-groups-field-audience = Cui se adresează
focus-groups-audience-hint = De exemplu: femei din comunitățile din Asia de Sud; părinți cu copii de vârstă școlară.
focus-groups-field-areas = Domeniile de intervenție abordate
focus-groups-field-measures = Măsurile propuse abordate
focus-groups-field-languages = Limbile sesiunii
focus-groups-field-interpretation = Interpretare oferită
focus-groups-interpretation-hint = Coduri de limbă separate prin virgulă, de exemplu: ne, ur, bn.
focus-groups-field-venue = Locul
focus-groups-field-online = Linkul întâlnirii online
focus-groups-field-access = Accesibilitatea locului
focus-groups-access-step-free = Acces fără trepte
focus-groups-access-hearing-loop = Buclă de inducție magnetică
focus-groups-access-accessible-toilet = Toaletă accesibilă
focus-groups-access-sign-language = Interpretare în limbajul semnelor
focus-groups-access-quiet-room = Cameră liniștită
focus-groups-field-support = Sprijin oferit
focus-groups-support-childcare = Colț pentru copii
focus-groups-support-transport = Ajutor pentru transport
focus-groups-support-meal = O masă sau o gustare
focus-groups-field-capacity = Locuri
focus-groups-field-waitlist = Păstrați o listă de așteptare când locurile sunt ocupate
focus-groups-field-consent = Textul de consimțământ citit participanților
focus-groups-field-hosts = Facilitat de
focus-groups-start-hint = Lăsați ziua și ora necompletate dacă nu sunt încă stabilite. Orele sunt în fusul orar al planului.
focus-groups-field-day = Ziua
focus-groups-field-time = Ora de început
focus-groups-field-minutes = Durata în minute
focus-groups-submit = Creați grupul de discuție
focus-groups-register-title = Înscriere
focus-groups-register-privacy = Doar facilitatorii planului văd datele și nevoile dumneavoastră, pentru a pregăti sesiunea. Nevoile și datele dumneavoastră de contact sunt șterse la 30 de zile după sesiune sau imediat ce anulați.
focus-groups-field-name = Numele dumneavoastră
focus-groups-field-email = E-mail (opțional)
focus-groups-email-hint = Pentru a primi confirmarea, mementourile și un link de anulare. Fără e-mail, păstrați pagina pe care o veți vedea în continuare.
focus-groups-field-phone = Telefon (opțional)
focus-groups-field-lang = Limba dumneavoastră
focus-groups-field-interpret-into = Aveți nevoie de un interpret?
focus-groups-interpret-none = Nu, mulțumesc
focus-groups-field-access-needs = Nevoi de accesibilitate (opțional)
focus-groups-field-children = Copii care vin cu dumneavoastră la colțul pentru copii
focus-groups-field-children-ages = Vârstele lor
focus-groups-field-diet = Alimente pe care nu le puteți mânca (opțional)
focus-groups-field-note = Altceva ce ar trebui să știm (opțional)
focus-groups-register-submit = Înscrieți-vă
focus-groups-behalf-heading = Înscrieți pe cineva în numele său
focus-groups-behalf-submit = Înscrieți această persoană
focus-groups-registration-title = Înscrierea dumneavoastră
focus-groups-registration-confirmed = Locul dumneavoastră este confirmat.
focus-groups-registration-waitlisted = Sunteți pe lista de așteptare, pe poziția { $place }. Dacă se eliberează un loc, este al dumneavoastră și vă anunțăm.
focus-groups-registration-cancelled = Această înscriere este anulată.
focus-groups-registration-keep-link = Păstrați adresa acestei pagini: prin ea puteți anula înscrierea, fără cont.
focus-groups-cancel-heading = Nu puteți veni?
focus-groups-cancel-hint = Dacă anulați, locul dumneavoastră trece la următoarea persoană de pe lista de așteptare.
focus-groups-cancel-submit = Anulați-mi înscrierea
focus-groups-roster-heading = Înscrieri
focus-groups-roster-none = Încă nu s-a înscris nimeni.
focus-groups-needs-private = Doar facilitatorii planului văd această listă. Nevoile și datele de contact sunt șterse la 30 de zile după sesiune și imediat ce cineva anulează.
focus-groups-col-name = Nume
focus-groups-col-seat = Loc
focus-groups-col-language = Limbă
focus-groups-col-contact = Date de contact
focus-groups-col-needs = Nevoi
focus-groups-seat-confirmed = Confirmat
focus-groups-seat-waitlisted = Listă de așteptare
focus-groups-seat-cancelled = Anulat
focus-groups-entered = (înscriere făcută de un facilitator)
focus-groups-needs-heading = Nevoi de pregătit (locuri confirmate)
focus-groups-needs-interpreters-heading = Interpreți
focus-groups-needs-childcare-heading = Îngrijirea copiilor
focus-groups-needs-access-heading = Accesibilitate
focus-groups-needs-diet-heading = Mâncare
focus-groups-needs-interpreter = interpret pentru { $language }
focus-groups-needs-interpreters = { $language }: { $count ->
    [one] { $count } persoană
    [few] { $count } persoane
   *[other] { $count } de persoane
}
focus-groups-needs-children = { $count ->
    [one] { $count } copil
    [few] { $count } copii
   *[other] { $count } de copii
} ({ $ages })
focus-groups-needs-band = Vârsta de { $band } ani: { $count }
focus-groups-needs-unaged = Vârstă nespecificată: { $count }
focus-groups-email-confirmed-subject = Locul dumneavoastră este confirmat: { $topic }
focus-groups-email-confirmed-intro = Bună ziua, { $name }, locul dumneavoastră la grupul de discuție „{ $topic }” este confirmat.
focus-groups-email-confirmed-next = Dacă nu puteți veni, vă rugăm să anulați folosind linkul de mai jos, ca altcineva să vă poată lua locul.
focus-groups-email-confirmed-action = Vedeți sau anulați înscrierea
focus-groups-email-waitlisted-subject = Sunteți pe lista de așteptare: { $topic }
focus-groups-email-waitlisted-intro = Bună ziua, { $name }, grupul de discuție „{ $topic }” este complet, așa că sunteți pe lista lui de așteptare.
focus-groups-email-waitlisted-next = Dacă se eliberează un loc, acesta revine primei persoane de pe listă și vă vom scrie. Păstrați acest e-mail: linkul din el vă permite să anulați.
focus-groups-email-waitlisted-action = Vedeți poziția dumneavoastră pe listă
focus-groups-email-promoted-subject = Aveți un loc: { $topic }
focus-groups-email-promoted-intro = Bună ziua, { $name }, s-a eliberat un loc la grupul de discuție „{ $topic }” și acum este al dumneavoastră.
focus-groups-email-promoted-next = Dacă nu puteți veni, folosiți linkul din primul e-mail pentru a anula, ca următoarea persoană să poată veni.
focus-groups-email-promoted-action = Vedeți sesiunea
focus-groups-email-footer = Primiți acest e-mail pentru că v-ați înscris la un grup de discuție pe Ponte.
focus-groups-poll-link = Ajutați la alegerea datei
focus-groups-poll-title = Alegeți data
focus-groups-poll-thanks = Vă mulțumim: răspunsurile dumneavoastră au fost înregistrate.
focus-groups-poll-no-slots = Încă nu s-a propus niciun interval orar.
focus-groups-poll-col-time = Interval orar
focus-groups-answer-yes = Da
focus-groups-answer-maybe = Dacă e nevoie
focus-groups-answer-no = Nu
focus-groups-poll-answered = { $count ->
    [one] A răspuns { $count } persoană.
    [few] Au răspuns { $count } persoane.
   *[other] Au răspuns { $count } de persoane.
}
focus-groups-poll-closed = Data este stabilită, așa că acest sondaj este închis.
focus-groups-poll-see-session = Vedeți sesiunea și înscrieți-vă
focus-groups-poll-totals = Răspunsuri până acum
focus-groups-poll-answer-heading = Ce intervale orare vă convin?
focus-groups-poll-privacy = Doar facilitatorii planului văd numele dumneavoastră lângă răspunsuri; ceilalți văd doar totalurile.
focus-groups-poll-email-hint = Pentru a afla ce interval orar a fost ales. Nu vă trimitem nimic altceva la această adresă.
focus-groups-poll-submit = Trimiteți răspunsurile
focus-groups-poll-voters = Cine ce a răspuns
focus-groups-poll-voters-private = Doar facilitatorii planului văd acest tabel.
focus-groups-poll-pick-heading = Stabiliți data sesiunii
focus-groups-poll-pick = Stabiliți pe { $date }
focus-groups-poll-add-heading = Propuneți un interval orar
focus-groups-start-zone = Orele sunt în fusul orar al planului.
focus-groups-poll-add-submit = Adăugați acest interval
focus-groups-email-fixed-subject = Data a fost stabilită: { $topic }
focus-groups-email-fixed-intro = Bună ziua, { $name }, vă mulțumim că ați răspuns la sondaj. Grupul de discuție „{ $topic }” va avea loc în acest interval:
focus-groups-email-fixed-next = Locurile sunt limitate: înscrieți-vă pe pagina sesiunii dacă doriți să veniți.
focus-groups-email-fixed-action = Înscrieți-vă la sesiune
focus-groups-email-poll-footer = Primiți acest e-mail pentru că ați răspuns la un sondaj de date pe Ponte și v-ați lăsat adresa pentru a afla rezultatul.
focus-groups-email-reminder-48h-subject = Peste două zile: { $topic }
focus-groups-email-reminder-48h-intro = Bună ziua, { $name }, vă reamintim că grupul de discuție „{ $topic }” are loc peste două zile.
focus-groups-email-reminder-48h-next = Dacă până la urmă nu puteți veni, vă rugăm să anulați folosind linkul din e-mailul de confirmare, ca o persoană de pe lista de așteptare să vă poată lua locul.
focus-groups-email-reminder-48h-action = Vedeți sesiunea
focus-groups-email-reminder-2h-subject = Peste două ore: { $topic }
focus-groups-email-reminder-2h-intro = Bună ziua, { $name }, grupul de discuție „{ $topic }” începe peste două ore. Vă așteptăm cu drag.
focus-groups-email-reminder-2h-next = Dacă aveți nevoie de ajutor pentru a găsi locul de desfășurare, contactați facilitatorii menționați pe pagina sesiunii.
focus-groups-email-reminder-2h-action = Vedeți sesiunea
focus-groups-email-cancelled-subject = Înscriere anulată: { $topic }
focus-groups-email-cancelled-intro = Bună ziua, { $name }, înscrierea dumneavoastră la grupul de discuție „{ $topic }” a fost anulată, așa cum ați cerut.
focus-groups-email-cancelled-next = Locul dumneavoastră trece la următoarea persoană de pe lista de așteptare, iar datele dumneavoastră de contact și nevoile dumneavoastră au fost șterse. Vă puteți înscrie din nou cât timp mai sunt locuri.
focus-groups-email-cancelled-action = Vedeți sesiunea
focus-groups-came = { $count ->
    [one] A participat { $count } persoană.
    [few] Au participat { $count } persoane.
   *[other] Au participat { $count } de persoane.
}
focus-groups-attendance-title = Foaie de prezență
focus-groups-attendance-count = Au sosit { $taken } din { $capacity }
focus-groups-attendance-caption = Participanți confirmați
focus-groups-attendance-col-here = Prezență
focus-groups-attendance-legend = Nevoi: I:xx interpret pentru limba xx; C2 doi copii la colțul pentru copii; A nevoi de accesibilitate; D alimente de evitat.
focus-groups-attendance-here = Prezent
focus-groups-attendance-arrived-short = A sosit
focus-groups-attendance-undo-short = Anulați
focus-groups-change-heading = Modificați sesiunea
focus-groups-change-hint = Toate persoanele înscrise sunt anunțate prin e-mail, iar cele care au un loc primesc invitația de calendar actualizată.
focus-groups-change-submit = Salvați și anunțați pe toată lumea
focus-groups-call-off-heading = Anulați sesiunea
focus-groups-call-off-hint = Toate persoanele înscrise sunt anunțate prin e-mail, iar invitația este scoasă din calendarele lor. Acțiunea este ireversibilă.
focus-groups-call-off-submit = Anulați sesiunea
focus-groups-email-changed-subject = Sesiunea s-a schimbat: { $topic }
focus-groups-email-changed-intro = Bună ziua, { $name }, grupul de discuție „{ $topic }” s-a schimbat. Iată când și unde are loc acum:
focus-groups-email-changed-next = Dacă nu mai puteți veni, vă rugăm să anulați folosind linkul din primul e-mail, ca altcineva să vă poată lua locul.
focus-groups-email-changed-action = Vedeți sesiunea
focus-groups-email-called-off-subject = Anulat: { $topic }
focus-groups-email-called-off-intro = Bună ziua, { $name }, ne pare rău: grupul de discuție „{ $topic }” a fost anulat.
focus-groups-email-called-off-next = Datele dumneavoastră de contact și nevoile dumneavoastră vor fi șterse în cel mult 30 de zile. Vom anunța pe toată lumea dacă se organizează o nouă sesiune.
focus-groups-email-called-off-action = Vedeți grupul de discuție
