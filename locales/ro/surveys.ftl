## Funcționalitatea chestionare: completarea unui chestionar, rezultatele, codurile de unică folosință și instrumentele pentru facilitatori.

surveys-list-title = Chestionare
surveys-list-intro = Răspundeți în limba dumneavoastră. Răspunsurile dumneavoastră ajută la stabilirea măsurilor planului.
surveys-list-empty = Încă nu există chestionare pentru acest plan.

surveys-phase-draft = Nepublicat încă
surveys-phase-not-yet-open = Încă nedeschis
surveys-phase-open = Deschis
surveys-phase-closed = Închis
surveys-open-until = Deschis până la { $date }
surveys-opens-on = Se deschide pe { $date }

surveys-facts = { $questions ->
    [one] { $questions } întrebare
    [few] { $questions } întrebări
   *[other] { $questions } de întrebări
} în { $sections ->
    [one] { $sections } parte
    [few] { $sections } părți
   *[other] { $sections } de părți
}. Puteți sări peste orice întrebare care nu este marcată ca obligatorie.
surveys-languages-heading = Puteți răspunde în aceste limbi
surveys-privacy-heading = Ce păstrăm
surveys-privacy-open = Nu trebuie să vă conectați și nici să vă spuneți numele. Acest browser reține că ați răspuns, astfel încât fiecare persoană să răspundă o singură dată.
surveys-privacy-codes = Aveți nevoie de codul de pe foaia pe care ați primit-o. Codul poate fi folosit o singură dată. Răspunsurile dumneavoastră nu sunt legate de cod: notăm doar faptul că a fost folosit.
surveys-privacy-account = Trebuie să vă conectați, astfel încât fiecare persoană să răspundă o singură dată. Răspunsurile dumneavoastră nu sunt legate de cont: notăm doar faptul că acest cont a răspuns.
surveys-privacy-held = Pentru ca nimeni să nu poată asocia răspunsurile cu dumneavoastră — nici măcar cineva care poate citi baza noastră de date —, acestea sunt ținute deoparte până când sosesc răspunsurile a cel puțin încă 4 persoane, apoi sunt stocate toate împreună, în ordine aleatorie, cu ziua în care sunt stocate. Până atunci, ele nu sunt luate în calcul în rezultate.
surveys-privacy-address = Pentru a împiedica pe cineva să trimită multe răspunsuri, numărăm timp de o oră răspunsurile venite de la fiecare adresă de internet, folosind un cod din care adresa nu mai poate fi reconstituită și care este șters după o zi.
surveys-privacy-stored = Păstrăm răspunsurile dumneavoastră, limba în care ați răspuns și ziua (nu și ora). Nu păstrăm numele, adresa de e-mail, adresa de internet sau orice altceva care ar arăta cine sunteți.

surveys-take-part-heading = Participați
surveys-start = Începeți chestionarul
surveys-continue = Continuați de unde ați rămas
surveys-sign-in-to-answer = Conectați-vă pentru a răspunde
surveys-already-answered = Ați răspuns deja la acest chestionar de pe acest dispozitiv sau din acest cont. Vă mulțumim!
surveys-cannot-answer-draft = Acest chestionar nu este încă publicat. Îl vedeți pentru că îl pregătiți.
surveys-cannot-answer-not-yet-open = Acest chestionar nu este încă deschis pentru răspunsuri.
surveys-cannot-answer-closed = Acest chestionar este închis. Mulțumim tuturor celor care au răspuns.
surveys-see-results = Vedeți rezultatele
surveys-rate-limited = În ultima oră au sosit multe răspunsuri de la conexiunea dumneavoastră la internet. Vă rugăm să încercați din nou mai târziu sau să cereți unui facilitator un formular pe hârtie.

surveys-code-label = Codul dumneavoastră
surveys-code-hint = Codul se află pe foaia pe care ați primit-o, de exemplu ABCD-2345. Puteți scrie atât cu majuscule, cât și cu litere mici.
surveys-resume-heading = Continuați răspunsurile salvate
surveys-resume-label = Codul de reluare
surveys-resume-hint = Codul care vi s-a afișat când ați salvat răspunsurile, de exemplu ABCD-EFGH-2345.
surveys-resume-submit = Continuați

