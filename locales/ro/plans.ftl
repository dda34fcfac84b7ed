## Funcționalitatea planuri: planuri, domenii, entități și măsuri propuse.

plans-home-title = Planuri pentru integrarea migranților
plans-home-intro = Municipiile își pregătesc planurile pentru integrarea migranților împreună cu oamenii care locuiesc în ele. Citiți măsurile propuse și vedeți cine este implicat.
plans-home-empty = Încă nu a fost publicat niciun plan aici.

plans-kind-municipal = Plan municipal
plans-kind-intermunicipal = Plan intermunicipal

plans-status-drafting = În pregătire
plans-status-drafting-explained = Municipiul redactează proiectul planului. Măsurile propuse se mai pot schimba mult.
plans-status-consultation = În consultare publică
plans-status-consultation-explained = Proiectul planului poate fi citit de oricine. Ceea ce spun locuitorii, imigranții și asociațiile este folosit pentru a îmbunătăți măsurile.
plans-status-approved = Aprobat
plans-status-approved-explained = Planul a fost aprobat de organele municipale și urmează să fie pus în practică.
plans-status-monitoring = În curs de aplicare
plans-status-monitoring-explained = Măsurile planului sunt puse în practică și urmărite.

plans-field-status = Etapa
plans-field-kind = Tipul planului
plans-field-promoter = Inițiat de
plans-field-period = Perioada
plans-municipalities-heading = Municipii
plans-municipality = Municipiu
plans-residents = Locuitori
plans-foreign-residents = Locuitori străini

plans-next-heading = Ce puteți face acum
plans-next-measures = Citiți măsurile propuse, pe domenii
plans-overview-measures = { $measures ->
    [one] { $measures } măsură
    [few] { $measures } măsuri
   *[other] { $measures } de măsuri
} în { $areas ->
    [one] { $areas } domeniu
    [few] { $areas } domenii
   *[other] { $areas } de domenii
}, { $core ->
    [one] dintre care { $core } esențială (nivelul 1)
    [few] dintre care { $core } esențiale (nivelul 1)
   *[other] dintre care { $core } sunt esențiale (nivelul 1)
}
plans-next-entities = Vedeți serviciile și organizațiile locale
plans-next-surveys = Răspundeți la chestionare și vedeți rezultatele
plans-entity-count = { $count ->
    [one] { $count } organizație
    [few] { $count } organizații
   *[other] { $count } de organizații
}

plans-levels-heading = Ce înseamnă nivelul 1 și nivelul 2?
plans-level-1-badge = Nivelul 1 · esențial
plans-level-2-badge = Nivelul 2
plans-level-1-explained = Măsurile de nivelul 1 sunt nucleul planului. Municipiile garantează că vor fi puse în practică.
plans-level-2-explained = Și măsurile de nivelul 2 sunt prevăzute, dar ele depind de existența banilor și a partenerilor.

plans-areas-title = Domenii și măsuri
plans-areas-intro = Planul este organizat pe domenii de intervenție. Alegeți un domeniu pentru a vedea măsurile propuse în cadrul lui.
plans-area-no-measures = Încă nu există măsuri propuse în acest domeniu.
plans-area-counts = { $measures ->
    [one] { $measures } măsură propusă
    [few] { $measures } măsuri propuse
   *[other] { $measures } de măsuri propuse
}, { $core ->
    [one] { $core } esențială
    [few] { $core } esențiale
   *[other] { $core } esențiale
}
plans-area-measures-heading = Măsuri propuse

plans-measure-status-draft = Propunere
plans-measure-status-revised = Propunere revizuită
plans-measure-status-final = Versiune finală
plans-measure-summary = Pe scurt
plans-measure-description = Ce se va face
plans-measure-objectives = Obiective
plans-measure-indicators = Cum se va măsura progresul
plans-measure-indicator = Indicator
plans-measure-target = Țintă
plans-measure-timeline = Când
plans-measure-responsible = Responsabil
plans-measure-partners = Parteneri
plans-measure-no-partners = Încă nu au fost numiți parteneri.
plans-measure-area = Domeniu

