# Forumul: subiectele și mesajele unui plan, categoriile lui, concluziile.
forum-title = Forum de discuții
forum-intro = Discutați despre plan cu alți locuitori, cu asociații și cu municipalitatea. Facilitatorii citesc fiecare subiect; când o discuție s-a lămurit, ei scriu concluzia ei, care poate deveni un argument pentru o măsură.
forum-categories-label = Categoriile forumului
forum-category-all = Toate subiectele
forum-category-general = Subiecte generale
forum-threads-none = Încă nu există subiecte aici.
forum-pages-label = Paginile forumului
forum-posts-count = { $count ->
    [one] { $count } mesaj
    [few] { $count } mesaje
   *[other] { $count } de mesaje
}
forum-last-post = ultimul mesaj pe { $date }
forum-badge-pinned = Fixat sus
forum-badge-locked = Blocat
forum-badge-closed = Închis cu o concluzie
forum-thread-placeholder-hidden = Un subiect ascuns până când îl verifică un moderator
forum-thread-placeholder-removed = Un subiect eliminat de un moderator
forum-thread-placeholder-deleted = Un subiect șters de autorul său
forum-sign-in = Conectați-vă pentru a deschide un subiect sau pentru a răspunde.
forum-sign-in-reply = Conectați-vă pentru a răspunde.
forum-new-thread = Deschideți un subiect
forum-form-category = Categorie
forum-form-measures = Măsurile propuse despre care este acest subiect (opțional)
forum-form-measures-hint = Bifați cel mult { $max } măsuri.
forum-form-title = Titlu
forum-form-body = Mesajul dumneavoastră
forum-form-body-hint = Puteți folosi Markdown: **aldin**, *cursiv*, liste, linkuri și > citate.
forum-form-lang = Limba în care scrieți
forum-form-open = Deschideți subiectul
forum-thread-measures = Despre aceste măsuri:
forum-kept = Gata: starea subiectului a fost actualizată.
forum-post-number = nr. { $number }
forum-edited = editat
forum-in-reply-to = Ca răspuns la nr. { $number }
forum-post-placeholder-hidden = Acest mesaj este ascuns până când îl verifică un moderator.
forum-post-placeholder-removed = Un moderator a eliminat acest mesaj.
forum-post-placeholder-deleted = Autorul său a șters acest mesaj.
forum-moderation-log = Jurnalul de moderare
forum-quote = Citați
forum-edit = Editați
forum-edit-label = Mesajul dumneavoastră
forum-edit-hint = Ceilalți vor vedea că mesajul a fost editat; moderatorii pot citi textul anterior.
forum-edit-submit = Salvați mesajul
forum-delete = Ștergeți-mi mesajul
forum-delete-confirm = Textul lui va dispărea definitiv; numărul rămâne, pentru ca răspunsurile să aibă în continuare sens.
forum-delete-submit = Ștergeți
forum-reply = Răspundeți
forum-quoting = Răspunsul dumneavoastră citează mesajul nr. { $number }.
forum-reply-submit = Trimiteți răspunsul
forum-locked-notice = Acest subiect este blocat: nu mai primește răspunsuri.
forum-closed-notice = Acest subiect este închis: concluzia lui se află mai sus.
forum-keep = Fixați sau blocați
forum-keep-pin = Fixați sus
forum-keep-unpin = Anulați fixarea
forum-keep-lock = Blocați (fără alte răspunsuri)
forum-keep-unlock = Deblocați
forum-outcome-heading = Concluzie
forum-outcome-on = Scrisă pe { $date }
forum-close = Închideți cu o concluzie
forum-close-hint = Rezumați ce a stabilit discuția și ce va face municipalitatea cu aceasta. Închiderea blochează subiectul; concluzia poate fi apoi legată de măsuri, ca argument.
forum-outcome-lang = Limba concluziei
forum-outcome-label = Concluzie
forum-close-submit = Închideți subiectul
forum-outcome-translate = Scrieți concluzia în altă limbă sau corectați-o
forum-outcome-save = Salvați concluzia
forum-outcome-written-in = Scrisă în: { $languages }
forum-history-link = Textele anterioare
forum-history-title = Textele anterioare ale mesajului nr. { $number }
forum-history-back = Înapoi la mesaj
forum-history-current = Textul său actual
forum-history-earlier = Textele anterioare, de la cel mai recent la cel mai vechi
forum-history-none = Acest mesaj nu a fost editat niciodată.
forum-history-replaced = Înlocuit pe { $when }
forum-search-label = Căutați în forum
forum-search-submit = Căutați
forum-search-title = Căutare în forum
forum-search-title-hit = În titlul subiectului
forum-search-found = { $count ->
    [0] Nu s-a găsit nimic.
    [one] A fost găsit un mesaj.
    [few] Au fost găsite { $count } mesaje.
   *[other] Au fost găsite { $count } de mesaje.
}
forum-search-found-more = Rezultate găsite: peste { $count }. Sunt afișate cele mai recente. Adăugați un cuvânt pentru a restrânge căutarea.
forum-follow-heading = Urmăriți acest subiect
forum-following-none = Nu urmăriți acest subiect.
forum-following-instant = Primiți un e-mail pentru fiecare mesaj nou.
forum-following-daily = Primiți un e-mail pe zi atunci când există mesaje noi.
forum-follow-instant = Trimiteți-mi prin e-mail fiecare mesaj nou
forum-follow-daily = Trimiteți-mi un rezumat zilnic
forum-follow-stop = Nu mai urmăriți
forum-followed = Gata: modul în care urmăriți acest subiect a fost salvat.
forum-email-reply-subject = Răspuns nou în „{ $title }”
forum-email-reply-intro = Cineva a răspuns în subiectul „{ $title }” de pe forum (mesajul nr. { $number }).
forum-email-reply-action = Citiți răspunsul
forum-email-digest-subject = { $count ->
    [one] Mesaje noi într-un subiect de pe forum pe care îl urmăriți
    [few] Mesaje noi în { $count } subiecte de pe forum pe care le urmăriți
   *[other] Mesaje noi în { $count } de subiecte de pe forum pe care le urmăriți
}
forum-email-digest-intro = De la ultimul rezumat, au apărut mesaje noi în subiectele pe care le urmăriți:
forum-email-digest-thread = „{ $title }” — mesaje noi: { $count }; citiți-le începând de la { $url }
forum-email-footer = Primiți acest e-mail pentru că urmăriți un subiect de pe un forum de pe Ponte. Pentru a nu mai primi aceste e-mailuri, deschideți { $url }