surveys-answer-title = Răspunsuri
surveys-progress = Partea { $current } din { $total }
surveys-required = (obligatoriu)
surveys-yes = Da
surveys-no = Nu
surveys-prefer-not-to-say = Prefer să nu spun
surveys-other = Altceva
surveys-other-write = Altceva (vă rugăm să scrieți)
surveys-choose = Alegeți un răspuns
surveys-choose-any = Alegeți toate variantele potrivite.
surveys-choose-up-to = { $count ->
    [one] Alegeți cel mult { $count } răspuns.
    [few] Alegeți cel mult { $count } răspunsuri.
   *[other] Alegeți cel mult { $count } de răspunsuri.
}
surveys-ranking-hint = Dați fiecărei variante un număr diferit: 1 înseamnă cea mai importantă.
surveys-number-between = Un număr de la { $min } la { $max }.
surveys-text-limit = Numărul maxim de caractere: { $count }.
surveys-date-hint = Ziua, luna și anul.
surveys-only-if = Răspundeți doar dacă mai sus ați răspuns „{ $answer }”.
surveys-only-if-not = Răspundeți doar dacă mai sus nu ați răspuns „{ $answer }”.
surveys-only-if-answered = Răspundeți doar dacă ați răspuns la întrebarea de mai sus.
surveys-more-questions = Răspunsurile dumneavoastră au deschis încă unele întrebări pe această pagină. Vă rugăm să le citiți înainte de a continua.
surveys-problems-title = Vă rugăm să verificați aceste răspunsuri
surveys-problem-required = Vă rugăm să răspundeți la această întrebare.
surveys-problem-unknown-option = Acest răspuns nu se află printre opțiuni. Vă rugăm să alegeți din nou.
surveys-problem-too-many-values = Vă rugăm să dați un singur răspuns aici.
surveys-problem-too-many-choices = Ați ales prea multe răspunsuri. Vă rugăm să alegeți mai puține.
surveys-problem-out-of-range = Valoarea este în afara intervalului permis.
surveys-problem-too-long = Acest text este prea lung. Vă rugăm să îl scurtați.
surveys-problem-not-a-number = Vă rugăm să scrieți un număr, de exemplu 12.
surveys-problem-not-a-date = Vă rugăm să indicați o dată completă: ziua, luna și anul.
surveys-problem-incomplete = Acest răspuns nu este complet. Vă rugăm să îl completați.
surveys-next = Înainte
surveys-send = Trimiteți răspunsurile
surveys-back = Înapoi
surveys-save = Salvați și continuați mai târziu
surveys-answer-in = Schimbați limba. Răspunsurile dumneavoastră se păstrează:

surveys-saved-title = Răspunsurile dumneavoastră sunt salvate
surveys-saved-intro = Pentru a continua mai târziu, pe acest dispozitiv sau pe altul, deschideți chestionarul și introduceți acest cod:
surveys-saved-keep = Notați-l sau fotografiați-l. Răspunsurile dumneavoastră se păstrează 30 de zile.
surveys-saved-no-code = Răspunsurile dumneavoastră sunt salvate pe acest dispozitiv. Deschideți din nou chestionarul pentru a continua.
surveys-back-to-survey = Înapoi la chestionar
surveys-back-to-plan = Înapoi la plan

surveys-thanks-title = Vă mulțumim pentru răspunsuri
surveys-thanks-intro = Răspunsurile dumneavoastră au fost primite. Municipiul va publica ce a aflat și cum folosește aceste informații în plan.