plans-entities-title = Servicii și organizații locale
plans-entities-intro = Organizațiile identificate în diagnosticul local: servicii publice, școli, unități medicale, asociații și altele, împreună cu ajutorul pe care îl oferă.
plans-entities-all = Toate organizațiile
plans-entities-in-area = Activează în: { $area }
plans-entities-filter-label = Domeniu de activitate
plans-entities-filter-all = Toate domeniile
plans-entities-filter-apply = Afișați
plans-entity-services = Servicii
plans-entity-areas = Domenii de activitate

plans-entity-kind-municipality = Municipiu
plans-entity-kind-intermunicipal = Organism intermunicipal
plans-entity-kind-claim = Centru local de sprijin pentru integrarea migranților (CLAIM)
plans-entity-kind-association = Asociație
plans-entity-kind-school = Școală
plans-entity-kind-health_unit = Unitate medicală
plans-entity-kind-employer = Angajator
plans-entity-kind-employment_service = Serviciu de ocupare a forței de muncă
plans-entity-kind-ngo = Organizație neguvernamentală
plans-entity-kind-parish = Junta de freguesia (administrație locală de cartier)
plans-entity-kind-media = Mass-media
plans-entity-kind-other = Alt tip
plans-timeline-heading = Cum se elaborează planul
plans-timeline-empty = Datele procesului nu au fost stabilite încă.
plans-timeline-working-days = { $count ->
    [one] { $count } zi lucrătoare
    [few] { $count } zile lucrătoare
   *[other] { $count } de zile lucrătoare
}
plans-timeline-done = Încheiată
plans-timeline-now = În desfășurare
plans-timeline-later = Urmează
plans-timeline-saved = Calendarul a fost salvat.
plans-timeline-add = Adăugați o fază
plans-timeline-kind = Faza
plans-timeline-starts = Prima zi
plans-timeline-ends = Ultima zi
plans-timeline-or-days = Sau durata ei în zile lucrătoare
plans-timeline-days-hint = Se numără ca termenele administrative: zilele de weekend și sărbătorile legale naționale nu se iau în calcul. Lăsați ultima zi necompletată pentru a folosi această durată.
plans-timeline-add-submit = Adăugați faza
plans-timeline-remove = Eliminați această fază
plans-phase-diagnosis = Diagnostic local
plans-phase-surveys = Chestionare
plans-phase-focus-groups = Grupuri de discuție
plans-phase-information-sessions = Sesiuni de informare
plans-phase-consultation = Consultarea publică a proiectului planului
plans-phase-forum = Forum
plans-phase-approval = Aprobare
plans-phase-monitoring = Monitorizare
plans-activity-title = Jurnalul de activitate
plans-activity-link = Ce s-a modificat în acest plan și cine a făcut modificarea (jurnalul de activitate)
plans-activity-intro = Toate modificările aduse acestui plan, chestionarelor lui, răspunsurilor la ele și argumentelor lui, de la cele mai noi la cele mai vechi. Doar facilitatorii planului și administratorii văd această pagină.
plans-activity-times = Orele afișate sunt exprimate în ora locală a planului: { $zone }.
plans-activity-none = Încă nu s-a modificat nimic.
plans-activity-someone = Un cont șters sau linia de comandă a serverului
plans-activity-col-when = Când
plans-activity-col-who = Cine
plans-activity-col-what = Ce
plans-activity-col-about = Despre ce
plans-activity-pages-label = Paginile jurnalului de activitate
plans-activity-account-deleted = Ștergerea unui cont
plans-activity-evidence-linked = Legarea unui rezultat de o măsură, ca argument
plans-activity-evidence-rationale-changed = Modificarea motivului pentru care un rezultat susține o măsură
plans-activity-evidence-unlinked = Eliminarea legăturii dintre un rezultat și o măsură
plans-activity-plan-phase-added = Adăugarea unei faze în calendar
plans-activity-plan-phase-removed = Eliminarea unei faze din calendar
plans-activity-role-granted = Atribuirea unui rol
plans-activity-role-revoked = Retragerea unui rol
plans-activity-survey-codes-created = Generarea unor coduri de unică folosință
plans-activity-survey-created = Crearea unui chestionar
plans-activity-survey-published = Publicarea unui chestionar
plans-activity-survey-unpublished = Readucerea unui chestionar la ciornă
plans-activity-survey-question-added = Adăugarea unei întrebări
plans-activity-survey-question-changed = Modificarea unei întrebări
plans-activity-survey-question-deleted = Ștergerea unei întrebări
plans-activity-survey-question-moved = Mutarea unei întrebări
plans-activity-survey-section-added = Adăugarea unei părți
plans-activity-survey-section-renamed = Redenumirea unei părți
plans-activity-survey-settings-changed = Modificarea setărilor unui chestionar
plans-activity-survey-text-hidden = Ascunderea unui răspuns scris din rezultate
plans-activity-survey-text-shown = Afișarea din nou a unui răspuns scris
plans-activity-survey-response-corrected = Corectarea unui răspuns
plans-activity-survey-response-withdrawn = Retragerea unui răspuns
plans-new-title = Creați un plan
plans-new-intro = Un plan nou începe în pregătire, scris într-o singură limbă, cu cele 16 domenii de intervenție ale unui plan municipal pentru integrarea migranților. Desemnați-i facilitatorii pe pagina „Persoane și roluri”; ei scriu restul.
plans-new-title-label = Titlul planului
plans-new-slug-hint = Ultima parte a adresei planului: între 3 și 60 de caractere, litere mici a–z, cifre și cratime, de exemplu lisboa-2026.
plans-new-municipalities-hint = Unul pentru un plan municipal, două sau mai multe pentru un plan intermunicipal. Țineți apăsată tasta Ctrl (sau Cmd) pentru a alege mai multe.
plans-new-lang-label = Limba de bază a planului
plans-new-start = Prima zi a perioadei planului
plans-new-end = Ultima zi a perioadei planului
plans-new-submit = Creați planul
plans-created = Planul a fost creat. Desemnați-i facilitatorii pe pagina „Persoane și roluri”.
plans-activity-plan-created = Crearea planului
plans-home-search-label = Găsiți un plan
plans-home-query = Municipiu
plans-home-district = District sau regiune autonomă
plans-home-all-districts = Toate
plans-home-none-match = Niciun plan nu corespunde acestei căutări.
plans-home-open-surveys = { $count ->
    [one] { $count } chestionar deschis acum
    [few] { $count } chestionare deschise acum
   *[other] { $count } de chestionare deschise acum
}
plans-edit-title = Modificați planul
plans-edit-saved = Salvat.
plans-edit-languages = Limba textelor
plans-edit-not-offered = (încă nu este disponibilă: un titlu o face una dintre limbile planului)
plans-edit-summary = Rezumat
plans-edit-submit = Salvați
plans-activity-plan-changed = Modificarea textelor, a etapei sau a perioadei planului
plans-activity-plan-measure-drafted = Adăugarea unei măsuri în propunere
plans-activity-plan-measure-changed = Modificarea unei măsuri din propunere
plans-activity-plan-measure-draft-deleted = Ștergerea unei măsuri din propunere
plans-activity-plan-version-published = Publicarea unei versiuni a propunerii
plans-measure-version = Versiunea { $number } a propunerii, publicată la { $date }.
plans-measure-changes-link = Ce s-a schimbat
plans-versions-link = Toate versiunile propunerii
plans-version-published = Versiunea { $number } din { $date }
plans-draft-title = Măsurile propunerii
plans-draft-intro = Scrieți și revizuiți aici măsurile planului. Nimeni altcineva nu vă vede modificările până când nu publicați o nouă versiune a propunerii; versiunile anterioare rămân disponibile pentru citire, împreună cu ce s-a schimbat.
plans-draft-published = Versiunea { $number } este publicată: paginile publice o afișează acum.
plans-draft-deleted = Măsura din propunere a fost ștearsă.
plans-draft-none-published = Nu a fost publicată încă nicio versiune a propunerii.
plans-draft-missing = { $count ->
    [one] Mai este 1 text de tradus
    [few] Mai sunt { $count } texte de tradus
   *[other] Mai sunt { $count } de texte de tradus
}
plans-draft-list = Măsurile din propunerea de plan
plans-draft-empty = Încă nu există măsuri: adăugați-o pe prima mai jos.
plans-draft-col-code = Cod
plans-draft-col-measure = Măsură
plans-draft-col-area = Domeniu
plans-draft-col-level = Nivel
plans-draft-col-state = Stare
plans-draft-state-new = Încă nepublicată
plans-draft-state-changed = Modificată de la ultima versiune
plans-draft-state-published = Așa cum a fost publicată
plans-draft-new = Măsură nouă
plans-draft-new-title = Titlul, în limba de bază a planului
plans-draft-code = Cod
plans-draft-code-hint = Lăsați câmpul gol pentru a primi următorul cod, de exemplu { $example }.
plans-draft-new-submit = Adăugați măsura
plans-draft-publish = Publicați versiunea { $number }
plans-draft-unpublished = { $count ->
    [one] 1 măsură este nouă sau a fost modificată de la ultima versiune.
    [few] { $count } măsuri sunt noi sau au fost modificate de la ultima versiune.
   *[other] { $count } de măsuri sunt noi sau au fost modificate de la ultima versiune.
}
plans-draft-note = Ce s-a schimbat (nota de modificare)
plans-draft-note-hint = Toată lumea o citește în lista versiunilor.
plans-draft-publish-submit = Publicați această versiune
plans-draft-edit-title = Modificați măsura { $code }
plans-draft-see-public = Citiți măsura publicată
plans-draft-source = În { $language }:
plans-draft-shared = În toate limbile
plans-draft-texts-in = Texte în { $language }
plans-draft-starts = Începe la
plans-draft-ends = Se încheie la
plans-draft-no-entity = Niciuna deocamdată
plans-draft-objective = Obiectivul { $number }
plans-draft-objective-new = Obiectiv nou
plans-draft-indicator = Indicatorul { $number }
plans-draft-indicator-new = Indicator nou
plans-draft-indicator-new-target = Ținta noului indicator
plans-draft-remove-item = Eliminați
plans-draft-delete = Ștergeți această măsură din propunere
plans-draft-delete-explained = Nu a fost publicată niciodată, deci nimeni altcineva nu a citit-o. Acțiunea nu poate fi anulată.
plans-draft-delete-confirm = Da, ștergeți-o
plans-versions-title = Versiunile propunerii
plans-versions-intro = Fiecare versiune a păstrat toate măsurile așa cum arătau atunci. Deschideți o versiune pentru a o citi sau modificările unei măsuri pentru a vedea ce a fost reformulat, adăugat și eliminat.
plans-version-measures = { $count ->
    [one] Citiți singura ei măsură
    [few] Citiți cele { $count } măsuri ale ei
   *[other] Citiți cele { $count } de măsuri ale ei
}
plans-version-added = Nouă în această versiune
plans-version-changed = Modificată în această versiune
plans-version-older = Aceasta este o versiune anterioară: planul s-a schimbat de atunci.
plans-version-read-current = Citiți versiunea actuală
plans-version-changes-from = Ce s-a schimbat de la versiunea { $number }
plans-version-number = Versiunea { $number }
plans-diff-title = Modificările măsurii { $code }
plans-diff-only-one = Deocamdată, această măsură are o singură versiune.
plans-diff-between = De la versiunea { $from } la versiunea { $to }. Cuvintele eliminate sunt tăiate; cuvintele adăugate sunt subliniate.
plans-diff-none = Nimic nu s-a schimbat între aceste versiuni.
plans-diff-unchanged = Neschimbat:
plans-diff-removed = eliminat:
plans-diff-added = adăugat:
plans-diff-choose = Alegeți versiunile de comparat
plans-diff-from = De la
plans-diff-to = Până la
plans-diff-compare = Comparați
plans-diff-field-code = Cod
plans-diff-field-area = Domeniu
plans-diff-field-level = Nivel
plans-diff-field-title = Titlu
plans-diff-field-summary = Rezumat
plans-diff-field-description = Descriere
plans-diff-field-objectives = Obiective
plans-diff-field-indicators = Indicatori și ținte
plans-diff-field-timeline = Calendar
plans-diff-field-dates = Datele
plans-diff-field-responsible = Entitatea responsabilă
plans-diff-field-partners = Entități partenere
plans-activity-plan-entity-added = Adăugarea unei entități în diagnostic
plans-activity-plan-entity-changed = Modificarea unei entități din diagnostic
plans-activity-plan-entity-removed = Eliminarea unei entități din diagnostic
plans-activity-plan-entities-imported = Importarea unor entități dintr-o foaie de calcul
plans-diagnosis-title = Diagnostic local: entități
plans-diagnosis-intro = Serviciile, asociațiile și celelalte entități care lucrează aici cu migranții. Măsurile din propunere le numesc ca entități responsabile sau partenere.
plans-diagnosis-public-link = Vedeți lista publică a entităților
plans-diagnosis-list = Entitățile planului
plans-diagnosis-empty = Încă nu există entități: adăugați-le pe rând sau importați o foaie de calcul.
plans-diagnosis-col-name = Nume
plans-diagnosis-col-kind = Tip
plans-diagnosis-col-municipality = Municipiu
plans-diagnosis-col-used = Numită în
plans-diagnosis-col-line = Rând
plans-diagnosis-col-areas = Domenii
plans-diagnosis-col-state = Probleme
plans-diagnosis-used = { $count ->
    [one] { $count } măsură din propunere
    [few] { $count } măsuri din propunere
   *[other] { $count } de măsuri din propunere
}
plans-diagnosis-imported = { $count ->
    [one] A fost importată { $count } entitate
    [few] Au fost importate { $count } entități
   *[other] Au fost importate { $count } de entități
} (rânduri cu probleme lăsate deoparte: { $skipped }).
plans-diagnosis-removed = Entitatea a fost eliminată.
plans-diagnosis-add = Adăugați o entitate
plans-diagnosis-name = Nume
plans-diagnosis-add-submit = Adăugați entitatea
plans-diagnosis-import = Importați dintr-o foaie de calcul
plans-diagnosis-import-intro = Încărcați un fișier CSV (în Excel: „Salvare ca”, apoi „CSV UTF-8 (delimitat prin virgulă)” sau „CSV (delimitat prin virgulă)”). Veți vedea fiecare rând înainte să se salveze ceva.
plans-diagnosis-import-columns = Primul rând dă numele coloanelor: Nome (obligatorie), Tipo, Concelho, Áreas, Serviços, Descrição, Site, Email, Telefone, Morada. Separați mai multe domenii sau servicii cu |.
plans-diagnosis-import-file = Fișier CSV (cel mult 1 MB)
plans-diagnosis-import-submit = Încărcați și previzualizați
plans-diagnosis-areas = Domenii de acțiune
plans-diagnosis-website = Site web
plans-diagnosis-email = Adresă de e-mail publică
plans-diagnosis-phone = Număr de telefon public
plans-diagnosis-address = Adresă
plans-diagnosis-description = Descriere
plans-diagnosis-services-hint = Câte un serviciu pe fiecare rând.
plans-diagnosis-in-use = Această entitate nu poate fi eliminată: o numesc măsuri din propunere ({ $measures }).
plans-diagnosis-remove = Eliminați această entitate
plans-diagnosis-remove-explained = Dispare din diagnostic și din lista publică. Acțiunea nu poate fi anulată.
plans-diagnosis-preview-title = Verificați importul
plans-diagnosis-preview-read = Fișierul { $file }, citit ca { $encoding }, cu coloanele separate prin „{ $separator }”.
plans-diagnosis-preview-summary = { $count ->
    [one] { $count } rând este gata de import
    [few] { $count } rânduri sunt gata de import
   *[other] { $count } de rânduri sunt gata de import
}; rândurile cu probleme ({ $skipped }) vor fi lăsate deoparte. Nu se salvează nimic până nu confirmați.
plans-diagnosis-preview-ignored = Coloane necitite:
plans-diagnosis-preview-rows = Rândurile fișierului
plans-diagnosis-preview-ok = Gata
plans-diagnosis-preview-confirm = { $count ->
    [one] Importați { $count } entitate
    [few] Importați { $count } entități
   *[other] Importați { $count } de entități
}
plans-diagnosis-preview-discard = Renunțați la acest fișier
plans-entity-website = Site web
plans-entity-email = E-mail
plans-entity-phone = Telefon
plans-entity-address = Adresă
plans-status-diagnosis = Diagnostic local
plans-status-diagnosis-explained = Municipiul află cine locuiește aici și ce servicii există, prin chestionare și întâlniri, înainte de a redacta măsurile.
plans-field-time-zone = Fus orar
plans-time-zone-mainland = Portugalia continentală (ora Lisabonei)
plans-time-zone-madeira = Arhipelagul Madeira
plans-time-zone-azores = Insulele Azore
plans-field-contact = Date de contact
plans-edit-contact-email = Adresă de e-mail publică pentru contact
plans-edit-contact-phone = Număr de telefon public pentru contact
plans-activity-plan-area-changed = Redenumirea, ascunderea sau reafișarea unui domeniu
plans-activity-plan-area-added = Adăugarea unui domeniu
plans-activity-plan-area-moved = Mutarea unui domeniu
plans-areas-edit-title = Domeniile planului
plans-areas-edit-intro = Un plan nou începe cu cele 16 domenii ale modelului PMIM. Redenumiți-le, adăugați-le pe ale dumneavoastră, așezați-le în ordinea dorită și ascundeți-le pe cele pe care planul nu le folosește.
plans-areas-edit-public = Vedeți domeniile așa cum le vede publicul
plans-areas-edit-in-use = { $count ->
    [one] Acest domeniu are { $count } măsură din propunere.
    [few] Acest domeniu are { $count } măsuri din propunere.
   *[other] Acest domeniu are { $count } de măsuri din propunere.
}
plans-areas-edit-hidden = Ascundeți acest domeniu de pe paginile publice
plans-areas-edit-up = Mutați în sus
plans-areas-edit-down = Mutați în jos
plans-areas-edit-add = Adăugați un domeniu
plans-areas-edit-add-submit = Adăugați domeniul
plans-home-pages-label = Paginile listei de planuri
plans-holidays-heading = Sărbători municipale
plans-holidays-intro = Fiecare municipiu poate avea propria sărbătoare. Sărbătoarea primului municipiu este o zi nelucrătoare atunci când planul calculează termenele în zile lucrătoare.
plans-holidays-submit = Salvați sărbătorile
plans-holiday-label = Sărbătoare municipală
plans-holiday-none = Niciuna
plans-holiday-ascension = Joia Înălțării (la 39 de zile după Paști)
plans-holiday-date = La o anumită dată
plans-holiday-date-label = Ziua și luna sărbătorii
plans-holiday-date-hint = Doar pentru o sărbătoare la o anumită dată: ziua și luna, de exemplu 13-06 pentru 13 iunie.
plans-next-consultations = Consultări publice: comentați propunerea
plans-activity-plan-holidays-changed = Modificarea sărbătorilor municipale
plans-activity-consultation-opened = Deschiderea unei consultări publice
plans-activity-moderation-hidden = Ascunderea unei contribuții de către un moderator
plans-activity-moderation-removed = Eliminarea unei contribuții de către un moderator
plans-activity-moderation-restored = Restabilirea unei contribuții de către un moderator
plans-activity-consultation-comment-entered = Introducerea unui comentariu primit în afara site-ului
plans-activity-consultation-input-answered = Răspunsul la o contribuție dintr-o consultare
plans-activity-consultation-report-published = Publicarea raportului unei consultări
plans-next-focus-groups = Grupuri de discuție: înscrieți-vă la o sesiune
plans-next-forum = Forum: discutați despre plan
plans-activity-focus-group-created = Crearea unui grup de discuție
plans-activity-focus-group-registration-entered = Înscrierea unei persoane la un grup de discuție, făcută în numele ei
plans-activity-focus-group-slot-proposed = Interval orar propus în sondajul de date al unui grup de discuție
plans-activity-focus-group-time-fixed = Stabilirea datei unui grup de discuție
plans-activity-focus-group-checked-in = Înregistrarea sosirii unui participant la un grup de discuție
plans-activity-focus-group-check-in-undone = Anularea unei sosiri înregistrate la un grup de discuție
plans-activity-focus-group-changed = Modificarea datei sau a locului unei sesiuni a unui grup de discuție
plans-activity-focus-group-called-off = Anularea unei sesiuni a unui grup de discuție
plans-activity-focus-group-minutes-saved = Scrierea sau modificarea procesului-verbal al unui grup de discuție
plans-activity-focus-group-finding-added = Adăugarea unei concluzii la un grup de discuție
plans-activity-focus-group-finding-changed = Traducerea sau corectarea unei concluzii a unui grup de discuție
plans-activity-focus-group-finding-removed = Eliminarea unei concluzii a unui grup de discuție
plans-activity-focus-group-findings-published = Publicarea procesului-verbal și a concluziilor unui grup de discuție
plans-activity-focus-group-findings-withdrawn = Retragerea din vederea publicului a procesului-verbal și a concluziilor unui grup de discuție
plans-activity-moderation-locked = Blocarea unui subiect de pe forum de către un moderator
plans-activity-moderation-unlocked = Deblocarea unui subiect de pe forum de către un moderator
plans-activity-moderation-pinned = Fixarea sus a unui subiect de pe forum de către un moderator
plans-activity-moderation-unpinned = Anularea fixării unui subiect de pe forum de către un moderator
plans-activity-moderation-closed = Închiderea unui subiect de pe forum cu o concluzie
plans-activity-forum-outcome-written = Scrierea sau traducerea concluziei unui subiect de pe forum
plans-activity-plan-population-added = Adăugarea unui grup la populația de referință
plans-activity-plan-population-changed = Modificarea unui grup din populația de referință
plans-activity-plan-population-removed = Eliminarea unui grup din populația de referință
plans-activity-plan-indicator-figures-set = Stabilirea valorii de pornire și a țintei unui indicator
plans-activity-plan-progress-reported = Raportarea progresului unei măsuri
plans-activity-plan-progress-removed = Eliminarea unui raport de progres
plans-draft-state-withdrawing = Retrasă din următoarea versiune
plans-draft-state-withdrawn = Retrasă
plans-draft-withdraw = Retrageți această măsură
plans-draft-withdraw-explained = Următoarea versiune pe care o publicați va lăsa această măsură deoparte. Pagina ei rămâne publică, cu ultimul text, comentariile și argumentele, ca toată lumea să vadă ce s-a întâmplat cu ea. Până când publicați, o puteți reintroduce.
plans-draft-withdraw-reason = De ce este retrasă (opțional; apare pe pagina măsurii)
plans-draft-withdraw-confirm = Retrageți-o din următoarea versiune
plans-draft-withdrawn-notice = Măsura va fi lăsată deoparte în următoarea versiune.
plans-draft-restored-notice = Măsura face din nou parte din următoarea versiune.
plans-draft-restore-heading = Măsură retrasă
plans-draft-restore-explained = Această măsură este lăsată deoparte în următoarea versiune sau o versiune publicată a lăsat-o deja deoparte. Reintroduceți-o și următoarea versiune pe care o publicați o va include din nou.
plans-draft-restore = Reintroduceți-o în plan
plans-version-withdrawn = Retrase în această versiune
plans-measure-status-withdrawn = Retrasă
plans-measure-withdrawn = Versiunea { $number } a propunerii a retras această măsură din plan. Ultimul ei text rămâne aici, împreună cu ce au spus oamenii despre ea.
plans-measure-withdrawn-reason = Motivul:
plans-measure-withdrawn-last = Citiți-o în ultima versiune care o conținea
plans-activity-plan-measure-withdrawn = Retragerea unei măsuri din următoarea versiune
plans-activity-plan-measure-restored = Reintroducerea în plan a unei măsuri retrase
