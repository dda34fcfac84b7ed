## Pagini generale ale site-ului: declarația de accesibilitate.

site-a11y-title = Declarație de accesibilitate
site-a11y-commitment = Municipiile care folosesc Ponte se angajează să o facă accesibilă tuturor, în conformitate cu Decretul-Lege nr. 83/2018 din 19 octombrie (Decreto-Lei n.º 83/2018), care transpune Directiva (UE) 2016/2102.
site-a11y-status-heading = Stadiul conformității
site-a11y-status = Această platformă urmărește să îndeplinească nivelul AA al Ghidurilor de accesibilitate pentru conținutul web (WCAG) 2.1, așa cum cere standardul european EN 301 549. Platforma este parțial conformă: părțile care nu sunt încă pe deplin conforme sunt enumerate mai jos.
site-a11y-how-heading = Ce facem pentru a o face accesibilă
site-a11y-how-keyboard = Fiecare pagină poate fi folosită doar cu tastatura și există un link pentru a sări direct la conținutul principal.
site-a11y-how-nojs = Fiecare pagină funcționează fără JavaScript și pe telefoane simple.
site-a11y-how-languages = Platforma este disponibilă în mai multe limbi, inclusiv limbi care se scriu de la dreapta la stânga, iar fiecare text este marcat cu limba sa.
site-a11y-how-tests = Fiecare pagină este testată automat cu verificatorul de accesibilitate axe-core înainte de fiecare versiune nouă.
site-a11y-limits-heading = Limitări cunoscute
site-a11y-limits = Unele conținuturi scrise de municipii și organizații nu sunt încă traduse în toate limbile; în acest caz, pagina arată în ce limbă este afișat textul. Versiunile audio ale textelor nu sunt încă disponibile.
site-a11y-feedback-heading = Sugestii și contact
site-a11y-feedback = Dacă întâlniți o barieră pe această platformă sau aveți nevoie de informații în alt format, scrieți la:
site-a11y-feedback-no-email = Dacă întâlniți o barieră pe această platformă sau aveți nevoie de informații în alt format, vă rugăm să contactați serviciile municipiului dumneavoastră.
site-a11y-enforcement-heading = Procedura de asigurare a respectării
site-a11y-enforcement = Dacă răspunsul nu vă mulțumește, puteți depune o plângere la Agenția pentru Modernizare Administrativă (AMA), care supraveghează accesibilitatea site-urilor publice din Portugalia, prin Portal da Acessibilidade (acessibilidade.gov.pt).
site-a11y-prepared = Această declarație a fost întocmită în noiembrie 2026 și este revizuită la fiecare versiune nouă.