surveys-results-title = Rezultate
surveys-results-total = { $count ->
    [one] { $count } răspuns
    [few] { $count } răspunsuri
   *[other] { $count } de răspunsuri
}
surveys-results-too-few = Mai puțin de 5 răspunsuri: nu sunt afișate, pentru a-i proteja pe cei care au răspuns.
surveys-results-suppressed-note = Pentru a-i proteja pe cei care au răspuns, grupurile de mai puțin de 5 persoane nu sunt afișate.
surveys-results-no-breakdown = Defalcările pe limbi sau după modul în care au sosit răspunsurile sunt afișate doar facilitatorilor planului: comparate cu totalurile, ar putea dezvălui grupuri mici.
surveys-results-held = { $count ->
    [one] { $count } răspuns este ținut deoparte până când sosesc cel puțin 5 (sau până la închiderea chestionarului), pentru ca nimeni să nu îl poată asocia cu persoana care l-a dat. Încă nu este numărat.
    [few] { $count } răspunsuri sunt ținute deoparte până când sosesc cel puțin 5 (sau până la închiderea chestionarului), pentru ca nimeni să nu le poată asocia cu persoanele care le-au dat. Încă nu sunt numărate.
   *[other] { $count } de răspunsuri sunt ținute deoparte până când sosesc cel puțin 5 (sau până la închiderea chestionarului), pentru ca nimeni să nu le poată asocia cu persoanele care le-au dat. Încă nu sunt numărate.
}
surveys-results-exact-note = Vedeți cifrele exacte pentru că lucrați la acest plan. Rezultatele publicate ascund grupurile de mai puțin de 5 persoane.
surveys-results-answered = { $count ->
    [one] { $count } persoană a răspuns
    [few] { $count } persoane au răspuns
   *[other] { $count } de persoane au răspuns
}
surveys-results-mean-median = Media: { $mean } · mediana: { $median }
surveys-results-several = Se putea alege mai mult de un răspuns, așa că procentele însumează peste 100%.
surveys-results-answer = Răspuns
surveys-results-count = Persoane
surveys-results-percent = Procent
surveys-results-chart = Grafic
surveys-fewer-than-5 = mai puțin de 5
surveys-results-more-texts = Aici sunt afișate doar cele mai recente răspunsuri. Descărcați datele pentru a le citi pe toate.
surveys-text-hidden = Ascuns de un moderator: nu apare în rezultatele publicate.
surveys-text-hide = Ascundeți acest răspuns
surveys-text-show = Afișați din nou acest răspuns
surveys-filter-label = Filtrați rezultatele
surveys-filter-language = Limba răspunsurilor
surveys-filter-channel = Cum au sosit răspunsurile
surveys-filter-all = Toate
surveys-filter-apply = Afișați

surveys-channel-online = Online, de persoana însăși
surveys-channel-paper = Formular pe hârtie
surveys-channel-interview = Interviu cu un facilitator
surveys-channel-interpreter = Interviu cu un interpret

surveys-manage-heading = Pentru facilitatori
surveys-response-count = { $count ->
    [one] { $count } răspuns până acum.
    [few] { $count } răspunsuri până acum.
   *[other] { $count } de răspunsuri până acum.
}
surveys-preview = Previzualizați chestionarul
surveys-preview-note = Previzualizare: nimic din ce alegeți aici nu este trimis sau păstrat.
surveys-preview-nav = Paginile previzualizării
surveys-preview-end = Ieșiți din previzualizare
surveys-export-csv = Descărcați răspunsurile (CSV, pentru foi de calcul)
surveys-export-json = Descărcați răspunsurile (JSON)
surveys-assisted-heading = Introduceți un răspuns pentru altcineva
surveys-assisted-intro = Pentru formulare pe hârtie și interviuri. Alegeți cum au fost colectate răspunsurile; apoi completați chestionarul cu răspunsurile persoanei respective.
surveys-assisted-note = Introduceți un răspuns în numele altei persoane:
surveys-assisted-start = Începeți introducerea
surveys-channel-label = Cum au fost colectate răspunsurile
surveys-interview-lang-label = Limba interviului
surveys-interview-lang-same = Limba chestionarului
surveys-entered = Răspunsul a fost salvat. Puteți introduce încă unul.

surveys-codes-title = Coduri de unică folosință
surveys-codes-intro = Fiecare cod permite unei persoane să răspundă o singură dată. Tipăriți codurile și distribuiți-le la întâlniri.
surveys-codes-counts = { $unused ->
    [one] { $unused } cod încă nefolosit
    [few] { $unused } coduri încă nefolosite
   *[other] { $unused } de coduri încă nefolosite
}, { $used ->
    [one] { $used } folosit.
    [few] { $used } folosite.
   *[other] { $used } folosite.
}
surveys-codes-count-label = Câte coduri noi
surveys-codes-count-hint = Între 1 și 500.
surveys-codes-create = Generați codurile
surveys-codes-print = Tipăriți această pagină pentru a obține câte un bilet pentru fiecare cod nefolosit.
surveys-slip-go-to = Accesați
surveys-slip-code = și introduceți codul
surveys-slip-qr = Cod QR: scanați-l cu camera telefonului pentru a deschide chestionarul cu acest cod deja completat

## Editorul de chestionare (pentru facilitatori).
surveys-builder-title = Editați chestionarul
surveys-builder-new-title = Chestionar nou
surveys-builder-new-intro = Dați chestionarului un titlu și o adresă web scurtă. Întrebările le adăugați după aceea; nimeni nu vede chestionarul până când nu îl publicați.
surveys-builder-title-label = Titlu
surveys-builder-slug-label = Nume scurt pentru adresa web
surveys-builder-slug-hint = Litere mici, cifre și cratime, de exemplu chestionar-2027.
surveys-builder-own-language = Limba de bază a chestionarului
surveys-builder-access-label = Cine poate răspunde
surveys-access-open = Oricine, fără conectare (un răspuns per dispozitiv)
surveys-access-codes = Persoanele cu un cod de unică folosință primit pe hârtie
surveys-access-account = Persoanele care se conectează (un răspuns per cont)
surveys-builder-create = Creați chestionarul
surveys-builder-saved = Salvat.
surveys-builder-languages-heading = Limbi
surveys-builder-languages-hint = Alegeți o limbă pentru a scrie sau a verifica textele în acea limbă. Limba de bază a chestionarului apare prima.
surveys-builder-language = Limba
surveys-builder-translations = Texte
surveys-builder-complete = Toate textele sunt scrise
surveys-builder-missing = { $count ->
    [one] Lipsește { $count } text
    [few] Lipsesc { $count } texte
   *[other] Lipsesc { $count } de texte
}
surveys-builder-not-a-survey-language = Chestionarul nu este disponibil în această limbă. Alegeți mai sus una dintre limbile lui.
surveys-builder-offered-languages = Limbile în care este disponibil chestionarul
surveys-builder-offered-languages-hint = Oamenii pot răspunde în limbile bifate aici. Adăugați o limbă după ce textele ei sunt scrise; limba de bază a chestionarului este întotdeauna disponibilă.
surveys-builder-publish-missing = Unele texte nu sunt încă traduse: { $languages }. Cei care răspund în aceste limbi văd acele texte în { $language }.
surveys-builder-status-heading = Stare
surveys-builder-published = Publicat.
surveys-builder-draft = Ciornă: doar facilitatorii îl pot vedea.
surveys-builder-publish = Publicați
surveys-builder-unpublish = Readuceți la ciornă
surveys-builder-locked = Chestionarul are deja răspunsuri: puteți modifica textele, dar nu și întrebările, opțiunile sau cine poate răspunde.
surveys-builder-settings-heading = Setări
surveys-builder-intro-label = Introducere
surveys-builder-opens-label = Se deschide pe (opțional)
surveys-builder-closes-label = Se închide pe (opțional)
surveys-builder-results-public = Publicați rezultatele (grupurile de mai puțin de 5 persoane rămân ascunse)
surveys-builder-save = Salvați
surveys-builder-questions-heading = Întrebări
surveys-builder-translating-hint = Scrieți textele într-o altă limbă. Întrebările și opțiunile se adaugă și se elimină în limba de bază a chestionarului.
surveys-builder-section-title = Titlul acestei părți
surveys-builder-kind-label = Tipul întrebării
surveys-builder-question-text = Întrebare
surveys-builder-add-question = Adăugați întrebarea
surveys-builder-add-section = Adăugați o parte
surveys-builder-plain = Aceeași întrebare în cuvinte simple (opțional)
surveys-builder-help = Text de ajutor (opțional)
surveys-builder-options = Opțiuni
surveys-builder-rows = Rânduri (câte un element de evaluat pe fiecare rând)
surveys-builder-scale-points = Răspunsuri pentru fiecare rând
surveys-builder-lines-hint = Câte una pe rând. Dacă ștergeți un rând, eliminați opțiunea respectivă.
surveys-builder-lines-translate-hint = Câte una pe rând, în aceeași ordine ca în limba de bază a chestionarului.
surveys-builder-max-choices = Numărul maxim de opțiuni (gol: fără limită)
surveys-builder-other = Oferiți opțiunea „Altceva”, cu o casetă pentru text
surveys-builder-min = Numărul cel mai mic
surveys-builder-max = Numărul cel mai mare
surveys-builder-min-label = Cuvinte pentru numărul cel mai mic
surveys-builder-max-label = Cuvinte pentru numărul cel mai mare
surveys-builder-min-date = Cea mai veche dată (an-lună-zi)
surveys-builder-max-date = Cea mai recentă dată (an-lună-zi)
surveys-builder-max-len = Numărul maxim de caractere
surveys-builder-required = Răspunsul este obligatoriu
surveys-builder-pnts = Oferiți opțiunea „Prefer să nu spun”
surveys-builder-condition = Când se afișează această întrebare
surveys-builder-condition-question = Depinde de răspunsul la
surveys-builder-always = Afișați-o întotdeauna
surveys-builder-condition-op = Afișați-o când răspunsul
surveys-builder-op-equals = este
surveys-builder-op-not_equals = nu este
surveys-builder-op-any_of = este unul dintre
surveys-builder-op-answered = a fost dat
surveys-builder-condition-answers = Răspunsurile care o afișează
surveys-builder-condition-pick-question = Pentru a afișa această întrebare doar după anumite răspunsuri, alegeți întrebarea anterioară și salvați: răspunsurile ei vor apărea apoi aici.
surveys-builder-condition-no-answers = Această întrebare nu are răspunsuri din care să alegeți. Alegeți altă întrebare și salvați sau afișați-o ori de câte ori s-a dat un răspuns.
surveys-builder-move-up = Mutați în sus
surveys-builder-move-down = Mutați în jos
surveys-builder-delete = Ștergeți întrebarea
surveys-builder-delete-warning = Întrebarea și textele ei în toate limbile vor fi șterse definitiv.
surveys-builder-delete-confirm = Da, șterge această întrebare
surveys-kind-single_choice = O singură opțiune
surveys-kind-multiple_choice = Mai multe opțiuni
surveys-kind-dropdown = O opțiune dintr-o listă
surveys-kind-scale = Scală
surveys-kind-yes_no = Da sau nu
surveys-kind-short_text = Text scurt
surveys-kind-long_text = Text lung
surveys-kind-number = Număr
surveys-kind-date = Dată
surveys-kind-ranking = Ordonare
surveys-kind-matrix = Grilă (rânduri și răspunsuri)
surveys-correcting-note = Corectați răspunsul { $response }. Când trimiteți ultima parte, răspunsurile lui anterioare sunt înlocuite.
surveys-responses-title = Răspunsuri
surveys-responses-count = { $count ->
    [one] Un răspuns stocat.
    [few] { $count } răspunsuri stocate.
   *[other] { $count } de răspunsuri stocate.
}
surveys-responses-held = { $count ->
    [one] Încă un răspuns este ținut deoparte până când sosesc destule pentru a fi stocat împreună cu altele; va apărea în listă după ce este stocat.
    [few] Încă { $count } răspunsuri sunt ținute deoparte până când sosesc destule pentru a fi stocate împreună cu altele; vor apărea în listă după ce sunt stocate.
   *[other] Încă { $count } de răspunsuri sunt ținute deoparte până când sosesc destule pentru a fi stocate împreună cu altele; vor apărea în listă după ce sunt stocate.
}
surveys-responses-none = Nu există răspunsuri de afișat.
surveys-responses-filter-label = Filtrați răspunsurile
surveys-responses-col-response = Răspuns
surveys-responses-col-day = Ziua
surveys-responses-col-language = Limba formularului
surveys-responses-col-answered = Întrebări cu răspuns
surveys-responses-pages-label = Paginile cu răspunsuri
surveys-responses-withdrawn = Răspuns retras. Conținutul lui nu mai este luat în calcul în rezultate și nici în exporturi.
surveys-responses-history = Corecturi și retrageri
surveys-responses-history-none = Niciun răspuns nu a fost corectat sau retras.
surveys-responses-history-corrected = { $who } l-a corectat pe { $date }
surveys-responses-history-withdrawn = { $who } l-a retras pe { $date }
surveys-responses-someone = Un cont șters
surveys-response-title = Răspunsul { $response }
surveys-response-answers = Răspunsurile date
surveys-response-no-answer = Fără răspuns
surveys-response-corrected = Răspuns corectat. Rezultatele iau acum în calcul noile lui răspunsuri.
surveys-response-unchanged = Niciun răspuns nu a fost modificat, așa că nu s-a înregistrat nimic.
surveys-response-review = Corectare sau retragere
surveys-response-correct = Corectați răspunsurile
surveys-response-correct-intro = Formularul se deschide cu răspunsurile deja introduse. Modificați ce a fost introdus greșit și trimiteți ultima parte: răspunsurile noi le înlocuiesc pe cele vechi. Modificarea se înregistrează cu numele dumneavoastră și motivul.
surveys-response-correct-start = Deschideți răspunsurile pentru corectare
surveys-response-not-correctable = Acest răspuns a fost dat online de persoana însăși: nu poate fi corectat, ci doar retras.
surveys-response-reason-label = Motiv
surveys-response-reason-hint = De exemplu: „s-a introdus 7 în loc de 1 din formularul pe hârtie”. Cel mult 500 de caractere.
surveys-response-withdraw = Retrageți acest răspuns
surveys-response-withdraw-warning = Conținutul lui iese definitiv din rezultate și din exporturi. Retragerea se înregistrează cu numele dumneavoastră și motivul.
surveys-response-withdraw-confirm = Da, retrage-l
surveys-response-history = Modificările acestui răspuns
surveys-response-back = Toate răspunsurile
surveys-builder-codes = Codurile răspunsurilor
surveys-builder-codes-label = Coduri, câte unul pe rând
surveys-builder-codes-hint = În aceeași ordine ca răspunsurile de mai sus. Sunt folosite în exporturi și în condiții: litere mici a–z, cifre, cratime și liniuțe de subliniere. Nu mai pot fi schimbate după ce cineva a răspuns.
surveys-slips-languages = Limbile de pe bilete
surveys-slips-languages-apply = Afișați biletele în aceste limbi
surveys-builder-transfer-heading = Copiere sau export
surveys-builder-download-file = Descărcați fișierul chestionarului (JSON)
surveys-builder-download-hint = Conține întrebările și textele în toate limbile, pentru a porni de la el un chestionar într-un alt plan sau pe un alt site Ponte. Nu conține niciun răspuns.
surveys-builder-copy = Copiați acest chestionar
surveys-builder-copy-intro = Copia este o ciornă nouă, cu aceleași întrebări, texte și limbi, fără răspunsuri, coduri sau datele de deschidere și de închidere.
surveys-builder-copy-submit = Faceți copia
surveys-builder-import-heading = Porniți de la un fișier de chestionar
surveys-builder-import-intro = Un fișier de chestionar (JSON) descărcat din pagina de editare a unui chestionar, aici sau pe un alt site Ponte: întrebările și textele lui devin un chestionar nou, în stadiu de ciornă.
surveys-builder-import-file = Fișierul chestionarului
surveys-builder-import-title-hint = Lăsați câmpul gol pentru a păstra titlul din fișier.
surveys-builder-import-submit = Importați chestionarul
